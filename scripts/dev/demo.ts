// `npm run demo`: builds the extension (npm script), serves sample X pages under x.com / pbs.twimg.com
// locally, opens them in Chromium with Sockscope loaded, and writes screenshots to demo-output/.
// Headless unless DISPLAY is set (then a real window opens and stays until you press Enter).
// `SOCKSCOPE_LOCALE=ar npm run demo` runs the browser in that UI language (scripts/dev/demo-locale.ts) and
// writes the badges and the open reasons panel in it, into demo-output/<locale>/.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startFixtureServer } from '../../e2e/server/fixture-server';
import { launchWithExtension, uiLanguageArgs } from '../../e2e/support/launch';
import { SHARED_DIR } from '../../utils/testing/shared-data';
import { demoLocale } from './demo-locale';

const LOCALE = demoLocale(process.env.SOCKSCOPE_LOCALE);
const OUT = resolve(import.meta.dirname, '../../demo-output', LOCALE ?? '');
const headless = !process.env.DISPLAY;

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startFixtureServer(SHARED_DIR);
  const ui = LOCALE ? uiLanguageArgs(LOCALE) : null;
  const context = await launchWithExtension(server.port, { headless, ...(ui ? { extraArgs: ui.args, env: ui.env, locale: ui.pageLocale } : {}) });
  try {
    const page = await context.newPage();
    if (LOCALE) {
      const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const [ui, shown] = await sw.evaluate(() => [chrome.i18n.getUILanguage(), chrome.i18n.getMessage('messagesLocale')]);
      console.log(`UI language: asked ${LOCALE}; the extension's messages are in ${shown} (browser.i18n.getUILanguage() says ${ui})`);
    }
    // In another locale: the badges and the open panel in that language (one theme; the English run covers the rest).
    for (const theme of LOCALE ? (['light'] as const) : (['light', 'dark'] as const)) {
      await page.goto(`https://x.com/home?theme=${theme}`);
      await page.waitForFunction(
        () => [...document.querySelectorAll('sockscope-badge')].every((h) => h.shadowRoot?.querySelector('button')?.dataset.state !== 'checking'),
        undefined,
        { timeout: 30_000 },
      );
      const states = await page.$$eval('sockscope-badge', (hosts) =>
        hosts.map((h) => h.shadowRoot?.querySelector('button')?.getAttribute('aria-label') ?? '?'),
      );
      const file = resolve(OUT, `x-home-${theme}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`\n${theme} theme: ${states.length} badges → ${file}`);
      for (const s of states) console.log(`  ${s}`);
    }
    for (const [name, url] of LOCALE
      ? []
      : ([
          ['youtube-comments', 'https://www.youtube.com/watch?v=fixture0001'],
          ['facebook-group', 'https://www.facebook.com/groups/fixture'],
        ] as const)) {
      await page.goto(url);
      await page.waitForFunction(
        () => document.querySelector('sockscope-badge') && [...document.querySelectorAll('sockscope-badge')].every((h) => h.shadowRoot?.querySelector('button')?.dataset.state !== 'checking'),
        undefined,
        { timeout: 30_000 },
      );
      const file = resolve(OUT, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`${name}: ${await page.locator('sockscope-badge').count()} badges → ${file}`);
    }
    await page.goto('https://x.com/home');
    await page.locator('sockscope-badge button[data-state="medium"], sockscope-badge button[data-state="high"]').first().waitFor();
    const gan = page.locator('sockscope-badge button[data-state="high"], sockscope-badge button[data-state="medium"]').first();
    await gan.click();
    await page.waitForSelector('[role="dialog"]');
    const panelFile = resolve(OUT, 'x-panel.png');
    await page.screenshot({ path: panelFile });
    console.log(`\nreasons panel → ${panelFile}`);
    if (!headless) {
      console.log('\nThe browser stays open: press Enter to quit.');
      await new Promise((r) => process.stdin.once('data', r));
    }
  } finally {
    await context.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error('[sockscope:demo]', err);
  process.exit(1);
});
