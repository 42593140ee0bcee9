import { resolveUrl } from '../../utils/dom/urls';

/** A channel as a link names it; lower rank = better identifier. */
export interface ChannelRef {
  /** `@handle` without '@', else the `UC…` id, else the legacy `/c/` or `/user/` name. */
  handle: string;
  /** Absolute channel URL without sub-page or query (`https://www.youtube.com/@name`). */
  profileUrl: string;
  /** 0 = @handle, 1 = channel id, 2 = legacy `/c/` or `/user/` name, 3 = legacy vanity URL (`/name`). */
  rank: 0 | 1 | 2 | 3;
}

/** First path segments that are app routes, never a legacy vanity channel URL. */
const ROUTES = new Set([
  'watch', 'shorts', 'playlist', 'results', 'feed', 'hashtag', 'channel', 'c', 'user', 'redirect', 'live', 'embed',
  'premium', 'gaming', 'music', 'kids', 'account', 'signin', 'logout', 'upload', 'post', 'attribution_link', 'about',
  'new', 'trending', 'create_channel', 'paid_memberships', 'reporthistory', 'howyoutubeworks', 'ads', 'creators',
  't', 's', 'yts', 'img', 'sw.js', 'favicon.ico', 'index', 'supported_browsers', 'playables', 'podcasts', 'courses',
]);

/** True for youtube.com and its subdomains (www., m.). */
export function isYoutubeHost(hostname: string): boolean {
  return /(^|\.)youtube\.com$/.test(hostname);
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a malformed %-escape: keep it as written
  }
}

/** The channel a link or URL points at (`/@h`, `/channel/UC…`, `/c/name`, `/user/name`, `/name`), else null. */
export function channelRefOf(href: string | null | undefined, pageUrl: string): ChannelRef | null {
  const abs = resolveUrl(href, pageUrl);
  if (!abs) return null;
  const url = new URL(abs);
  if (!isYoutubeHost(url.hostname)) return null; // ads link to googleadservices, bios to other sites
  const [first, second] = url.pathname.split('/').filter(Boolean);
  if (first === undefined) return null;
  const origin = `https://${url.hostname}`;
  if (first.startsWith('@') && first.length > 1) {
    return { handle: decode(first.slice(1)), profileUrl: `${origin}/${first}`, rank: 0 };
  }
  if (first === 'channel' && second && /^UC[\w-]{22}$/.test(second)) {
    return { handle: second, profileUrl: `${origin}/channel/${second}`, rank: 1 };
  }
  if ((first === 'c' || first === 'user') && second) {
    return { handle: decode(second), profileUrl: `${origin}/${first}/${second}`, rank: 2 };
  }
  // Pre-2022 vanity URLs (`/howitshouldhaveended`) still appear on channel links of 2021–2022 pages.
  if (second === undefined && !url.search && !ROUTES.has(first.toLowerCase()) && /^[\w.-]+$/.test(first)) {
    return { handle: decode(first), profileUrl: `${origin}/${first}`, rank: 3 };
  }
  return null;
}

/** The channel named by a visible "@handle" text (comments, 2024–2025 headers), or null. */
export function atHandleRef(text: string | null): ChannelRef | null {
  const match = /^@([^\s@•/?#]+)$/u.exec(text?.trim() ?? '');
  return match?.[1] ? channelRefOf(`/@${encodeURIComponent(match[1])}`, 'https://www.youtube.com/') : null;
}

/** The best-ranked channel among `links` and `extra` refs (first in document order on a tie), or null. */
export function bestChannelRef(links: readonly Element[], pageUrl: string, ...extra: (ChannelRef | null)[]): ChannelRef | null {
  let best: ChannelRef | null = null;
  const refs = [...links.map((link) => channelRefOf(link.getAttribute('href'), pageUrl)), ...extra];
  for (const ref of refs) {
    if (ref && (best === null || ref.rank < best.rank)) best = ref;
  }
  return best;
}
