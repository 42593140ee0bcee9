import { isImageHost } from '../sites/registry';

// Only platform image hosts may be shown: a badge's props come from page-derived data, and an
// arbitrary URL here would let a page make our UI fetch anything (tracking pixels, javascript:).
// The hosts are the site registry's, the same the manifest asks access to.

/** The URL if it is https on a known platform image host, else null. */
export function platformImageUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return null;
  return isImageHost(url.hostname) ? url.href : null;
}
