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

  it('keeps "checking" while a lazy avatar waits for its source, then checks the image once it arrives', async () => {
    const { runner, states, mount, check } = setup();
    runner.stop();
    // YouTube's avatars: an <img> with no src until it scrolls into view.
    const lazy: SiteAdapter = {
      ...adapter,
      unitSelector: 'div.post',
      find: (root, url) => adapter.find(root, url).map((f) => ({ ...f, avatarEl: f.root.querySelector('img') })),
    };
    const r = new SiteRunner({ adapter: lazy, client: { check }, mount, ctx: testCtx(), throttleMs: 5 }, defaultSettings());
    live.push(r);
    document.body.innerHTML = '<div class="post" data-handle="a" data-avatar=""><img><b>a</b></div>';
    r.start();
    await tick();
    expect(states.at(-1)).toMatchObject({ state: 'checking' });
    expect(states.some((s) => s.state === 'error')).toBe(false);
    const el = document.querySelector('div.post')!;
    el.setAttribute('data-avatar', 'https://i/a');
    el.querySelector('img')!.setAttribute('src', 'https://i/a');
    await tick();
    expect(check).toHaveBeenCalledWith('https://i/a', expect.anything(), expect.anything());
    expect(states.at(-1)).toMatchObject({ state: 'low' });
    expect(document.querySelectorAll('sockscope-badge')).toHaveLength(1);
  });

  it('badges nothing the page hides: hidden, aria-hidden, inert (behind a dialog)', async () => {
    const { runner, mount } = setup();
    document.body.innerHTML = `<div hidden>${post('a', 'https://i/a')}</div><div aria-hidden="true">${post('b', 'https://i/b')}</div><div inert>${post('c', 'https://i/c')}</div>${post('d', 'https://i/d')}`;
    runner.start();
    await tick();
    expect(mount).toHaveBeenCalledTimes(1);
    expect(document.querySelectorAll('sockscope-badge')).toHaveLength(1);
    expect(document.querySelector('div.post[data-handle="d"] sockscope-badge')).not.toBeNull();
  });

  it('badges nothing the page hides by its style alone (display:none, visibility:hidden), asked before any mount', async () => {
    const { runner, mount } = setup();
    document.body.innerHTML = `<div style="display:none">${post('a', 'https://i/a')}</div><div style="visibility:hidden">${post('b', 'https://i/b')}</div>${post('c', 'https://i/c')}`;
    // happy-dom has no checkVisibility(): the browser's answer for these two, and the order it is asked in.
    const asked: string[] = [];
    const proto = window.HTMLElement.prototype as { checkVisibility?: (o?: object) => boolean };
    proto.checkVisibility = function (this: HTMLElement) {
      asked.push(`${this.closest('[data-handle]')?.getAttribute('data-handle')}:${document.querySelectorAll('sockscope-badge').length}`);
      return this.closest('[style]') === null;
    };
    try {
      runner.start();
      await tick();
    } finally {
      delete proto.checkVisibility;
    }
    expect(mount).toHaveBeenCalledTimes(1);
    expect(document.querySelector('div.post[data-handle="c"] sockscope-badge')).not.toBeNull();
    // Every candidate was asked while no badge was in the page yet: one restyle for the batch.
    expect(asked).toEqual(['a:0', 'b:0', 'c:0']);
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
