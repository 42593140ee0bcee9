import type { Site } from './registry';
import type { SiteAdapter } from './types';
import { facebookAdapter } from './facebook/adapter';
import { xAdapter } from './x/adapter';
import { youtubeAdapter } from './youtube/adapter';

/** Every site's DOM adapter (its entry in sites/registry.ts lists what is not DOM). */
export const ADAPTERS: readonly SiteAdapter[] = [xAdapter, youtubeAdapter, facebookAdapter];

/** The adapter for `site`, or null when that site has none yet. */
export function adapterFor(site: Site): SiteAdapter | null {
  return ADAPTERS.find((adapter) => adapter.site === site) ?? null;
}

/** The adapter whose site serves `url`, or null. */
export function adapterForUrl(url: URL): SiteAdapter | null {
  return ADAPTERS.find((adapter) => adapter.matchesUrl(url)) ?? null;
}
