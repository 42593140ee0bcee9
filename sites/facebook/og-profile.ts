import type { FoundAuthor } from '../types';
import { resolveUrl } from '../../utils/dom/urls';
import { profileRefOf } from './profile-link';

/** The page's own account from its Open Graph tags (profile and Page URLs), with og:image as its avatar. */
export interface OgProfile {
  handle: string;
  profileUrl: string;
  displayName: string | null;
  avatarUrl: string | null;
}

function meta(doc: ParentNode, property: string): string | null {
  return doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content')?.trim() || null;
}

/** The account og:url names, or null when `root` has no such head (an element, a post page). */
export function ogProfile(root: ParentNode, pageUrl: string): OgProfile | null {
  const ref = profileRefOf(meta(root, 'og:url'), pageUrl);
  if (!ref) return null;
  // Logged-out Pages title themselves "Name | City"; the part before " | " is the name.
  const title = meta(root, 'og:title')?.split(' | ')[0]?.trim() || null;
  return { ...ref, displayName: title, avatarUrl: resolveUrl(meta(root, 'og:image'), pageUrl) };
}

/**
 * A 'profile' occurrence from Open Graph tags, for logged-out Page responses whose posts exist only as
 * embedded JSON (no DOM to badge: anchor and avatarEl are null).
 */
export function ogProfileAuthor(root: ParentNode, og: OgProfile): FoundAuthor | null {
  const el = (root as Document).body ?? (root as Document).documentElement ?? null;
  if (!el) return null;
  return {
    data: { site: 'facebook', kind: 'profile', handle: og.handle, displayName: og.displayName, profileUrl: og.profileUrl, avatarUrl: og.avatarUrl, text: null, hashtags: [], time: null },
    root: el,
    anchor: null,
    avatarEl: null,
  };
}
