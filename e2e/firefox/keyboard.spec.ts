import type { KeyInput } from 'puppeteer-core';
import { expect, test } from './support/fixtures';
import { waitSettled } from './support/badges';
import { HOME_POSTS } from '../fixtures/x-scenario';

/** Every author on the home fixture: posts plus quoted authors. */
const AUTHORS = HOME_POSTS.flatMap((p) => [p.handle, ...(p.quote ? [p.quote.handle] : [])]);

/** Where the focus is: the light-DOM element, and inside its shadow root (a string, so no helper reaches the page). */
const FOCUS = `(() => {
  const host = document.activeElement;
  const inner = host && host.shadowRoot ? host.shadowRoot.activeElement : null;
  return { host: host ? host.localName : null, inner: inner ? inner.localName + '.' + inner.className : null, expanded: inner ? inner.getAttribute('aria-expanded') : null };
})()`;

interface Focus {
  host: string | null;
  inner: string | null;
  expanded: string | null;
}

test('the reasons panel by keyboard alone in Firefox: Enter or Space opens it with the focus inside, Tab stays in it, Escape gives the focus back', async ({ tab, pageErrors }) => {
  await tab.goto('https://x.com/home');
  await waitSettled(tab, AUTHORS.length);
  const focus = () => tab.evaluate(FOCUS) as Promise<Focus>;
  const flagged = '>>> button.badge[data-state="medium"], >>> button.badge[data-state="high"]';

  // Space as the character: puppeteer's BiDi keyboard knows no key named "Space".
  for (const key of ['Enter', ' '] as KeyInput[]) {
    const badge = await tab.waitForSelector(flagged);
    await badge!.focus();
    expect(await focus(), key).toMatchObject({ host: 'sockscope-badge', inner: 'button.badge' });
    await tab.keyboard.press(key);
    await tab.waitForSelector('>>> [role="dialog"]', { visible: true });
    await tab.waitForFunction(`${FOCUS}.host === 'sockscope-layer'`, { timeout: 5_000 });
    expect(await focus(), key).toMatchObject({ host: 'sockscope-layer', inner: 'div.panel' });
    // Tab goes round the panel's controls and never leaves it.
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      await tab.keyboard.press('Tab');
      const f = await focus();
      expect(f.host, `${key}, Tab ${i + 1}`).toBe('sockscope-layer');
      seen.push(f.inner ?? '');
    }
    expect(seen).toContain('button.close');
    await tab.keyboard.down('Shift');
    await tab.keyboard.press('Tab');
    await tab.keyboard.up('Shift');
    expect((await focus()).host, `${key}, Shift+Tab`).toBe('sockscope-layer');
    await tab.keyboard.press('Escape');
    await tab.waitForSelector('>>> [role="dialog"]', { hidden: true });
    expect(await focus(), key).toMatchObject({ host: 'sockscope-badge', inner: 'button.badge', expanded: 'false' });
  }
  expect(pageErrors).toEqual([]);
});
