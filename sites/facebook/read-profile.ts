import type { FoundAuthor } from '../types';
import { plainTextLine } from '../../utils/dom/plain-text';
import { foundFacebookAuthor } from './found-author';
import { type ProfileRef, profileRefOf } from './profile-link';
import { FB_SELECTORS } from './selectors';

/** The header of a profile page: the main column's h1, its picture, and the account from the URL or its own tabs. */
export function readProfileHeader(h1: Element, pageUrl: string): FoundAuthor | null {
  const displayName = plainTextLine(h1);
  if (!displayName) return null;
  // Climb to the block that also holds the profile picture (an SVG <image>, not in a friends strip).
  let header: Element = h1;
  let avatar: Element | null = null;
  for (let up = h1.parentElement; up && !avatar; up = up.parentElement) {
    header = up;
    avatar = Array.from(up.querySelectorAll('image')).find((img) => !img.closest(FB_SELECTORS.otherPeople)) ?? null;
    if (up.matches('[role="main"]')) break;
  }
  const ref = profileRefOf(pageUrl, pageUrl, true) ?? headerLinkRef(header, pageUrl);
  // The intro / bio sits in a separate card, often collapsed: no text.
  return foundFacebookAuthor('profile', { ref, displayName, nameLink: inlineEnd(h1), avatar }, header, { el: null, text: null }, null, pageUrl);
}

/**
 * Where the header's badge sits inline: after the name's last inline element inside the h1. After the h1
 * itself it took a line of its own and the header grew (Aug 2024 fr profile: 37 → 75 px).
 */
function inlineEnd(h1: Element): Element {
  let el = h1;
  while (el.lastElementChild && !el.lastElementChild.matches('svg, img, image')) el = el.lastElementChild;
  return el;
}

/** The account the header's own links name most often (its friends tab, its friends strip). */
function headerLinkRef(header: Element, pageUrl: string): ProfileRef | null {
  const counts = new Map<string, { ref: ProfileRef; n: number }>();
  for (const a of Array.from(header.querySelectorAll(FB_SELECTORS.link))) {
    const ref = profileRefOf(a.getAttribute('href'), pageUrl, true);
    if (!ref) continue;
    const entry = counts.get(ref.handle) ?? { ref, n: 0 };
    entry.n += 1;
    counts.set(ref.handle, entry);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.ref ?? null;
}
