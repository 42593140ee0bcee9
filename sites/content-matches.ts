import { MatchPattern } from 'wxt/utils/match-patterns';
import type { Site } from '../core/sighting';

/**
 * The pages each site's content script runs on: its entrypoint declares these match patterns, the build
 * adds them to the host permissions (wxt.config.ts), and the popup tests a tab's URL against them.
 */
export const CONTENT_MATCHES: Record<Site, string[]> = {
  x: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*'],
  facebook: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://m.facebook.com/*'],
  youtube: ['https://www.youtube.com/*', 'https://m.youtube.com/*'],
};

const PATTERNS = Object.values(CONTENT_MATCHES).flatMap((list) => list.map((p) => new MatchPattern(p)));

/** True when one of the content scripts runs on the page at `url`. */
export function isContentScriptPage(url: string): boolean {
  // MatchPattern throws on a string that is no URL; a string (not a URL object) also keeps it off
  // `instanceof Location`, which Node lacks.
  if (!URL.canParse(url)) return false;
  return PATTERNS.some((p) => p.includes(url));
}
