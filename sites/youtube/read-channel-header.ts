import type { FoundAuthor } from '../types';
import { channelAuthor } from './channel-author';
import { plainText, plainTextLine } from '../../utils/dom/plain-text';
import { allOutside, firstOutside } from '../../utils/dom/query';
import { pickAvatar } from './avatar-url';
import { atHandleRef, type ChannelRef, channelRefOf } from './channel-link';
import { nameOrNull } from './display-name';
import { YT_SELECTORS } from './selectors';

/** The header of a channel page. The header rarely links to itself, so the handle comes from its "@handle" row or the URL. */
export function readChannelHeader(el: Element, pageUrl: string): FoundAuthor | null {
  const ref = handleRow(el) ?? channelRefOf(pageUrl, pageUrl);
  const nameEl = firstOutside(el, YT_SELECTORS.headerName);
  const displayName = nameOrNull(plainTextLine(nameEl), ref?.handle ?? null);
  if (ref === null && displayName === null) return null;
  const { img, url: avatarUrl } = pickAvatar(el, YT_SELECTORS.headerAvatar, pageUrl);
  const text = plainText(firstOutside(el, YT_SELECTORS.headerDescription));
  return channelAuthor('profile', el, { ref, displayName, avatarUrl, text, anchor: nameEl, avatarEl: img });
}

/** 2024–2025 headers print "@handle" in a metadata row (text, not a link). */
function handleRow(el: Element): ChannelRef | null {
  for (const span of allOutside(el, YT_SELECTORS.headerMeta)) {
    const ref = atHandleRef(plainTextLine(span));
    if (ref) return ref;
  }
  return null;
}
