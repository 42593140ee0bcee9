import type { FoundAuthor } from '../types';
import { channelAuthor } from './channel-author';
import { plainTextLine } from '../../utils/dom/plain-text';
import { allOutside, firstOutside } from '../../utils/dom/query';
import { pickAvatar } from './avatar-url';
import { bestChannelRef } from './channel-link';
import { nameOrNull } from './display-name';
import { YT_SELECTORS } from './selectors';

/** A video on a home / search / subscription feed, a channel grid or the watch sidebar; text = title. */
export function readFeedItem(el: Element, pageUrl: string): FoundAuthor | null {
  // Ads link to googleadservices, not a channel; a mix names several artists, none of them its author.
  if (allOutside(el, YT_SELECTORS.ad).length > 0 || allOutside(el, YT_SELECTORS.mix).length > 0) return null;
  const ref = bestChannelRef(allOutside(el, YT_SELECTORS.channelLink), pageUrl);
  const nameEl = firstOutside(el, YT_SELECTORS.feedName);
  const displayName = nameOrNull(plainTextLine(nameEl), ref?.handle ?? null);
  // Shorts shelves, mixes and playlists name no channel: nothing to badge.
  if (ref === null && displayName === null) return null;
  const { img, url: avatarUrl } = pickAvatar(el, YT_SELECTORS.feedAvatar, pageUrl);
  const text = plainTextLine(firstOutside(el, YT_SELECTORS.feedTitle));
  return channelAuthor('feed-item', el, { ref, displayName, avatarUrl, text, anchor: nameEl, avatarEl: img });
}
