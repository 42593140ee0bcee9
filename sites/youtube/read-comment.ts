import { foundAuthor } from '../found-author';
import type { FoundAuthor } from '../types';
import { hashtagsOf } from '../../utils/dom/hashtags';
import { plainText, plainTextLine } from '../../utils/dom/plain-text';
import { allOutside, firstOutside } from '../../utils/dom/query';
import { pickAvatar } from './avatar-url';
import { atHandleRef, bestChannelRef } from './channel-link';
import { nameOrNull } from './display-name';
import { YT_SELECTORS } from './selectors';

/** A comment or reply (`ytd-comment-view-model` 2023–2025, `ytd-comment-renderer` 2017–2023). */
export function readComment(el: Element, pageUrl: string): FoundAuthor | null {
  // A comment never contains another one today, but keep any nested one out of this one's fields.
  const nested = allOutside(el, YT_SELECTORS.comment).filter((c) => c !== el);
  const authorEl = firstOutside(el, YT_SELECTORS.commentAuthor, nested);
  const thumb = firstOutside(el, ['#author-thumbnail'], nested);
  const links = [authorEl, ...(thumb ? allOutside(thumb, 'a[href]', nested) : [])].filter((e): e is Element => e !== null);
  const shown = plainTextLine(authorEl);
  // Since 2023 comments show "@handle" where the name was: a handle (even when the link is /channel/UC…),
  // not a display name. 2018 showed the name, and repeated it in the avatar's alt.
  const ref = bestChannelRef(links, pageUrl, atHandleRef(shown));
  const handle = ref?.handle ?? null;
  const { img, url: avatarUrl } = pickAvatar(el, YT_SELECTORS.commentAvatar, pageUrl, nested);
  const displayName = nameOrNull(shown, handle) ?? nameOrNull(img?.getAttribute('alt') ?? null, handle);
  if (handle === null && displayName === null) return null;
  const textEl = firstOutside(el, YT_SELECTORS.commentText, nested);
  const text = plainText(textEl);
  const isReply = el.closest(YT_SELECTORS.replies) !== null || el.matches(YT_SELECTORS.replyAttr);
  const kind = isReply ? 'reply' : 'comment';
  // Comments only show relative times ("1 week ago"); there is no machine-readable one.
  const content = { text, hashtags: hashtagsOf([textEl], text), time: null };
  return foundAuthor('youtube', kind, { handle, displayName, profileUrl: ref?.profileUrl ?? null, avatarUrl }, content, { root: el, anchor: authorEl?.closest('h3') ?? authorEl, avatarEl: img });
}
