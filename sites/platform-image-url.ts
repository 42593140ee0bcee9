import { isImageHost } from './registry';

// The one guard for every image Sockscope fetches, stores or shows (docs/threat-model.md): page markup
// chooses avatar URLs, so an unchecked URL would let a page make the extension request anything (another
// origin, an intranet address, 127.0.0.1), with an Origin header that names a Sockscope user. Only https on
// the site registry's image hosts (the hosts the manifest asks access to) passes; any other origin is
// fetched only on the right-click path, after the user grants it.

/** The URL if it is https on a platform image host (default port, no credentials), else null. */
export function platformImageUrl(raw: string | URL | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return null;
  return isImageHost(url.hostname) ? url.href : null;
}

/** True when `raw` may be fetched, stored or shown as an avatar: {@link platformImageUrl} passes it. */
export function isPlatformImageUrl(raw: string | URL | null | undefined): boolean {
  return platformImageUrl(raw) !== null;
}
