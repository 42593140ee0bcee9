import { allOutside } from '../../utils/dom/query';
import { plainTextLine } from '../../utils/dom/plain-text';
import { isHandle } from './page-type';
import { X_SELECTORS } from './selectors';

/** Who a post, cell or header is by, read from its name block. */
export interface AuthorBlock {
  handle: string | null;
  displayName: string | null;
  /** The badge goes after this element. */
  anchor: Element | null;
}

const EMPTY: AuthorBlock = { handle: null, displayName: null, anchor: null };

/** Read a 2022–2026 `User-Name` / profile `UserName` block: first child = display name, then `@handle`. */
export function readUserNameBlock(block: Element): AuthorBlock {
  const handle = handleFromAtText(block) ?? handleFromLinks(block);
  const first = block.firstElementChild;
  let displayName = first ? plainTextLine(first) : null;
  if (displayName === null || displayName.startsWith('@')) displayName = nameBeforeHandle(plainTextLine(block), handle);
  // After the name row, like X's own verified mark: the badge reads as part of the author's name.
  return { handle, displayName, anchor: block.firstElementChild ?? block };
}

/**
 * Read an author from profile links when there is no `User-Name` block: the 2021 layout (one link holds
 * "Name@handle") and user cells (a name link, then an `@handle` link).
 */
export function readLinkedAuthor(region: Element, exclude: readonly Element[]): AuthorBlock {
  const skip = [...exclude, ...allOutside(region, X_SELECTORS.socialContext, exclude)];
  const links = allOutside(region, X_SELECTORS.link, skip)
    .map((el) => ({ el, handle: profileHandleOf(el.getAttribute('href')), text: plainTextLine(el) }))
    .filter((l): l is { el: Element; handle: string; text: string | null } => l.handle !== null);
  const withAt = links.find((l) => l.text !== null && l.text.toLowerCase().includes(`@${l.handle.toLowerCase()}`));
  if (!withAt) return EMPTY;
  const handle = withAt.text?.match(/@([A-Za-z0-9_]+)/)?.[1] ?? withAt.handle;
  const nameLink = links.find((l) => l.handle.toLowerCase() === handle.toLowerCase() && l.text && !l.text.startsWith('@'));
  if (!nameLink) return { handle, displayName: null, anchor: withAt.el };
  const dirAuto = nameLink.el.querySelector('div[dir="auto"]');
  const displayName = (dirAuto ? plainTextLine(dirAuto) : null) ?? nameBeforeHandle(nameLink.text, handle);
  return { handle, displayName, anchor: nameLink.el };
}

/** A site-relative link to a profile, "/jack" (with a trailing slash, query or fragment at most). */
const RELATIVE_PROFILE = /^\/([A-Za-z0-9_]{1,50})\/?(?:[?#]|$)/;

/** The handle of a profile link (`/jack`, `https://x.com/jack`, `https://twitter.com/jack`), else null. */
export function profileHandleOf(href: string | null): string | null {
  if (!href) return null;
  // X's own links are relative ("/jack"): those need no URL parsing, which a post's dozen links made costly.
  const relative = RELATIVE_PROFILE.exec(href);
  if (relative) return relative[1] as string;
  let path: string;
  try {
    const url = new URL(href, 'https://x.com/');
    if (!/(^|\.)(x|twitter)\.com$/.test(url.hostname)) return null;
    path = url.pathname;
  } catch {
    return null;
  }
  const segments = path.split('/').filter(Boolean);
  const only = segments[0];
  return segments.length === 1 && only !== undefined && isHandle(only) ? only : null;
}

function handleFromAtText(block: Element): string | null {
  for (const el of Array.from(block.querySelectorAll('*'))) {
    // Native textContent first: walking every element's subtree for its plain text made this quadratic
    // (a third of the content script's time on a 500-post page). Only text starting with '@' can match.
    const raw = el.textContent;
    if (!raw || raw.length > 120 || !/^\s*@/.test(raw)) continue;
    const match = /^@([A-Za-z0-9_]{1,50})$/.exec(plainTextLine(el) ?? '');
    if (match?.[1]) return match[1];
  }
  return null;
}

function handleFromLinks(block: Element): string | null {
  for (const link of Array.from(block.querySelectorAll(X_SELECTORS.link))) {
    const handle = profileHandleOf(link.getAttribute('href'));
    if (handle) return handle;
  }
  return null;
}

/** "Alex V @ NeurIPS@altryne·8h" → "Alex V @ NeurIPS": cut at the author's own @handle, not any '@'. */
function nameBeforeHandle(text: string | null, handle: string | null): string | null {
  if (!text) return null;
  if (!handle) return text;
  const at = text.toLowerCase().lastIndexOf(`@${handle.toLowerCase()}`);
  const name = (at >= 0 ? text.slice(0, at) : text).trim();
  return name === '' ? null : name;
}
