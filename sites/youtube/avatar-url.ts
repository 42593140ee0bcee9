import { allOutside } from '../../utils/dom/query';
import { resolveUrl } from '../../utils/dom/urls';
import { platformImageUrl } from '../platform-image-url';
import { YOUTUBE_SITE } from './site';

/** Hosts that serve channel avatars (docs/sources.md, "Avatar URLs"): the registry entry's. */
const AVATAR_HOSTS: ReadonlySet<string> = new Set(YOUTUBE_SITE.imageHosts);

/** The size we analyse: large enough for the face models; YouTube serves any `sNN` up to the original. */
const ANALYSIS_SIZE = 400;

/**
 * The `src` of an avatar `<img>` resolved against the page, or null while it is a lazy-load placeholder:
 * YouTube leaves `src` empty or sets a 1×1 gif / data: URL until the image scrolls into view.
 */
export function avatarSrc(img: Element | null, pageUrl: string): string | null {
  const src = img?.getAttribute('src')?.trim();
  if (!src || src.startsWith('data:') || src.startsWith('about:')) return null;
  if (/\/pixel-[\w-]*\.gif$|\.gif$/i.test(src.split('?')[0] ?? '')) return null;
  return resolveUrl(src, pageUrl);
}

/**
 * The 400 px variant of a yt3 avatar (`=s88-c-k-…` → `=s400-c-k-…`, the 2018 path form `/s48-c-k-no/` →
 * `/s400-c-k-no/`); other URLs on the platform's image hosts unchanged; null for anything off them (a page
 * may put any URL in an avatar: docs/threat-model.md) and for unparseable URLs.
 */
export function youtubeAnalysisUrl(avatarUrl: string): string | null {
  const href = platformImageUrl(avatarUrl);
  if (!href) return null;
  const url = new URL(href);
  if (!AVATAR_HOSTS.has(url.hostname)) return url.href;
  const path = url.pathname;
  const eq = path.lastIndexOf('=');
  if (eq >= 0) {
    // Options are dash-separated; only the size ones change, the crop / colour / format flags stay.
    const options = path.slice(eq + 1).split('-').filter((o) => !/^(?:s|w|h)\d+$/.test(o));
    return `https://${url.hostname}${path.slice(0, eq)}=${[`s${ANALYSIS_SIZE}`, ...options].join('-')}`;
  }
  const legacy = /\/s\d+(-[^/]*)?\/([^/]+)$/.exec(path);
  if (legacy) {
    // 2018 form: …/AAAAAAAAAAI/AAAAAAAAAAA/<id>/s48-mo-c-c0xffffffff-rj-k-no/photo.jpg
    return `https://${url.hostname}${path.slice(0, legacy.index)}/s${ANALYSIS_SIZE}${legacy[1] ?? ''}/${legacy[2]}`;
  }
  // A bare token serves the original upload, which may be huge; ask for the analysis size instead.
  return `https://${url.hostname}${path}=s${ANALYSIS_SIZE}-c-k-c0x00ffffff-no-rj`;
}

/** An avatar element and its URL (null while lazy). */
export interface AvatarPick {
  img: Element | null;
  url: string | null;
}

/**
 * The avatar under `root`: the first image (selectors in order) that has a real `src`, else the first
 * image found, so the content script can watch it load. 2025 home items keep a hidden, never-loaded
 * `#avatar-link img` next to the visible one.
 */
export function pickAvatar(root: Element, selectors: readonly string[], pageUrl: string, exclude: readonly Element[] = []): AvatarPick {
  let first: Element | null = null;
  for (const selector of selectors) {
    for (const img of allOutside(root, selector, exclude)) {
      const url = avatarSrc(img, pageUrl);
      if (url) return { img, url };
      first ??= img;
    }
  }
  return { img: first, url: null };
}
