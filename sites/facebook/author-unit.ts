import { plainTextLine } from '../../utils/dom/plain-text';
import { allOutside } from '../../utils/dom/query';
import { type ProfileRef, profileRefOf } from './profile-link';
import { FB_SELECTORS } from './selectors';

/** An avatar link and the name link next to it that point at the same account. */
export interface AuthorUnit {
  ref: ProfileRef;
  nameLink: Element;
  avatarLink: Element | null;
  /** The `<image>` / `<img>` inside the avatar link. */
  avatar: Element | null;
  displayName: string | null;
}

/** A link that names an account by text (no picture inside), with that account; else null. */
export function nameLinkRef(link: Element, pageUrl: string): ProfileRef | null {
  if (link.querySelector(FB_SELECTORS.avatarImage)) return null;
  if (plainTextLine(link) === null) return null;
  return profileRefOf(link.getAttribute('href'), pageUrl);
}

/** Links under `scope` that are not in `exclude`, friends strips or the comment composer. */
function linksIn(scope: Element, exclude: readonly Element[]): Element[] {
  return allOutside(scope, FB_SELECTORS.link, exclude).filter(
    (a) => !a.closest(FB_SELECTORS.otherPeople) && !a.closest(FB_SELECTORS.composer),
  );
}

/**
 * Author units under `scope`, in page order: each avatar link paired with the nearest name link of the same
 * account. Comet draws every author (post, share, comment, photo owner) this way; "X and Y shared" lines
 * have name links without avatars and are skipped.
 */
export function authorUnits(scope: Element, exclude: readonly Element[], pageUrl: string): AuthorUnit[] {
  const links = linksIn(scope, exclude);
  const units: AuthorUnit[] = [];
  for (const avatarLink of links) {
    const avatar = avatarLink.querySelector(FB_SELECTORS.avatarImage);
    if (!avatar) continue;
    const ref = profileRefOf(avatarLink.getAttribute('href'), pageUrl);
    if (!ref || units.some((u) => u.avatarLink?.contains(avatarLink) || avatarLink.contains(u.avatarLink as Node))) continue;
    const nameLink = nearestNameLink(avatarLink, scope, links, ref, pageUrl);
    if (!nameLink) continue;
    if (units.some((u) => u.nameLink === nameLink)) continue; // a second avatar link of the same block
    units.push({ ref, nameLink, avatarLink, avatar, displayName: plainTextLine(nameLink) });
  }
  return units;
}

/** The name link for `ref` in the smallest ancestor of `from` (up to `scope`) that has one. */
export function nearestNameLink(from: Element, scope: Element, links: readonly Element[], ref: ProfileRef, pageUrl: string): Element | null {
  for (let box: Element | null = from.parentElement; box; box = box === scope ? null : box.parentElement) {
    const hit = links.find((a) => box?.contains(a) && nameLinkRef(a, pageUrl)?.handle === ref.handle);
    if (hit) return hit;
  }
  return null;
}

/** The avatar `<image>` / `<img>` of `ref` in the smallest ancestor of `from` (up to `scope`) that has one. */
export function nearestAvatar(from: Element, scope: Element, exclude: readonly Element[], ref: ProfileRef, pageUrl: string): Element | null {
  const links = linksIn(scope, exclude);
  for (let box: Element | null = from.parentElement; box; box = box === scope ? null : box.parentElement) {
    for (const a of links) {
      if (!box.contains(a) || profileRefOf(a.getAttribute('href'), pageUrl)?.handle !== ref.handle) continue;
      const img = a.querySelector(FB_SELECTORS.avatarImage);
      if (img) return img;
    }
  }
  return null;
}

/** The largest ancestor of `start` below `limit` that contains none of `others`: the start's own block. */
export function ownBlock(start: Element, limit: Element, others: readonly Element[]): Element {
  let cur = start;
  for (let up = cur.parentElement; up && up !== limit; up = up.parentElement) {
    const box = up;
    if (others.some((o) => box.contains(o))) break;
    cur = box;
  }
  return cur;
}
