import type { AuthorOccurrence, PostKind, Site } from '../core/sighting';
import type { FoundAuthor } from './types';

/** Who was found, as the page names them. */
export type FoundWho = Pick<AuthorOccurrence, 'handle' | 'displayName' | 'profileUrl' | 'avatarUrl'>;

/** What the author wrote where they were found (a post, a comment, a bio), and when. */
export type FoundContent = Pick<AuthorOccurrence, 'text' | 'hashtags' | 'time'>;

/** Where on the page: the unit they belong to, the element the badge follows, their avatar element. */
export type FoundPlace = Omit<FoundAuthor, 'data'>;

/** One author as the content script gets it, the same field order on every site (`sockscope extract` prints it). */
export function foundAuthor(site: Site, kind: PostKind, who: FoundWho, content: FoundContent, place: FoundPlace): FoundAuthor {
  return {
    data: { site, kind, handle: who.handle, displayName: who.displayName, profileUrl: who.profileUrl, avatarUrl: who.avatarUrl, text: content.text, hashtags: content.hashtags, time: content.time },
    root: place.root,
    anchor: place.anchor,
    avatarEl: place.avatarEl,
  };
}
