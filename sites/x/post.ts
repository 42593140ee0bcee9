import type { FoundAuthor } from '../types';
import type { PostKind } from '../../core/sighting';
import { allOutside } from '../../utils/dom/query';
import { readLinkedAuthor, readUserNameBlock } from './author-block';
import { findAvatar } from './avatar';
import { foundXAuthor } from './found-author';
import type { XPage } from './page-type';
import { readPostText } from './post-text';
import { readPostTime } from './post-time';
import { readRepost } from './repost-context';
import { quoteContainerOf } from './quote';
import { hasReplyMarker } from './reply-marker';
import { X_SELECTORS } from './selectors';

/** What a `find` call knows about the page while it walks the posts in document order. */
export interface XScanState {
  pageUrl: string;
  page: XPage;
  focalSeen: boolean;
}

/** The author of a post `article` and of each post quoted inside it (outer first). */
export function extractPost(article: Element, state: XScanState): FoundAuthor[] {
  const nameBlocks = allOutside(article, X_SELECTORS.userName);
  const quotes = nameBlocks.slice(1).map((block) => ({ block, region: quoteContainerOf(block, article) }));
  const quoteRegions = quotes.map((q) => q.region);
  const outer = extractOne(article, quoteRegions, nameBlocks[0] ?? null, state, null);
  const inner = quotes.map((q) => extractOne(q.region, [], q.block, state, 'quote'));
  return [outer, ...inner];
}

function extractOne(
  region: Element,
  exclude: readonly Element[],
  nameBlock: Element | null,
  state: XScanState,
  fixedKind: PostKind | null,
): FoundAuthor {
  const author = nameBlock ? readUserNameBlock(nameBlock) : readLinkedAuthor(region, exclude);
  const avatar = findAvatar(region, exclude, author.handle, state.pageUrl);
  const { text, hashtags, elements } = readPostText(region, exclude);
  const { time, statusId } = readPostTime(region, exclude);
  const skip = [...exclude, ...elements, ...(author.anchor ? [author.anchor] : [])];
  const kind = fixedKind ?? postKind(region, statusId, state, () => hasReplyMarker(region, skip, author.handle));
  const found = foundXAuthor(kind, author, avatar, region, { text, hashtags, time });
  // A quoted post has no repost line of its own; the outer post's line is about the outer post.
  const repost = fixedKind === null ? readRepost(region, exclude, statusId, author.handle) : null;
  if (repost) found.data.repost = repost;
  return found;
}

function postKind(region: Element, statusId: string | null, state: XScanState, isReply: () => boolean): PostKind {
  const { page } = state;
  if (page.type === 'status' && statusId !== null && statusId === page.statusId) {
    state.focalSeen = true;
    return 'focal';
  }
  // Saved fragments have no page URL; X renders only the focal post unfocusable (tabindex=-1).
  if (page.type === 'other' && region.getAttribute('tabindex') === '-1') return 'focal';
  if (page.type === 'status' && state.focalSeen) return 'reply';
  return isReply() ? 'reply' : 'post';
}
