import type { FoundAuthor } from '../types';
import { allOutside, isInsideAny } from '../../utils/dom/query';
import { plainText } from '../../utils/dom/plain-text';
import { readLinkedAuthor } from './author-block';
import { findAvatar } from './avatar';
import { bioContent, foundXAuthor } from './found-author';

/** The account in a `UserCell` row (followers, following, search, "Who to follow"); text is the bio. */
export function extractUserCell(cell: Element, pageUrl: string): FoundAuthor {
  const author = readLinkedAuthor(cell, []);
  const avatar = findAvatar(cell, [], author.handle, pageUrl);
  return foundXAuthor('user-cell', { ...author, anchor: author.anchor && inlineEnd(author.anchor) }, avatar, cell, bioContent(bioOf(cell)));
}

/**
 * Where the badge sits inline in a user cell: at the end of the name row inside the name link (after the
 * name and the verified mark, like X's own marks). The link itself sits in a column with the @handle below
 * it (2024–2026 "Who to follow", followers lists), so a badge after the link took a line of its own and
 * the row grew from 40 to 56 px. The badge's click never follows the link (it stops the event).
 */
function inlineEnd(nameLink: Element): Element {
  const row = nameLink.firstElementChild;
  const last = row && row.children.length > 0 ? row.lastElementChild : null;
  return last ?? nameLink;
}

/**
 * The bio has no testid in user cells: it is the `div[dir=auto]` outside the links and buttons.
 * The hidden "Click to Follow …" tooltip is also `dir=auto`, hence the display check.
 */
function bioOf(cell: Element): Element | null {
  const skip = allOutside(cell, 'a[href], button, [data-testid="userFollowIndicator"]');
  return (
    allOutside(cell, 'div[dir="auto"]', skip).find(
      (el) => !/display\s*:\s*none/.test(el.getAttribute('style') ?? '') && !isInsideAny(el, skip) && plainText(el) !== null,
    ) ?? null
  );
}
