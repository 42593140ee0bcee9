import { hashtagsOf } from '../../utils/dom/hashtags';
import type { PostKind } from '../../core/sighting';
import { foundAuthor } from '../found-author';
import type { FoundAuthor } from '../types';
import { avatarUrlOf } from './avatar';
import type { AuthorUnit } from './author-unit';
import type { ProfileRef } from './profile-link';

/** Who a Facebook author is, as read from the page: an author unit, or what a comment or header gives. */
export interface FacebookWho extends Pick<AuthorUnit, 'displayName' | 'avatar'> {
  ref: ProfileRef | null;
  /** The badge goes after this element (the name link; a profile header's h1). */
  nameLink: Element | null;
}

/** What the author wrote there: the message element (for its hashtag links) and its text. */
export interface FacebookMessage {
  el: Element | null;
  text: string | null;
}

/** A Facebook author as the content script gets it; hashtags come from the message's text and links. */
export function foundFacebookAuthor(kind: PostKind, who: FacebookWho, root: Element, message: FacebookMessage, time: string | null, pageUrl: string): FoundAuthor {
  const avatarUrl = avatarUrlOf(who.avatar, pageUrl);
  const content = { text: message.text, hashtags: hashtagsOf([message.el], message.text), time };
  return foundAuthor('facebook', kind, { handle: who.ref?.handle ?? null, displayName: who.displayName, profileUrl: who.ref?.profileUrl ?? null, avatarUrl }, content, { root, anchor: who.nameLink, avatarEl: who.avatar });
}
