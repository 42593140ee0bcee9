/**
 * The extension's benchmarks in Debian's firefox-esr (headless, WebDriver BiDi), measured as
 * bench-extension.ts measures them in Chromium: cold start to first badge, warm per-avatar analysis in
 * the analyser's page (Firefox: the background page), avatars straight to the analyser, and the 500-post
 * page. Run by `npm run bench` after `wxt build -b firefox`.
 */
import type { Page } from 'puppeteer-core';
import { BENCH_GAN_FROM, startFixtureServer } from '../../e2e/server/fixture-server';
import { launchFirefox } from '../../e2e/firefox/support/launch-firefox';
import { openExtensionPage } from '../../e2e/firefox/support/extension-page';
import { waitFirstSettled, waitSettled } from '../../e2e/firefox/support/badges';
import { startTunnelProxy } from '../../e2e/firefox/support/tunnel-proxy';
import { SHARED_DIR } from '../../utils/testing/shared-data';
import type { BrowserFigures } from './browsers';
import { median, quantile } from '../eval/eyes-stats';

const fmt = (xs: number[]): string => `median ${median(xs).toFixed(1)} ms, p95 ${quantile(xs, 0.95).toFixed(1)} ms (n=${xs.length})`;
const avatar = (folder: number, k: number): string => `https://pbs.twimg.com/profile_images/${folder}/bench${k}_400x400.jpg`;

/** Run the Firefox benchmarks; returns printable lines and the figures for the comparison table. */
export async function benchFirefox(analyserN = 2000): Promise<{ lines: string[]; figures: BrowserFigures }> {
  const lines: string[] = [];
  const server = await startFixtureServer(SHARED_DIR);
  const tunnel = await startTunnelProxy(server.port);
  const session = await launchFirefox(tunnel.port);
  const figures: BrowserFigures = { browser: `Firefox ${(await session.browser.version()).replace(/^firefox\//i, '')}` };
  try {
    const page = await session.browser.newPage();
    const t0 = Date.now();
    await page.goto('https://x.com/home');
    await waitFirstSettled(page, 60_000);
    figures.coldStartMs = Date.now() - t0;
    lines.push(`cold start to first settled badge: ${figures.coldStartMs} ms (navigation start → first badge with a result)`);

    // The same avatars as the Chromium bench: bench0–19 are ordinary photos, 10 StyleGAN2 faces follow.
    const ext = await openExtensionPage(session.browser, 'popup.html', '#sensitivity');
    const ids = [...Array.from({ length: 20 }, (_, i) => i), ...Array.from({ length: 10 }, (_, i) => BENCH_GAN_FROM + i)];
    const res = (await ext.evaluate(`browser.runtime.sendMessage({ target: 'analyser', type: 'analyser-bench', urls: ${JSON.stringify(ids.map((i) => avatar(1, i)))}, repeats: 6 })`)) as {
      runs: number[];
      classified: boolean;
    }[];
    const warm = (rs: typeof res): number[] => rs.flatMap((r) => r.runs.slice(1));
    const ran = (rs: typeof res): string => `classifier ran on ${rs.filter((r) => r.classified).length} of ${rs.length}`;
    [figures.photoRunsMs, figures.ganRunsMs] = [warm(res.slice(0, 20)), warm(res.slice(20))];
    lines.push(`background page warm per-avatar (decode + detect + classify, fetch excluded), 20 ordinary photos: ${fmt(figures.photoRunsMs)}; ${ran(res.slice(0, 20))}`);
    lines.push(`background page warm per-avatar, 10 StyleGAN2 faces: ${fmt(figures.ganRunsMs)}; ${ran(res.slice(20))}`);

    const t1 = Date.now();
    let failed = 0;
    for (let start = 0; start < analyserN; start += 32) {
      const urls = Array.from({ length: Math.min(32, analyserN - start) }, (_, k) => avatar(2, start + k));
      const out = (await ext.evaluate(`browser.runtime.sendMessage({ target: 'offscreen', type: 'offscreen-analyze', urls: ${JSON.stringify(urls)} })`)) as { results: { verdict: { status: string } }[] };
      failed += out.results.filter((r) => r.verdict.status === 'error').length;
    }
    const secs = (Date.now() - t1) / 1000;
    [figures.analyserPerSec, figures.analyserN] = [analyserN / secs, analyserN];
    lines.push(`background page, ${analyserN.toLocaleString('en')} avatars straight to the analyser: ${figures.analyserPerSec.toFixed(1)} avatars/s (${secs.toFixed(1)} s, ${failed} errors)`);

    figures.pagePerSec = await pageThroughput(await session.browser.newPage());
    lines.push(`throughput, 500 distinct avatars: ${figures.pagePerSec.toFixed(1)} avatars/s (500-post page until every badge has its result)`);
  } finally {
    await session.close();
    await tunnel.close();
    await server.close();
  }
  return { lines, figures };
}

async function pageThroughput(page: Page): Promise<number> {
  const t0 = Date.now();
  await page.goto('https://x.com/bench?n=500');
  await waitSettled(page, 500, 300_000);
  return 500 / ((Date.now() - t0) / 1000);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { lines } = await benchFirefox(Number(process.env.SOCKSCOPE_BENCH_N ?? 2000));
  for (const line of lines) console.log(line);
}
