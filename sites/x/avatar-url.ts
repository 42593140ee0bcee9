import { platformImageUrl } from '../platform-image-url';
import { X_SITE } from './site';

/** X's size suffixes on profile image file names (docs/sources.md, "Avatar URLs"). */
const VARIANT = /_(?:normal|bigger|mini|x96|reasonably_small|200x200|400x400)$/;

/** The variant we analyse: large enough for the face models, small enough to fetch quickly. */
const ANALYSIS_VARIANT = '_400x400';

/** True for X's grey egg / silhouette placeholder (an account that never set a photo). */
export function isDefaultAvatar(url: string): boolean {
  return X_SITE.defaultAvatar.test(url);
}

/**
 * The `_400x400` variant of a pbs.twimg.com profile image; other URLs on X's image hosts unchanged (default
 * avatars included, recognisable with {@link isDefaultAvatar}); null for anything off the platform's image
 * hosts (a page may put any URL in an avatar: docs/threat-model.md) and for unparseable URLs.
 */
export function xAnalysisUrl(avatarUrl: string): string | null {
  const href = platformImageUrl(avatarUrl);
  if (!href) return null;
  const url = new URL(href);
  if (url.hostname !== 'pbs.twimg.com' || !url.pathname.startsWith('/profile_images/')) return url.href;

  const slash = url.pathname.lastIndexOf('/');
  const dir = url.pathname.slice(0, slash + 1);
  const file = url.pathname.slice(slash + 1);
  const dot = file.lastIndexOf('.');
  // `…/name?format=jpg&name=normal` is the newer query form; the extension then comes from `format`.
  const format = url.searchParams.get('format');
  const ext = dot > 0 ? file.slice(dot) : format ? `.${format}` : '';
  const stem = (dot > 0 ? file.slice(0, dot) : file).replace(VARIANT, '');
  return `https://pbs.twimg.com${dir}${stem}${ANALYSIS_VARIANT}${ext}`;
}
