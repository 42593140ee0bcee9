// Before/after screenshots of the extension on real saved pages (../shared/data/dom), for review notes:
//   tsx scripts/dev/real-page-screenshots.ts <tag> <extension dir> <out dir>
// e.g. `after .output/chrome-mv3-test /tmp/shots`. Each saved page is served at the address it was saved
// from; its avatars (kept by the save as local files, or at Facebook's CDN) are played by the e2e fixture
// server, which answers every avatar path with a real face from ../shared: the verdicts in the pictures are
// for those stand-in faces, not for the people on the page. What the script adds to a page is said where it
// does it, and every picture carries a caption saying so.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { decodeSavedFile } from '../../utils/dom/saved-page';
import { SHARED_DIR, sharedPath } from '../../utils/testing/shared-data';
import { startFixtureServer } from '../../e2e/server/fixture-server';
import { launchWithExtension } from '../../e2e/support/launch';

const [tag, extDir, outDir] = process.argv.slice(2) as [string?, string?, string?];
if (!tag || !extDir || !outDir) throw new Error('usage: real-page-screenshots.ts <tag> <extension dir> <out dir>');

/** Serve `file` at `url` (the document only); `rewrite` edits its HTML first (said in the caption). */
async function serve(page: Page, file: string, url: string, rewrite: (html: string) => string = (h) => h): Promise<void> {
  const { html } = decodeSavedFile(readFileSync(sharedPath('data/dom', file)), file);
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: rewrite(html) }));
  await page.goto(url, { waitUntil: 'domcontentloaded' });
}

interface AxNode {
  role?: { value?: string };
  name?: { value?: string };
  properties?: Array<{ name: string; value: { value?: unknown } }>;
}

/**
 * The badges' accessible names, read from the browser's accessibility tree (the shipped build's shadow roots
 * are closed), and the name of the one whose panel is open.
 */
async function badgeNames(context: BrowserContext, page: Page): Promise<{ all: string[]; open: string | null }> {
  const cdp = await context.newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  await cdp.detach();
  const badges = nodes.filter((n) => n.role?.value === 'button' && /Sockscope: /.test(n.name?.value ?? ''));
  const open = badges.find((n) => n.properties?.some((p) => p.name === 'expanded' && p.value.value === true));
  return { all: badges.map((n) => n.name!.value!), open: open?.name?.value ?? null };
}

/** A caption box the script draws at the bottom of the picture (not part of the page or the extension). */
async function caption(page: Page, lines: string[]): Promise<void> {
  await page.evaluate((lines) => {
    const box = document.createElement('div');
    box.setAttribute('style', 'position:fixed;left:0;right:0;bottom:0;z-index:2147483646;background:#fffbe6;color:#222;font:13px/1.4 monospace;padding:6px 8px;border-top:2px solid #b58900;white-space:pre-wrap');
    box.textContent = lines.join('\n');
    document.body.append(box);
  }, lines);
}

/** Scroll the first element matching `target` to the upper third, then click the badge inside it (the host's first pixels are the button). */
async function openPanel(page: Page, target: string): Promise<boolean> {
  const found = await page.evaluate((target) => {
    const el = document.querySelector(target);
    if (!el?.querySelector('sockscope-badge')) return false;
    el.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -250);
    return true;
  }, target);
  if (!found) return false;
  await page.waitForTimeout(800);
  const at = await page.evaluate((target) => {
    const r = document.querySelector(`${target} sockscope-badge`)!.getBoundingClientRect();
    return { x: r.left + Math.min(8, r.width / 2), y: r.top + r.height / 2 };
  }, target);
  await page.mouse.click(at.x, at.y);
  await page.waitForTimeout(1_000);
  return true;
}

/** Wait for the badges, then long enough for the analyser's verdicts (the same wait for both builds). */
async function settle(page: Page): Promise<void> {
  await page.waitForSelector('sockscope-badge', { state: 'attached', timeout: 30_000 }).catch(() => undefined);
  await page.waitForTimeout(15_000);
}

async function main(): Promise<void> {
  mkdirSync(outDir!, { recursive: true });
  const server = await startFixtureServer(SHARED_DIR);
  const context = await launchWithExtension(server.port, { extensionDir: resolve(extDir!) });
  try {
    await facebookViewer(context);
    await youtubeChannelIds(context);
  } finally {
    await context.close();
    await server.close();
  }
}

const VIEWER = '[role="dialog"][aria-label="Photo viewer"]';

/**
 * (1) The Facebook photo viewer (Jan 2022, en, dark) over its owner's profile. The saved page's own inline
 * script hides every server-rendered part with `content-visibility: hidden` until scripts that a saved page
 * lacks show them, so the page is blank as saved: one test-only rule, `* { content-visibility: visible
 * !important }`, undoes that and nothing else. The stylesheets the save kept as local files are missing.
 */
async function facebookViewer(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await serve(page, 'facebook/sudhirbarik2__ReactPortfolio___1_Facebook.html', 'https://www.facebook.com/photo/?fbid=saved0001');
  await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
  await settle(page);
  const inViewer = await page.locator(`${VIEWER} sockscope-badge`).count();
  const total = await page.locator('sockscope-badge').count();
  const opened = await openPanel(page, `${VIEWER} [role="complementary"]`);
  const { open } = await badgeNames(context, page);
  await caption(page, [
    `[${tag}] Facebook photo viewer, saved page Jan 2022 (en, dark), served at facebook.com/photo. Badges: ${inViewer} in the viewer, ${total - inViewer} behind it.`,
    opened ? `Open panel: ${open ?? '(none)'}` : 'No badge in the viewer to open.',
    'Injected by the screenshot script: * { content-visibility: visible !important } (the save keeps Facebook\'s server-render hiding); avatars: stand-in faces from the test server.',
  ]);
  await page.screenshot({ path: resolve(outDir!, `1-facebook-photo-viewer-${tag}.png`) });
  console.log(tag, 'facebook:', { inViewer, total, open });
  await page.close();
}

/**
 * (5) A YouTube watch page (Apr 2018, ytd-comment-renderer) whose commenters link to /channel/UC… ids, with no
 * @handle. The save keeps the avatars as local files; the script points each at a 2018-shaped yt3.ggpht.com
 * address (the test server answers with a stand-in face), so the panels have verdicts and reasons.
 */
async function youtubeChannelIds(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const rewrite = (html: string) =>
    html.replace(/src="youtube_files\/(photo[\w-]*)\.jpg"/g, (_m, stem: string) => `src="https://yt3.ggpht.com/-saved/AAAAAAAAAAI/AAAAAAAAAAA/${stem}/s48-mo-c-c0xffffffff-rj-k-no/photo.jpg"`);
  await serve(page, 'youtube/ris58h__blog-skipper__youtube.html', 'https://www.youtube.com/watch?v=saved0001', rewrite);
  await settle(page);
  // The first comment whose author has a channel id and no handle, and whose badge nothing covers once in view.
  const marked = await page.evaluate(() => {
    for (const r of document.querySelectorAll('ytd-comment-renderer')) {
      const h = r.querySelector('sockscope-badge');
      if (!h || !r.querySelector('a#author-text[href*="/channel/UC"]')) continue;
      r.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -250);
      const b = h.getBoundingClientRect();
      if (b.width > 0 && document.elementFromPoint(b.left + Math.min(8, b.width / 2), b.top + b.height / 2) === h) {
        r.setAttribute('data-shot', '');
        return true;
      }
    }
    return false;
  });
  const opened = marked && (await openPanel(page, 'ytd-comment-renderer[data-shot]'));
  const { all, open } = await badgeNames(context, page);
  const asHandle = all.filter((n) => /\(@UC[\w-]{22}\)/.test(n)).length;
  await caption(page, [
    `[${tag}] YouTube watch page, saved Apr 2018; the comment's author links to /channel/UC… (no @handle).`,
    opened ? `Open panel: ${open ?? '(none)'}` : 'No badge on such a comment.',
    `Badges that call a channel id a handle ("@UC…"): ${asHandle} of ${all.length}. Avatars: stand-in faces from the test server (src rewritten by the script).`,
  ]);
  await page.screenshot({ path: resolve(outDir!, `5-youtube-channel-without-handle-${tag}.png`) });
  console.log(tag, 'youtube:', { opened, open, asHandle, total: all.length });
  await page.close();
}

await main();
