import { foundAuthor } from '../found-author';
import type { FoundAuthor } from '../types';
import type { PostKind } from '../../core/sighting';
import { hashtagsOf } from '../../utils/dom/hashtags';
import type { ChannelRef } from './channel-link';

/** The parts a channel-level reader (feed item, video owner, channel header) has found. */
export interface ChannelParts {
  ref: ChannelRef | null;
  displayName: string | null;
  avatarUrl: string | null;
  text: string | null;
  anchor: Element | null;
  avatarEl: Element | null;
}

/**
 * A channel shown as an author. Time is always null: these places show only relative or localised
 * dates ("3 years ago", "Published on Apr 9, 2018").
 */
export function channelAuthor(kind: PostKind, root: Element, p: ChannelParts): FoundAuthor {
  const who = { handle: p.ref?.handle ?? null, displayName: p.displayName, profileUrl: p.ref?.profileUrl ?? null, avatarUrl: p.avatarUrl };
  return foundAuthor('youtube', kind, who, { text: p.text, hashtags: hashtagsOf([], p.text), time: null }, { root, anchor: p.anchor, avatarEl: p.avatarEl });
}
