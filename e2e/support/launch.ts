import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { resolve } from 'node:path';
import { MAPPED_HOSTS } from '../server/fixture-server';

/** The shipped build (`wxt build`): closed shadow roots, no test hooks. The bundle checks and the attack page use it. */
export const SHIPPED_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
/**
 * The build the tests load: the test build (`SOCKSCOPE_TEST_BUILD=1 wxt build`, open shadow roots the specs
 * read), or the bench build (with its timing hook) when SOCKSCOPE_BENCH_BUILD=1.
 */
export const EXTENSION_DIR = resolve(import.meta.dirname, `../../.output/chrome-mv3${process.env.SOCKSCOPE_BENCH_BUILD === '1' ? '-bench' : '-test'}`);
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launch Debian's Chromium with the built extension, the platform hostnames mapped to our server. */
export async function launchWithExtension(port: number, opts: { headless?: boolean; extraArgs?: string[]; withoutExtension?: boolean; extensionDir?: string; env?: Record<string, string>; locale?: string } = {}): Promise<BrowserContext> {
  const ext = opts.extensionDir ?? EXTENSION_DIR;
  const rules = MAPPED_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ');
  return chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    // A UI language for the browser (its environment) and the pages (navigator.language), where one is asked for.
    ...(opts.env ? { env: { ...process.env, ...opts.env } as Record<string, string> } : {}),
    ...(opts.locale ? { locale: opts.locale } : {}),
    viewport: { width: 1000, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--ignore-certificate-errors',
      `--host-resolver-rules=${rules}`,
      // withoutExtension: the same browser and pages, for baselines (what the page costs on its own).
      ...(opts.withoutExtension ? [] : [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`]),
      ...(opts.extraArgs ?? []),
    ],
  });
}

/**
 * What makes Debian's headless Chromium show the extension's messages in a UI language (checked 2026-12-07 on
 * /usr/bin/chromium, docs/translations.md): the `--lang` switch (LANGUAGE alone does not; getUILanguage()
 * still answers "en-US" either way). LANGUAGE/LANG go with it for the process, and Playwright's `locale` sets
 * the pages' navigator.language and Accept-Language to match.
 */
export function uiLanguageArgs(locale: string): { args: string[]; env: Record<string, string>; pageLocale: string } {
  const bcp = locale.replace('_', '-');
  return { args: [`--lang=${bcp}`], env: { LANGUAGE: locale, LANG: `${locale}.UTF-8` }, pageLocale: bcp };
}

/** The extension's service worker (waits for it to start). */
export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** The extension id, read from its service worker URL. */
export async function extensionId(context: BrowserContext): Promise<string> {
  return new URL((await serviceWorker(context)).url()).host;
}
