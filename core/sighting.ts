import type { Site } from '../sites/registry';

export type { Site } from '../sites/registry';

/** Where on the page an author was found. */
export const POST_KINDS = [
  'post', // a post in a timeline / feed
  'reply', // a reply or comment reply
  'focal', // the main post of a status page
  'quote', // an author quoted inside another post
  'profile', // the header of a profile / channel page
  'user-cell', // a row of a follower / following / search user list
  'comment', // a top-level comment (YouTube, Facebook)
  'video-owner', // the channel that owns a video (YouTube watch page)
  'feed-item', // a channel shown on a YouTube home / search / subscription feed item
] as const;
export type PostKind = (typeof POST_KINDS)[number];

/** A repost seen on a page: who reposted which post, and the repost count the page showed beside it. */
export interface RepostSighting {
  /** The reposter's handle (without '@'). */
  by: string;
  byName: string | null;
  /** The original post's id and author. */
  postId: string | null;
  author: string | null;
  /** The repost count shown beside the original; null when the page showed none. */
  shownCount: number | null;
}

/** Branded handle so handles of different sites can't be mixed up by accident. */
export type Handle = string & { readonly __brand: 'Handle' };

/**
 * One author occurrence on a page, as `sockscope extract --json` prints it.
 * Strings are plain text (never HTML). Missing parts are null, never ''.
 */
export interface AuthorOccurrence {
  site: Site;
  kind: PostKind;
  /** Without the leading '@' (X, YouTube @handles) or the profile slug / numeric id (Facebook). */
  handle: string | null;
  displayName: string | null;
  /** Absolute URL. */
  profileUrl: string | null;
  /** As found in the page, resolved against the page URL. */
  avatarUrl: string | null;
  text: string | null;
  /** Without '#', in page order, de-duplicated. */
  hashtags: string[];
  /** ISO 8601 when the page has a machine-readable time, else null. */
  time: string | null;
  /**
   * The platform's id that survives renames, where the page shows it: X's numeric user id, YouTube's
   * channel id (UC…), Facebook's numeric id. Absent or null when the page doesn't say.
   */
  accountId?: string | null;
  /** When the account was created ("2011-03" or a full ISO date), where the page shows it. */
  joined?: string | null;
  /**
   * Set when the post was shown because someone else reposted it ("X reposted"): the post stays its
   * author's, and this records the reposter's act. When it was seen is the sighting's own time.
   */
  repost?: RepostSighting | null;
}
