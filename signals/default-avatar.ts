/**
 * True for the platform's placeholder avatar. Only X's is recognisable from the URL; YouTube's letter
 * avatars and Facebook's silhouettes are ordinary image URLs (a known gap).
 */
export function isDefaultAvatarUrl(url: string | null): boolean {
  if (!url) return false;
  return /\/sticky\/default_profile_images\//.test(url);
}
