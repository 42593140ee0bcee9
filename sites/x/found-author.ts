import type { PostKind } from '../../core/sighting';
import { plainText } from '../../utils/dom/plain-text';
import { foundAuthor, type FoundContent } from '../found-author';
import type { FoundAuthor } from '../types';
import type { AuthorBlock } from './author-block';
import type { FoundAvatar } from './avatar';
import { hashtagsIn } from './post-text';

/** An X author as the content script gets it; the profile URL follows from the handle. */
export function foundXAuthor(kind: PostKind, author: AuthorBlock, avatar: FoundAvatar, root: Element, content: FoundContent): FoundAuthor {
  const profileUrl = author.handle ? `https://x.com/${author.handle}` : null;
  const who = { handle: author.handle, displayName: author.displayName, profileUrl, avatarUrl: avatar.url };
  return foundAuthor('x', kind, who, content, { root, anchor: author.anchor, avatarEl: avatar.el });
}

/** A bio as the account's text (profile header, user cell), with its hashtags; accounts carry no time. */
export function bioContent(bio: Element | null): FoundContent {
  const text = bio ? plainText(bio) : null;
  return { text, hashtags: bio ? hashtagsIn([bio], text) : [], time: null };
}
