import { FLAGGED_P, okVerdict, REAL_P } from '../../../utils/testing/verdict';
import { vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { badgePropsFromResult } from '../../../components/badge/from-result';
import type { BadgeProps } from '../../../components/badge/types';
import type { FoundAuthor, SiteAdapter } from '../../../sites/types';
import type { AuthorVerdict } from '../../../utils/messages';
import { defaultSettings, type Settings } from '../../../utils/settings';
import { SiteRunner } from '../site-runner';

/** A toy adapter: every <div class=post data-handle data-avatar> is an author, anchored at its <b>. */
export const toyAdapter: SiteAdapter = {
  site: 'x',
  matchesUrl: () => true,
  analysisUrl: (u) => (u.startsWith('https://') ? u : null),
  find(root) {
    const self = root instanceof Element && root.matches('div.post') ? [root] : [];
    return [...self, ...root.querySelectorAll('div.post')].map((el): FoundAuthor => ({
      root: el,
      anchor: el.querySelector('b'),
      avatarEl: null,
      data: { site: 'x', kind: 'post', handle: el.getAttribute('data-handle'), displayName: null, profileUrl: null, avatarUrl: el.getAttribute('data-avatar') || null, text: null, hashtags: [], time: null },
    }));
  },
};

/** One toy post. */
export const post = (h: string, a: string) => `<div class="post" data-handle="${h}" data-avatar="${a}"><b>${h}</b></div>`;

/** Waits `ms` for the runner's timers. */
export const tick = (ms = 30) => new Promise((r) => setTimeout(r, ms));

let contexts = 0;
/** A content script context of its own: one started under the same name would stop the older one. */
export const testCtx = () => new ContentScriptContext(`sockscope-test-${contexts++}`);

/** A runner over the toy adapter whose checks answer at once (flagged for URLs with 'gan'), added to `live`. */
export function setupRunner(live: SiteRunner[]) {
  document.body.innerHTML = '';
  const states: BadgeProps[] = [];
  const check = vi.fn(async (url: string): Promise<AuthorVerdict> => ({ account: null, verdict: okVerdict(url.includes('gan') ? FLAGGED_P : REAL_P, { sha256: url, reasons: ['r'] }) }));
  const mount = vi.fn((_host: HTMLElement, _a: unknown, s: Settings) => {
    states.push(badgePropsFromResult(null, null, s));
    return { update: (v: AuthorVerdict | null, u: string | null, st: Settings) => states.push(badgePropsFromResult(v, u, st)), unmount: vi.fn() };
  });
  const runner = new SiteRunner({ adapter: toyAdapter, client: { check }, mount, ctx: testCtx(), throttleMs: 5 }, defaultSettings());
  live.push(runner);
  return { runner, check, mount, states };
}
