// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createBadgeButton } from './badge-button';

/** The mutations `run` makes to `el`'s subtree, counted by a MutationObserver. */
async function mutationsOf(el: Node, run: () => void): Promise<number> {
  const seen: MutationRecord[] = [];
  const observer = new MutationObserver((recs) => seen.push(...recs));
  observer.observe(el, { subtree: true, childList: true, attributes: true, characterData: true });
  run();
  await new Promise((r) => setTimeout(r, 0));
  seen.push(...observer.takeRecords());
  observer.disconnect();
  return seen.length;
}

describe('badge button', () => {
  it('shows the icon and, where the state has one, the word; both hidden from the name, which says them', () => {
    const { button, paint } = createBadgeButton(document, { state: 'checking', author: '@a' });
    expect(button.textContent).toBe('…');
    expect(button.getAttribute('aria-label')).toBe('Sockscope: checking (@a) — click for reasons');
    paint({ state: 'high', author: '@a' });
    expect(button.textContent).toBe('!high');
    expect([...button.children].map((c) => c.getAttribute('aria-hidden'))).toEqual(['true', 'true']);
    expect(button.getAttribute('aria-label')).toBe('high, Sockscope: high risk (@a) — click for reasons');
    paint({ state: 'low', author: '@a' });
    expect(button.textContent).toBe('○');
    expect(button.children.length).toBe(1);
  });

  it('writes nothing when the face it is given is the one it shows', async () => {
    const { button, paint } = createBadgeButton(document, { state: 'medium', theme: 'dark', author: '@a' });
    document.body.append(button);
    expect(await mutationsOf(button, () => paint({ state: 'medium', theme: 'dark', author: '@a' }))).toBe(0);
    expect(await mutationsOf(button, () => paint({ state: 'high', theme: 'dark', author: '@a' }))).toBeGreaterThan(0);
    button.remove();
  });

  it('drops the theme attribute when the face has none, and says whether the panel is open', () => {
    const badge = createBadgeButton(document, { state: 'low', theme: 'light' });
    expect(badge.button.getAttribute('data-theme')).toBe('light');
    badge.paint({ state: 'low' });
    expect(badge.button.hasAttribute('data-theme')).toBe(false);
    expect(badge.button.getAttribute('aria-expanded')).toBe('false');
    badge.setExpanded(true);
    expect(badge.button.getAttribute('aria-expanded')).toBe('true');
  });

  it('puts page text (the author, an error) in as text, never as markup', () => {
    const { button } = createBadgeButton(document, { state: 'error', error: '<img src=x onerror=alert(1)>', author: '@<b>x</b>' });
    expect(button.querySelector('img, b')).toBeNull();
    expect(button.getAttribute('title')).toContain('<img src=x onerror=alert(1)>');
    expect(button.getAttribute('title')).toContain('@<b>x</b>');
  });

  it('names each author in its own words, as the messages say it, whatever the author text holds', () => {
    for (const author of ['@a', '@b', '$1 $$ @c', '@\u202Eevil']) {
      const { button } = createBadgeButton(document, { state: 'medium', author });
      const shown = author.replace('\u202E', '');
      expect(button.getAttribute('title')).toBe(`Sockscope: medium risk (${shown})`);
      expect(button.getAttribute('aria-label')).toBe(`med, Sockscope: medium risk (${shown}) — click for reasons`);
    }
    const { button } = createBadgeButton(document, { state: 'medium' });
    expect(button.getAttribute('aria-label')).toBe('med, Sockscope: medium risk — click for reasons');
  });
});
