/** What a badge shows: its author, its state, and the text of its reasons panel (band, risk, every reason). */
export interface BadgeView {
  handle: string;
  state: string;
  panel: string;
}

/**
 * Every badge of the page with its panel's text, read by opening each panel in turn (a click on the badge)
 * and closing it again. A string, for page.evaluate in Playwright and puppeteer alike: tsx would wrap a
 * function in a helper the page lacks.
 */
export const READ_BADGE_VIEWS = `(async () => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
  const out = [];
  for (const host of document.querySelectorAll('sockscope-badge')) {
    const button = host.shadowRoot?.querySelector('button.badge');
    if (!button) continue;
    const handle = /\\(@([^)]+)\\)/.exec(button.getAttribute('aria-label') ?? '')?.[1] ?? '';
    button.click();
    await frame();
    let panel = document.querySelector('sockscope-layer')?.shadowRoot?.querySelector('[role="dialog"]');
    // The panel's photo reads "Photo no longer available" once its load fails: wait (2 s at most) until every
    // image in it has loaded or failed, and a frame more for that state to render, so two readings agree.
    for (let i = 0; i < 40 && panel && [...panel.querySelectorAll('img')].some((img) => !img.complete); i++) await frame();
    await frame();
    panel = document.querySelector('sockscope-layer')?.shadowRoot?.querySelector('[role="dialog"]');
    out.push({ handle, state: button.getAttribute('data-state') ?? '', panel: (panel?.textContent ?? '').replace(/\\s+/g, ' ').trim() });
    if (panel) button.click();
    await frame();
  }
  return out.sort((a, b) => a.handle.localeCompare(b.handle));
})()`;

/** The account risk a panel states ("Account risk 45/100"), or null. */
export function riskOf(view: BadgeView): number | null {
  const m = /Account risk (\d+)\/100/.exec(view.panel);
  return m ? Number(m[1]) : null;
}

/** Which badges changed risk and which changed state between two readings of the same page, and a line saying how. */
export function changesBetween(before: readonly BadgeView[], after: readonly BadgeView[]): { risk: string[]; state: string[]; line: string } {
  const changed = (f: (b: BadgeView) => unknown) => before.filter((b, i) => after[i] && f(b) !== f(after[i])).map((b) => b.handle);
  const line = before.map((b, i) => `${b.handle} ${b.state} ${riskOf(b)} → ${after[i]?.state} ${after[i] ? riskOf(after[i]) : null}`).join('; ');
  return { risk: changed(riskOf), state: changed((b) => b.state), line };
}
