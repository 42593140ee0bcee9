import { SITE_ENTRIES } from '../sites/registry';

/**
 * True for a platform's placeholder avatar, where its URL shows it (each site's entry says; X's does,
 * YouTube's letter avatars and Facebook's silhouettes are ordinary image URLs: a known gap).
 */
export function isDefaultAvatarUrl(url: string | null): boolean {
  if (!url) return false;
  return SITE_ENTRIES.some((e) => 'defaultAvatar' in e && e.defaultAvatar.test(url));
}
