import { BADGE_CSS } from './badge-css';
// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountBadge, type BadgeHandle } from './mount-badge';
import type { BadgeProps, BadgeState } from './types';

const base: BadgeProps = {
  state: 'high',
  reasons: [{ text: 'Eyes exactly where StyleGAN puts them', points: 40 }],
  avatarUrl: 'https://pbs.twimg.com/profile_images/1/a_400x400.jpg',
  eyes: { left: { x: 0.376, y: 0.473 }, right: { x: 0.624, y: 0.475 } },
};

const tick = () => new Promise((r) => setTimeout(r, 0));
let handles: BadgeHandle[] = [];

function mount(props: Partial<BadgeProps> = {}) {
  const post = document.createElement('a'); // X puts names inside links; the badge must not follow them
  post.href = '#post';
  const host = document.createElement('sockscope-badge');
  post.append(host);
  document.body.append(post);
  const handle = mountBadge(host, { ...base, ...props });
  handles.push(handle);
  const button = handle.shadowRoot.querySelector('button')!;
  return { post, host, handle, button };
}

const layerRoot = () => document.querySelector('sockscope-layer')?.shadowRoot ?? null;
const panel = () => layerRoot()?.querySelector<HTMLElement>('[role="dialog"]') ?? null;
const key = (target: EventTarget, k: string) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }));

afterEach(() => {
  for (const h of handles) h.unmount();
  handles = [];
  document.body.innerHTML = '';
});

describe('badge', () => {
  it.each([
    ['checking', 'Sockscope: checking — click for reasons', '…'],
    ['low', 'Sockscope: little evidence found (not a verification) — click for reasons', '○'],
    ['medium', 'med, Sockscope: medium risk — click for reasons', '?med'],
    ['high', 'high, Sockscope: high risk — click for reasons', '!high'],
    ['no-face', 'Sockscope: no face found — click for reasons', '–'],
  ] as const)('state %s: label, aria and text', (state: BadgeState, aria, text) => {
    const { button } = mount({ state });
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('aria-label')).toBe(aria);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('data-state')).toBe(state);
    expect(button.textContent).toBe(text);
    // The name holds the visible word (WCAG 2.5.3, label in name).
    expect(aria).toContain(text.replace(/^[^a-z]+/, ''));
  });

  it('never shows "low" as a seal of approval: no tick, no green, and the words say it is not a verification', () => {
    const { button } = mount({ state: 'low' });
    expect(button.textContent).not.toMatch(/[✓✔☑]/u);
    expect(BADGE_CSS).not.toMatch(/--sc-low: #0b7a4b|--sc-low: #5fd39b/);
    expect(button.getAttribute('aria-label')).toMatch(/not a verification/);
  });

  it('error state names the reason', () => {
    const { button } = mount({ state: 'error', error: 'image too large (9000×9000 px)' });
    expect(button.getAttribute('aria-label')).toBe(
      "Sockscope: couldn't check: image too large (9000×9000 px) — click for reasons",
    );
  });

  it('injects the :host reset first and a theme when given', () => {
    const { handle, button } = mount({ theme: 'dark' });
    const sheets = handle.shadowRoot.adoptedStyleSheets;
    expect(sheets.length).toBe(1);
    const css = [...sheets[0]!.cssRules].map((r) => r.cssText).join('\n');
    expect(css.trimStart().startsWith(':host')).toBe(true);
    expect(css).toMatch(/all: initial/);
    expect(css).toContain('display: inline-flex');
    expect(button.getAttribute('data-theme')).toBe('dark');
  });

  it('click opens the panel without reaching the page; Escape closes it and returns focus', async () => {
    const { post, button, handle } = mount({ author: '@someone' });
    const pageClick = vi.fn();
    post.addEventListener('click', pageClick);
    const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    button.dispatchEvent(click);
    await tick();
    expect(click.defaultPrevented).toBe(true);
    expect(pageClick).not.toHaveBeenCalled();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const dialog = panel()!;
    expect(dialog).not.toBeNull();
    expect(dialog.textContent).toContain('High risk');
    expect(dialog.textContent).toContain('Evidence, not proof. Real people can match.');
    expect(dialog.textContent).toContain('+40');

    key(dialog, 'Escape');
    await tick();
    expect(panel()).toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(handle.shadowRoot.activeElement).toBe(button);
  });

  it("the panel's close button closes it and gives the focus back to the badge", async () => {
    const { button, handle } = mount();
    button.click();
    await tick();
    panel()!.querySelector<HTMLButtonElement>('button.close')!.click();
    await tick();
    expect(panel()).toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(handle.shadowRoot.activeElement).toBe(button);
    button.click();
    await tick();
    expect(panel()).not.toBeNull();
  });

  it('keyboard: Enter/Space keys stay with the badge (X binds them on posts)', () => {
    const { post, button } = mount();
    const pageKey = vi.fn();
    post.addEventListener('keydown', pageKey);
    key(button, 'Enter');
    key(button, ' ');
    key(button, 'j'); // X's own shortcuts still work
    expect(pageKey).toHaveBeenCalledTimes(1);
  });

  it('closes on outside pointerdown and on scroll, but not on a click inside the panel', async () => {
    const { button } = mount();
    button.click();
    await tick();
    panel()!.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    await tick();
    expect(panel()).not.toBeNull();
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    await tick();
    expect(panel()).toBeNull();

    button.click();
    await tick();
    window.dispatchEvent(new Event('scroll'));
    await tick();
    expect(panel()).toBeNull();
  });

  it('one panel at a time; update() changes an open panel in place; unmount removes it', async () => {
    const a = mount();
    const b = mount({ state: 'medium' });
    a.button.click();
    await tick();
    b.button.click();
    await tick();
    expect(layerRoot()!.querySelectorAll('[role="dialog"]').length).toBe(1);
    expect(a.button.getAttribute('aria-expanded')).toBe('false');
    b.handle.update({ ...base, state: 'error', error: 'timeout' });
    await tick();
    expect(panel()!.textContent).toContain("Couldn't check: timeout");
    b.handle.unmount();
    await tick();
    expect(panel()).toBeNull();
  });

  it('reuses the shadow root on remount, also when closed', () => {
    const host = document.createElement('span');
    document.body.append(host);
    const first = mountBadge(host, base, { mode: 'closed' });
    expect(host.shadowRoot).toBeNull();
    first.unmount();
    const second = mountBadge(host, { ...base, state: 'low' });
    handles.push(second);
    expect(second.shadowRoot).toBe(first.shadowRoot);
    expect(second.shadowRoot.querySelectorAll('button').length).toBe(1);
    expect(second.shadowRoot.adoptedStyleSheets.length).toBe(1);
    expect(second.shadowRoot.querySelectorAll('style').length).toBe(0);
  });

  it('shares one stylesheet between badges of a document', () => {
    const a = mount({});
    const b = mount({ state: 'high' });
    expect(a.handle.shadowRoot.adoptedStyleSheets[0]).toBe(b.handle.shadowRoot.adoptedStyleSheets[0]);
  });

  it('falls back to one <style> where the document cannot construct sheets', () => {
    // A document without a window (no CSSStyleSheet constructor), as in a sandbox that can't adopt sheets.
    const doc = document.implementation.createHTMLDocument('no window');
    const host = doc.createElement('span');
    doc.body.append(host);
    const first = mountBadge(host, base);
    first.unmount();
    const second = mountBadge(host, { ...base, state: 'low' });
    const styles = second.shadowRoot.querySelectorAll('style');
    expect(styles.length).toBe(1);
    expect(styles[0]!.textContent!.trimStart().startsWith(':host { all: initial; }')).toBe(true);
    expect(second.shadowRoot.adoptedStyleSheets.length).toBe(0);
    second.unmount();
  });
});
