import type { FoundAuthor } from '../types';
import { plainTextLine } from '../../utils/dom/plain-text';
import { allOutside } from '../../utils/dom/query';
import { nameLinkRef, nearestAvatar } from './author-unit';
import { foundFacebookAuthor } from './found-author';
import { isPost } from './is-post';
import { machineTime, messageText } from './post-parts';
import { FB_SELECTORS } from './selectors';

/** English-only fallback for a comment with no name link; the label is localised, so never the first choice. */
const COMMENT_LABEL = /^(?:Comment|Reply) by (.+?)(?: to .+)?(?: (?:\d+|an?|about) \w+ ago)?$/;

/** A comment or reply (`div[role=article]` under a post or in the photo viewer). */
export function readComment(article: Element, pageUrl: string): FoundAuthor | null {
  const nested = allOutside(article, FB_SELECTORS.article).filter((a) => a !== article);
  const links = allOutside(article, FB_SELECTORS.link, nested);
  const nameLink = links.find((a) => nameLinkRef(a, pageUrl) !== null) ?? null;
  const ref = nameLink ? nameLinkRef(nameLink, pageUrl) : null;
  const labelName = COMMENT_LABEL.exec(article.getAttribute('aria-label') ?? '')?.[1] ?? null;
  const displayName = plainTextLine(nameLink) ?? labelName;
  if (!ref && !displayName) return null; // a loading placeholder
  const avatar = nameLink && ref ? nearestAvatar(nameLink, article, nested, ref, pageUrl) : null;
  const textEl = allOutside(article, FB_SELECTORS.commentText.join(', '), nested).find((el) => !el.closest('a')) ?? null;
  const kind = isReply(article) ? 'reply' : 'comment';
  return foundFacebookAuthor(kind, { ref, displayName, nameLink, avatar }, article, { el: textEl, text: messageText(textEl) }, machineTime(article), pageUrl);
}

/** Comet nests reply lists inside the parent comment's list item (2021–2025) or, lately, inside its article. */
function isReply(article: Element): boolean {
  const parent = article.parentElement?.closest(FB_SELECTORS.article);
  if (parent && !isPost(parent)) return true;
  return article.closest('li')?.parentElement?.closest('li') != null;
}
