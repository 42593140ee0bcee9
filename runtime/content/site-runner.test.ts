// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FoundAuthor, SiteAdapter } from '../../sites/types';
import { defaultSettings } from '../../utils/settings';
import type { Settings } from '../../utils/settings';
import { badgePropsFromResult } from '../../components/badge/from-result';
import type { AuthorVerdict } from '../../utils/messages';
import type { BadgeProps } from '../../components/badge/types';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SiteRunner } from './site-runner';

// A toy adapter: every <div class=post data-handle data-avatar> is an author, anchored at its <b>.
const adapter: SiteAdapter = {
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

// Each runner gets its own context, named apart: a context started under a name stops the older one.
let contexts = 0;
const testCtx = () => new ContentScriptContext(`sockscope-test-${contexts++}`);

const live: SiteRunner[] = [];
afterEach(() => live.splice(0).forEach((r) => r.stop()));

function setup() {
  document.body.innerHTML = '';
  const states: BadgeProps[] = [];
  const check = vi.fn(async (url: string): Promise<AuthorVerdict> => ({ risk: null, verdict: { status: 'ok' as const, sha256: url, width: 1, height: 1, eyes: { left: { x: 0.375, y: 0.47 }, right: { x: 0.625, y: 0.47 } }, eyeDistance: 0.01, score: url.includes('gan') ? 0.65 : 0.1, band: 'high' as const, reasons: ['r'], modelVersion: 'm', phash: null } }));
  const mount = vi.fn((_host: HTMLElement, _a: unknown, s: Settings) => {
    states.push(badgePropsFromResult(null, null, s));
    return { update: (v: AuthorVerdict | null, u: string | null, st: Settings) => states.push(badgePropsFromResult(v, u, st)), unmount: vi.fn() };
  });
  const runner = new SiteRunner({ adapter, client: { check }, mount, ctx: testCtx(), throttleMs: 5 }, defaultSettings());
  live.push(runner);
  return { runner, check, mount, states };
}

const post = (h: string, a: string) => `<div class="post" data-handle="${h}" data-avatar="${a}"><b>${h}</b></div>`;
const tick = (ms = 30) => new Promise((r) => setTimeout(r, ms));

describe('SiteRunner', () => {
  it('rescans only the changed unit when the adapter declares units, and follows lazy avatars', async () => {
    const { runner, mount } = setup();
    const unitAdapter: SiteAdapter = { ...adapter, unitSelector: 'div.post', find: vi.fn(adapter.find) };
    runner.stop();
    const r = new SiteRunner({ adapter: unitAdapter, client: { check: vi.fn(async () => new Promise<AuthorVerdict>(() => undefined)) }, mount, ctx: testCtx(), throttleMs: 5 }, defaultSettings());
    live.push(r);
    document.body.innerHTML = post('a', '') + post('b', 'https://i/b');
    r.start();
    const calls = (unitAdapter.find as ReturnType<typeof vi.fn>).mock.calls;
    expect(calls[0]?.[0]).toBe(document);
    // The avatar arrives later (lazy src): only that post is rescanned, and it gets a fresh badge.
    document.querySelector('div.post')!.setAttribute('data-avatar', 'https://i/a');
    document.querySelector('div.post b')!.setAttribute('src', 'x');
    await tick();
    expect(calls.at(-1)?.[0]).toBe(document.querySelector('div.post'));
    expect(document.querySelectorAll('sockscope-badge')).toHaveLength(2);
    expect(mount).toHaveBeenCalledTimes(3);
  });

  it('freeze keeps the badges shown but stops following the page (orphaned after an update)', async () => {
    const { runner, mount } = setup();
    document.body.innerHTML = post('a', 'https://i/a');
    runner.start();
    await tick();
    expect(document.querySelectorAll('sockscope-badge')).toHaveLength(1);
    runner.freeze();
    document.body.insertAdjacentHTML('beforeend', post('b', 'https://i/b'));
    await tick();
    expect(document.querySelectorAll('sockscope-badge')).toHaveLength(1);
    expect(mount).toHaveBeenCalledTimes(1);
  });

  it('splits the first scan of a long page into unit slices, with the authors outside units read once', async () => {
    const { runner, mount } = setup();
    runner.stop();
    const outside = vi.fn(() => []);
    const find = vi.fn(adapter.find);
    const long: SiteAdapter = { ...adapter, find, unitSelector: 'div.post', findOutsideUnits: outside };
    const r = new SiteRunner({ adapter: long, client: { check: vi.fn(async () => new Promise<AuthorVerdict>(() => undefined)) }, mount, ctx: testCtx(), throttleMs: 5 }, defaultSettings());
    live.push(r);
    document.body.innerHTML = Array.from({ length: 200 }, (_, i) => post(`u${i}`, `https://i/${i}`)).join('');
    r.start();
    // The first task reads no unit: find never sees the whole document.
    expect(find.mock.calls.some(([root]) => root === document)).toBe(false);
    await expect.poll(() => document.querySelectorAll('sockscope-badge').length, { timeout: 2000 }).toBe(200);
    expect(outside).toHaveBeenCalledOnce();
    expect(find).toHaveBeenCalledTimes(200);
    expect(r.stats.scans).toBeGreaterThanOrEqual(5);
  });

  it('badges each author once, even across rescans', async () => {
    const { runner, mount, check } = setup();
    document.body.innerHTML = post('a', 'https://i/gan') + post('b', 'https://i/real');
    runner.start();
    runner.scan();
    runner.scan();
    await tick();
    expect(mount).toHaveBeenCalledTimes(2);
    expect(check).toHaveBeenCalledTimes(2);
    expect(document.querySelectorAll('sockscope-badge')).toHaveLength(2);
  });

  it('follows infinite scroll and recycled elements', async () => {
    const { runner, mount } = setup();
    document.body.innerHTML = post('a', 'https://i/1');
    runner.start();
    document.body.insertAdjacentHTML('beforeend', post('c', 'https://i/3'));
    await tick();
    expect(mount).toHaveBeenCalledTimes(2);
    // A virtualised list reuses the element for another author: the badge must follow.
    const el = document.querySelector('div.post')!;
    el.setAttribute('data-handle', 'z');
    el.setAttribute('data-avatar', 'https://i/9');
    runner.scan();
    expect(mount).toHaveBeenCalledTimes(3);
    expect(document.querySelectorAll('sockscope-badge')).toHaveLength(2);
  });

  it('says "couldn\'t check" when there is no avatar, and never throws on adapter errors', async () => {
    const { runner, states } = setup();
    document.body.innerHTML = post('a', '');
    runner.start();
    expect(states.at(-1)).toMatchObject({ state: 'error', error: 'no avatar image found' });
    const bad = new SiteRunner({ adapter: { ...adapter, find: () => { throw new Error('boom'); } }, client: { check: vi.fn() }, mount: vi.fn(), ctx: testCtx() }, defaultSettings());
    expect(() => bad.start()).not.toThrow();
  });

  it('removes all badges when the site is switched off, and re-bands live', async () => {
    const { runner, states } = setup();
    document.body.innerHTML = post('a', 'https://i/gan');
    runner.start();
    await tick();
    expect(states.at(-1)).toMatchObject({ state: 'medium' });
    runner.applySettings({ ...defaultSettings(), sensitivity: 0.99 });
    expect(states.at(-1)).toMatchObject({ state: 'low' });
    runner.applySettings({ ...defaultSettings(), sites: { x: false, facebook: true, youtube: true } });
    expect(document.querySelectorAll('sockscope-badge')).toHaveLength(0);
  });
});

describe('SiteRunner viewport priority', () => {
  it('tells the client which badges are within a screen of the viewport, and stops watching dropped ones', async () => {
    let notify: ((entries: { target: Element; isIntersecting: boolean }[]) => void) | null = null;
    const watched = new Set<Element>();
    class FakeIO {
      constructor(cb: typeof notify, readonly opts: { rootMargin: string }) {
        notify = cb;
      }
      observe = (el: Element) => watched.add(el);
      unobserve = (el: Element) => watched.delete(el);
      disconnect = () => watched.clear();
    }
    vi.stubGlobal('IntersectionObserver', FakeIO);
    try {
      const { runner, check } = setup();
      document.body.innerHTML = post('a', 'https://i/a') + post('b', 'https://i/b');
      runner.start();
      const hosts = [...document.querySelectorAll('sockscope-badge')];
      expect(hosts).toHaveLength(2);
      expect([...watched]).toEqual(hosts);
      const near = (url: string) => (check.mock.calls.find((c) => c[0] === url) as unknown as [string, unknown, () => boolean])[2];
      expect(near('https://i/a')()).toBe(false);
      notify!([{ target: hosts[0]!, isIntersecting: true }]);
      expect(near('https://i/a')()).toBe(true);
      expect(near('https://i/b')()).toBe(false);
      notify!([{ target: hosts[0]!, isIntersecting: false }]);
      expect(near('https://i/a')()).toBe(false);
      document.querySelector('div.post')!.remove();
      await tick();
      expect([...watched]).toEqual([hosts[1]]);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('SiteRunner and its content script context', () => {
  it('disconnects both observers and removes its badges when the context is invalidated', async () => {
    const io = { observed: 0, disconnected: 0 };
    class FakeIO {
      observe = () => io.observed++;
      unobserve = () => undefined;
      disconnect = () => io.disconnected++;
    }
    vi.stubGlobal('IntersectionObserver', FakeIO);
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    try {
      const ctx = testCtx();
      const mount = vi.fn(() => ({ update: vi.fn(), unmount: vi.fn() }));
      const runner = new SiteRunner({ adapter, client: { check: vi.fn(() => new Promise<AuthorVerdict>(() => undefined)) }, mount, ctx, throttleMs: 5 }, defaultSettings());
      live.push(runner);
      document.body.innerHTML = post('a', 'https://i/a');
      runner.start();
      expect(io.observed).toBe(1);
      ctx.notifyInvalidated();
      expect(io.disconnected).toBe(1);
      expect(disconnect).toHaveBeenCalled();
      expect(document.querySelectorAll('sockscope-badge')).toHaveLength(0);
      // Nothing follows the page any more: a new post gets no badge.
      document.body.insertAdjacentHTML('beforeend', post('b', 'https://i/b'));
      await tick();
      expect(mount).toHaveBeenCalledTimes(1);
    } finally {
      disconnect.mockRestore();
      vi.unstubAllGlobals();
    }
  });

  it('runs no slice of a split first scan once the context is invalidated', async () => {
    const ctx = testCtx();
    const find = vi.fn(adapter.find);
    const long: SiteAdapter = { ...adapter, find, unitSelector: 'div.post', findOutsideUnits: () => [] };
    const r = new SiteRunner({ adapter: long, client: { check: vi.fn(() => new Promise<AuthorVerdict>(() => undefined)) }, mount: vi.fn(() => ({ update: vi.fn(), unmount: vi.fn() })), ctx, throttleMs: 5 }, defaultSettings());
    live.push(r);
    document.body.innerHTML = Array.from({ length: 200 }, (_, i) => post(`u${i}`, `https://i/${i}`)).join('');
    r.start();
    // The first task reads no unit; the slices come in later tasks, which the invalidation cancels.
    ctx.notifyInvalidated();
    await tick(50);
    expect(find).not.toHaveBeenCalled();
  });
});
