import type { FoundAuthor, SiteAdapter } from '../types';
import { shareAccountIds } from '../account-ids';
import { queryAllWithSelf } from '../../utils/dom/query';
import { youtubeAnalysisUrl } from './avatar-url';
import { isYoutubeHost } from './channel-link';
import { readChannelHeader } from './read-channel-header';
import { readComment } from './read-comment';
import { readFeedItem } from './read-feed-item';
import { readVideoOwner } from './read-video-owner';
import { YT_SELECTORS } from './selectors';
import { channelIdOf } from './channel-ids';

type Reader = (el: Element, pageUrl: string) => FoundAuthor | null;

/** Which reader handles which element; the first matching row wins. */
const READERS: readonly (readonly [string, Reader])[] = [
  [YT_SELECTORS.comment, readComment],
  [YT_SELECTORS.videoOwner, readVideoOwner],
  [YT_SELECTORS.channelHeader, readChannelHeader],
  [YT_SELECTORS.feedItem, readFeedItem],
];

const ALL = READERS.map(([selector]) => selector).join(', ');

/** All authors under `root`: comments, replies, the video owner, feed items and the channel header, in page order. */
function findYoutubeAuthors(root: ParentNode, pageUrl: string): FoundAuthor[] {
  const found: FoundAuthor[] = [];
  for (const el of queryAllWithSelf(root, ALL)) {
    if (el.closest(YT_SELECTORS.template) || el.closest(YT_SELECTORS.hiddenPage)) continue;
    // 2025 home items wrap a lockup view-model inside a rich item: read the outer one only.
    if (el.matches(YT_SELECTORS.feedItem) && el.parentElement?.closest(YT_SELECTORS.feedItem)) continue;
    const reader = READERS.find(([selector]) => el.matches(selector))?.[1];
    const author = reader?.(el, pageUrl);
    if (author) found.push(author);
  }
  const doc = (root as Node).ownerDocument ?? (root as Document);
  for (const f of found) {
    const id = channelIdOf(f.data.handle, doc);
    if (id) f.data.accountId = id;
  }
  shareAccountIds(found);
  return found;
}

/** The YouTube adapter. Pure: works on any DOM (browser, linkedom). */
export const youtubeAdapter: SiteAdapter = {
  site: 'youtube',
  matchesUrl: (url: URL) => isYoutubeHost(url.hostname),
  // YouTube swaps pages itself and says so with this event.
  navigationEvents: ['yt-navigate-finish'],
  find: findYoutubeAuthors,
  // Comment threads (replies included) and feed items; owner and channel headers fall back to full scans.
  unitSelector: 'ytd-comment-thread-renderer, ytd-rich-item-renderer, ytd-video-renderer, ytd-compact-video-renderer, ytd-grid-video-renderer, yt-lockup-view-model',
  analysisUrl: youtubeAnalysisUrl,
};
