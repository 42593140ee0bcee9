import type { FoundAuthor } from '../types';
import { plainTextLine } from '../../utils/dom/plain-text';
import { allOutside } from '../../utils/dom/query';
import { type AuthorUnit, authorUnits, nameLinkRef, nearestAvatar, ownBlock } from './author-unit';
import { foundFacebookAuthor } from './found-author';
import { ariaTargets, machineTime, messageText, postMessage } from './post-parts';
import { FB_SELECTORS } from './selectors';

/**
 * Authors of a feed / group / timeline post: its author (the `aria-labelledby` heading or
 * `profile_name`), plus people whose share of it the story shows ("X and Y shared a post").
 */
export function readPost(post: Element, pageUrl: string): FoundAuthor[] {
  const comments = allOutside(post, FB_SELECTORS.article).filter((a) => a !== post);
  const units = authorUnits(post, comments, pageUrl);
  const mainLink = labelledLink(post, pageUrl) ?? firstNameLink(post, comments, pageUrl) ?? units[0]?.nameLink ?? null;
  const mainRef = mainLink ? nameLinkRef(mainLink, pageUrl) : null;
  if (!mainLink || !mainRef) return [];
  const others = units.filter((u) => u.ref.handle !== mainRef.handle);
  const mainAvatar = units.find((u) => u.ref.handle === mainRef.handle)?.avatar ?? nearestAvatar(mainLink, post, comments, mainRef, pageUrl);
  const mainMarks = [mainLink, ...(mainAvatar ? [mainAvatar] : [])];
  const blocks = others.map((u, i) => ownBlock(u.avatarLink ?? u.nameLink, post, [...mainMarks, ...marksOf(others.filter((_, j) => j !== i))]));
  const main: AuthorUnit = { ref: mainRef, nameLink: mainLink, avatarLink: null, avatar: mainAvatar, displayName: plainTextLine(mainLink) };
  const found = [occurrence(post, post, main, [...comments, ...blocks], pageUrl)];
  others.forEach((u, i) => found.push(occurrence(post, blocks[i] ?? post, u, comments, pageUrl)));
  return found;
}

function marksOf(units: readonly AuthorUnit[]): Element[] {
  return units.flatMap((u) => [u.nameLink, ...(u.avatarLink ? [u.avatarLink] : [])]);
}

/** The author link inside the heading the post's `aria-labelledby` names (2021–2025). */
function labelledLink(post: Element, pageUrl: string): Element | null {
  const heading = ariaTargets(post, 'aria-labelledby')[0];
  if (!heading) return null;
  return Array.from(heading.querySelectorAll(FB_SELECTORS.link)).find((a) => nameLinkRef(a, pageUrl) !== null) ?? null;
}

function firstNameLink(post: Element, comments: readonly Element[], pageUrl: string): Element | null {
  for (const selector of FB_SELECTORS.postAuthor) {
    const hit = allOutside(post, selector, comments).find((a) => nameLinkRef(a, pageUrl) !== null);
    if (hit) return hit;
  }
  return null;
}

function occurrence(post: Element, block: Element, unit: AuthorUnit, exclude: readonly Element[], pageUrl: string): FoundAuthor {
  const messageEl = postMessage(post, block, exclude);
  const time = machineTime(block === post ? unit.nameLink.parentElement ?? post : block);
  return foundFacebookAuthor('post', unit, block, { el: messageEl, text: messageText(messageEl) }, time, pageUrl);
}
