// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SiteAdapter } from '../../sites/types';
import type { AuthorVerdict } from '../../utils/messages';
import { defaultSettings } from '../../utils/settings';
import { SiteRunner } from './site-runner';
import { post, setupRunner, testCtx, tick, toyAdapter as adapter } from './testing/toy-site';

const live: SiteRunner[] = [];
afterEach(() => live.splice(0).forEach((r) => r.stop()));
const setup = () => setupRunner(live);

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
      const { runner: answering, mount } = setup();
      answering.stop();
      // Verdicts still pending: nearness orders the requests that wait.
      const check = vi.fn(async (_url: string): Promise<AuthorVerdict> => new Promise<AuthorVerdict>(() => undefined));
      const runner = new SiteRunner({ adapter, client: { check }, mount, ctx: testCtx(), throttleMs: 5 }, defaultSettings());
      live.push(runner);
      document.body.innerHTML = post('a', 'https://i/a') + post('b', 'https://i/b');
      runner.start();
      // A slice that overran its budget on a loaded machine leaves the badges to the next task.
      await vi.waitFor(() => expect(document.querySelectorAll('sockscope-badge')).toHaveLength(2));
      const hosts = [...document.querySelectorAll('sockscope-badge')];
      expect([...watched]).toEqual(hosts);
      const near = (url: string) => (check.mock.calls.find((c) => c[0] === url) as unknown as [string, unknown, () => boolean])[2];
      expect(near('https://i/a')()).toBe(false);
      notify!([{ target: hosts[0]!, isIntersecting: true }]);
      expect(near('https://i/a')()).toBe(true);
      expect(near('https://i/b')()).toBe(false);
      notify!([{ target: hosts[0]!, isIntersecting: false }]);
      expect(near('https://i/a')()).toBe(false);
      document.querySelector('div.post')!.remove();
      await vi.waitFor(() => expect([...watched]).toEqual([hosts[1]]));
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('stops watching a badge once its verdict is in', async () => {
    const watched = new Set<Element>();
    class FakeIO {
      observe = (el: Element) => watched.add(el);
      unobserve = (el: Element) => watched.delete(el);
      disconnect = () => watched.clear();
    }
    vi.stubGlobal('IntersectionObserver', FakeIO);
    try {
      const { runner, check } = setup();
      document.body.innerHTML = post('a', 'https://i/a');
      runner.start();
      await vi.waitFor(() => expect(check).toHaveBeenCalledOnce());
      await vi.waitFor(() => expect(watched.size).toBe(0));
      expect(document.querySelectorAll('sockscope-badge')).toHaveLength(1);
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
