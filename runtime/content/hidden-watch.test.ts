// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { plainTimers } from './context-timers';
import { HiddenWatch } from './hidden-watch';
import type { SiteRunner } from './site-runner';
import { post, setupRunner, tick } from './testing/toy-site';

const live: SiteRunner[] = [];
afterEach(() => live.splice(0).forEach((r) => r.stop()));

/** A page whose `.folded` class is display:none. happy-dom has no checkVisibility(): the browser's answer. */
function foldedIsHidden(): { asked: () => number; restore: () => void } {
  document.head.innerHTML = '<style>.folded { display: none }</style>';
  const proto = window.HTMLElement.prototype as { checkVisibility?: (o?: object) => boolean };
  let n = 0;
  proto.checkVisibility = function (this: HTMLElement) {
    n++;
    return this.closest('.folded') === null;
  };
  return { asked: () => n, restore: () => delete proto.checkVisibility };
}

describe('a hidden author shown later without a DOM change', () => {
  it('gets its badge once the page takes away `hidden`, or the class that hid it', async () => {
    const { runner, mount } = setupRunner(live);
    document.body.innerHTML = `<div id="h" hidden>${post('a', 'https://i/a')}</div><div id="f" class="folded">${post('b', 'https://i/b')}</div>${post('c', 'https://i/c')}`;
    const style = foldedIsHidden();
    try {
      runner.start();
      await tick();
      expect(mount).toHaveBeenCalledTimes(1);
      document.getElementById('h')!.removeAttribute('hidden');
      await expect.poll(() => document.querySelector('div.post[data-handle="a"] sockscope-badge')).not.toBeNull();
      document.getElementById('f')!.classList.remove('folded');
      await expect.poll(() => document.querySelector('div.post[data-handle="b"] sockscope-badge')).not.toBeNull();
    } finally {
      style.restore();
    }
    expect(document.querySelectorAll('sockscope-badge')).toHaveLength(3);
  });

  it('asks nothing when a class changes outside the hidden anchors and their ancestors', async () => {
    document.body.innerHTML = `<main><div class="folded"><b id="a">a</b></div></main><aside id="other" class="x"></aside>`;
    const style = foldedIsHidden();
    const shown = vi.fn();
    const watch = new HiddenWatch(plainTimers, 5, shown);
    try {
      const a = document.getElementById('a')!;
      watch.remember([{ anchor: a, hider: a.parentElement! }]);
      // The folded element and its ancestors up to <html>: four elements.
      expect(watch.size).toEqual({ anchors: 1, observed: 4 });
      document.getElementById('other')!.className = 'y';
      await tick();
      expect(style.asked()).toBe(0);
      // A change on an ancestor that still hides it: asked once, still hidden, still remembered.
      document.querySelector('main')!.className = 'z';
      await tick();
      expect(style.asked()).toBe(1);
      expect(shown).not.toHaveBeenCalled();
      expect(watch.size.anchors).toBe(1);
    } finally {
      watch.clear();
      style.restore();
    }
  });

  it('remembers 300 anchors at most, the newest, and observes what hides them once', () => {
    document.body.innerHTML = `<div hidden>${Array.from({ length: 400 }, (_, i) => `<p><b id="b${i}"></b></p>`).join('')}</div>`;
    const hider = document.querySelector('[hidden]')!;
    const watch = new HiddenWatch(plainTimers, 5, vi.fn());
    watch.remember([...document.querySelectorAll('b')].map((anchor) => ({ anchor, hider })));
    // The hidden <div>, <body> and <html>: not the 400 paragraphs under the hidden one.
    expect(watch.size).toEqual({ anchors: 300, observed: 3 });
    watch.clear();
    expect(watch.size).toEqual({ anchors: 0, observed: 0 });
  });
});
