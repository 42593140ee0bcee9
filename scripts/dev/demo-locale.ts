import { LOCALES } from './locales';

/** The demo's locale from SOCKSCOPE_LOCALE ("ar", "zh_CN", "zh-CN"): one Sockscope ships, or null for the browser's own. */
export function demoLocale(raw: string | undefined): string | null {
  if (!raw) return null;
  const folder = raw.replace('-', '_');
  const found = LOCALES.find((l) => l.toLowerCase() === folder.toLowerCase());
  if (!found) throw new Error(`[sockscope:demo] SOCKSCOPE_LOCALE=${raw}: not a shipped locale (${LOCALES.join(', ')})`);
  return found;
}

/**
 * What makes Debian's headless Chromium run in a UI language (checked 2026-12-07 on /usr/bin/chromium, see
 * docs/translations.md): the `--lang` switch, with LANGUAGE for the process; Playwright's `locale` sets the
 * pages' navigator.language and Accept-Language to match.
 */
export function uiLanguageArgs(locale: string): { args: string[]; env: Record<string, string>; pageLocale: string } {
  const bcp = locale.replace('_', '-');
  return { args: [`--lang=${bcp}`], env: { LANGUAGE: locale, LANG: `${locale}.UTF-8` }, pageLocale: bcp };
}
