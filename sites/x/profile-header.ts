import type { FoundAuthor } from '../types';
import { readUserNameBlock } from './author-block';
import { avatarIn, type FoundAvatar } from './avatar';
import { bioContent, foundXAuthor } from './found-author';
import { X_SELECTORS } from './selectors';
import { bannerUserId, joinedMonth } from './account-id';

/** How far above the `UserName` block to look for the header's avatar and bio. */
const MAX_CLIMB = 8;

/** The account of a profile page, from its header's `UserName` block. */
export function extractProfileHeader(nameBlock: Element, pageUrl: string): FoundAuthor {
  const author = readUserNameBlock(nameBlock);
  let region: Element = nameBlock;
  let avatar: FoundAvatar = { el: null, url: null };
  let bio: Element | null = null;
  for (let i = 0; i < MAX_CLIMB && region.parentElement; i++) {
    region = region.parentElement;
    // Stop before the timeline below the header: its posts carry other people's avatars.
    if (region.querySelector(X_SELECTORS.postInner)) break;
    bio ??= region.querySelector(X_SELECTORS.profileBio);
    if (avatar.el === null) {
      const container = headerAvatar(region, author.handle);
      if (container) avatar = avatarIn(container, pageUrl);
    }
    if (bio && avatar.el) break;
  }
  const found = foundXAuthor('profile', author, avatar, region, bioContent(bio));
  // The header region reaches up to the banner and the "Joined" line of this profile, not the timeline.
  const top = region.parentElement?.parentElement ?? region;
  const id = bannerUserId(top);
  if (id) found.data.accountId = id;
  const joined = joinedMonth(top);
  if (joined) found.data.joined = joined;
  return found;
}

function headerAvatar(region: Element, handle: string | null): Element | null {
  const byHandle = handle ? region.querySelector(`[data-testid="${X_SELECTORS.avatarContainerPrefix}${handle}"]`) : null;
  return byHandle ?? region.querySelector(`${X_SELECTORS.profilePhotoLink} ${X_SELECTORS.avatar[1]}`) ?? region.querySelector(X_SELECTORS.profilePhotoLink);
}
