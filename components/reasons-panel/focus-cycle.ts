/** What Tab can reach inside the panel: its close button and the reasons' links. */
const FOCUSABLE = 'button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/**
 * Keeps Tab inside the panel, like a dialog: from the last control back to the first, and Shift+Tab the
 * other way. The panel lives in a layer at the end of the page, so without this Tab would leave it for
 * the browser's own controls, far from the badge. Returns true when it moved the focus.
 */
export function cycleFocus(e: KeyboardEvent, panel: HTMLElement): boolean {
  if (e.key !== 'Tab') return false;
  const items = [...panel.querySelectorAll<HTMLElement>(FOCUSABLE)];
  if (items.length === 0) return false;
  const root = panel.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const next = e.shiftKey ? (active === first || active === panel ? last : null) : active === last || active === panel ? first : null;
  if (!next) return false;
  e.preventDefault();
  next.focus();
  return true;
}
