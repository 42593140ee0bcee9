import type { Page } from 'puppeteer-core';

/** One badge as the page shows it. */
export interface BadgeView {
  state: string;
  label: string;
}

/** A string (not a function) so that tsx's helpers never reach the page. */
const READ_BADGES = `[...document.querySelectorAll('sockscope-badge')].map((h) => {
  const b = h.shadowRoot?.querySelector('button.badge');
  return { state: b?.getAttribute('data-state') ?? '', label: b?.getAttribute('aria-label') ?? '' };
})`;

/** Every badge on the page, in document order. */
export function badges(page: Page): Promise<BadgeView[]> {
  return page.evaluate(READ_BADGES) as Promise<BadgeView[]>;
}

/** Wait until the page has `count` badges (at least one when omitted) and none is still checking. */
export async function waitSettled(page: Page, count?: number, timeout = 30_000): Promise<BadgeView[]> {
  const enough = count === undefined ? 'all.length > 0' : `all.length === ${count}`;
  await page.waitForFunction(`(() => { const all = ${READ_BADGES}; return ${enough} && all.every((b) => b.state && b.state !== 'checking'); })()`, {
    timeout,
    polling: 200,
  });
  return badges(page);
}

/** Wait until at least one badge has its result (a cold start's first answer). */
export async function waitFirstSettled(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(`${READ_BADGES}.some((b) => b.state && b.state !== 'checking')`, { timeout, polling: 50 });
}

/** The badge of the author with this handle (the label names it as "(@handle)"). */
export function badgeOf(all: BadgeView[], handle: string): BadgeView | undefined {
  return all.find((b) => b.label.includes(`(@${handle})`));
}

/** The selector of that badge's button, for clicks (`>>>` pierces the badge's shadow root). */
export function badgeButton(handle: string): string {
  return `>>> button.badge[aria-label*="(@${handle})"]`;
}
