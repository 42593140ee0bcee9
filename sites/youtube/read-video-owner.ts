import type { FoundAuthor } from '../types';
import { channelAuthor } from './channel-author';
import { plainTextLine } from '../../utils/dom/plain-text';
import { allOutside, firstOutside } from '../../utils/dom/query';
import { pickAvatar } from './avatar-url';
import { bestChannelRef } from './channel-link';
import { nameOrNull } from './display-name';
import { YT_SELECTORS } from './selectors';

/** The channel that owns the video on a watch page; its text is the video title. */
export function readVideoOwner(el: Element, pageUrl: string): FoundAuthor | null {
  // 2018 links the avatar to /user/… and the name to /channel/UC…; the best-ranked link wins.
  const ref = bestChannelRef(allOutside(el, YT_SELECTORS.channelLink), pageUrl);
  const nameEl = firstOutside(el, YT_SELECTORS.ownerName);
  const displayName = nameOrNull(plainTextLine(nameEl), ref?.handle ?? null);
  if (ref === null && displayName === null) return null; // an empty owner block of a hidden watch page
  const { img, url: avatarUrl } = pickAvatar(el, YT_SELECTORS.ownerAvatar, pageUrl);
  const page = el.closest('ytd-watch-flexy, ytd-watch') ?? el.ownerDocument;
  const titleEl = page ? firstOutside(page, YT_SELECTORS.watchTitle) : null;
  const text = plainTextLine(titleEl);
  return channelAuthor('video-owner', el, { ref, displayName, avatarUrl, text, anchor: nameEl, avatarEl: img });
}
