import { plainText } from '../../utils/dom/plain-text';
import { firstOutside } from '../../utils/dom/query';
import { FB_SELECTORS } from './selectors';

/** Elements an ARIA attribute (`aria-labelledby`, `aria-describedby`) of `el` names, inside `el`. */
export function ariaTargets(el: Element, attr: 'aria-labelledby' | 'aria-describedby'): (Element | null)[] {
  const ids = (el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean);
  // Comet ids look like «R5akd…» or :rc4:; quote them instead of escaping for a CSS id selector.
  return ids.map((id) => el.querySelector(`[id="${id.replace(/["\\]/g, '\\$&')}"]`));
}

/**
 * A post's message element: the second `aria-describedby` target (Comet lists time, message, attachment,
 * reactions, comments, 2021–2025), then the data-ad roles; never inside `exclude` (comments, other shares).
 */
export function postMessage(post: Element, block: Element, exclude: readonly Element[]): Element | null {
  const described = ariaTargets(post, 'aria-describedby')[1] ?? null;
  const outside = (el: Element | null): el is Element => el !== null && !exclude.some((x) => x.contains(el));
  if (outside(described) && block.contains(described) && plainText(described) !== null) return described;
  return firstOutside(block, FB_SELECTORS.postMessage, exclude);
}

/** ISO time from a machine-readable timestamp (old `abbr[data-utime]`, `time[datetime]`); Comet's are scrambled. */
export function machineTime(block: Element): string | null {
  const utime = block.querySelector('abbr[data-utime]')?.getAttribute('data-utime');
  if (utime && /^\d+$/.test(utime)) return new Date(Number(utime) * 1000).toISOString();
  const datetime = block.querySelector('time[datetime]')?.getAttribute('datetime');
  if (!datetime) return null;
  const date = new Date(datetime);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Plain text of a message; Comet puts each paragraph in its own `div[dir=auto]`, kept here as lines. */
export function messageText(el: Element | null): string | null {
  if (!el) return null;
  const paragraphs = Array.from(el.querySelectorAll('div[dir="auto"]')).filter((d) => !d.querySelector('div[dir="auto"]'));
  if (paragraphs.length < 2) return plainText(el);
  const lines = paragraphs.map((p) => plainText(p)).filter((t): t is string => t !== null);
  return lines.length > 0 ? lines.join('\n') : null;
}
