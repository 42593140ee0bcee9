import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { badgeContentFromResult, mountBadge, type BadgeContent } from '../../components/badge';
import type { SiteAdapter } from '../../sites/types';
import { authorLabel } from '../../sites/author-label';
import type { UserScrolling } from '../../utils/messages';
import { loadSettings, watchSettings } from '../../utils/settings';
import { contextTimers } from './context-timers';
import { frameBadge } from './frame-badge';
import { FrameQueue, windowClock } from './frame-queue';
import { pageTheme } from './page-theme';
import { scrollSignaller } from './scroll-signal';
import { SiteRunner } from './site-runner';
import { ExtensionGoneError, VerdictClient } from './verdict-client';

/**
 * Time a frame spends rendering badges at most (ms). Each frame that renders badges lays the page out once
 * more: on the 500-post page (2026-12-07, load 10–13) 8 ms made 171 layouts where rendering in the scan's
 * tasks made 88, and 16 ms made 113, with the frames still well under a 50 ms long task.
 */
const FRAME_BUDGET_MS = 16;

/** Everything a site's content script does: run the adapter, badge authors, follow settings and navigation. */
export async function runContentScript(ctx: ContentScriptContext, adapter: SiteAdapter): Promise<void> {
  const settings = await loadSettings();
  // Reading the page background forces a style recalc, which on a busy page costs tens of ms. Re-read it
  // only after the page root's attributes change (X, YouTube and Facebook switch themes there) or the
  // system colour scheme flips.
  let theme = pageTheme(document);
  let stale = false;
  const themeWatch = new MutationObserver(() => (stale = true));
  for (const el of [document.documentElement, document.body]) if (el) themeWatch.observe(el, { attributes: true });
  ctx.onInvalidated(() => themeWatch.disconnect());
  ctx.addEventListener(matchMedia('(prefers-color-scheme: dark)'), 'change', () => (stale = true));
  const currentTheme = () => {
    if (stale) {
      theme = pageTheme(document);
      stale = false;
    }
    return theme;
  };
  const timers = contextTimers(ctx);
  // One id per page load: a cluster whose every sighting shares it could have been planted by this page.
  const load = crypto.randomUUID();
  const client = new VerdictClient((msg) => {
    // After an update or reload this script is orphaned: its runtime is gone for good. Stop watching the
    // page but keep the badges already shown; the background re-injects a fresh script where it can.
    if (browser.runtime?.id == null) {
      runner.freeze();
      return Promise.reject(new ExtensionGoneError());
    }
    return browser.runtime.sendMessage({ ...msg, load });
  }, timers);
  // Per-avatar answers, pushed by the background ahead of a request's whole answer (only it can message a tab).
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (sender.id === browser.runtime.id) client.receive(raw);
    return undefined;
  });
  // Badges render in the next animation frame, a frame's worth at a time: a scan inserts only their hosts,
  // and a batch of verdicts arriving together spreads over frames rather than making one long task.
  const frames = new FrameQueue(windowClock(window), { budgetMs: FRAME_BUDGET_MS, fallbackMs: 250 });
  // Test and bench builds only: the page shares the performance timeline, and a mark gives the extension away.
  if (import.meta.env.TEST_HOOKS) frames.onFrame = (badges, ms) => performance.mark?.('sockscope:render', { detail: { badges, ms } });
  const runner = new SiteRunner(
    {
      adapter,
      client,
      ctx,
      placesHost: true,
      mount(host, author, s, place) {
        const who = authorLabel(author.site, author.handle, author.displayName);
        return frameBadge<BadgeContent>(
          host,
          {
            queue: frames,
            mount: (h, props) => mountBadge(h, props),
            props: (result, avatarUrl, next) => badgeContentFromResult(result, avatarUrl, next, currentTheme(), who),
          },
          s,
          place,
        );
      },
    },
    settings,
  );
  ctx.onInvalidated(watchSettings((next) => runner.applySettings(next)));
  // SPA navigation swaps content without a page load; the observer sees it, this makes it prompt.
  ctx.addEventListener(window, 'wxt:locationchange', () => runner.scheduleFull());
  for (const name of adapter.navigationEvents ?? []) ctx.addEventListener(document, name as keyof DocumentEventMap, () => runner.scheduleFull());
  // While the user scrolls, the analyser gives the CPU back to the page (see YieldGate). Only a page that
  // waits for verdicts says so: a page with nothing pending has no reason to message every extension context. Capture
  // catches scrolling inner panes too; passive keeps the listener off the scroll's critical path.
  const onScroll = scrollSignaller(() => {
    if (browser.runtime?.id == null || !client.waiting) return;
    browser.runtime.sendMessage({ target: 'analyser', type: 'user-scrolling' } satisfies UserScrolling).catch(() => undefined);
  });
  ctx.addEventListener(window, 'scroll', onScroll, { capture: true, passive: true });
  runner.start();
  if (settings.debug) Object.assign(window, { __sockscope: runner.stats });
}
