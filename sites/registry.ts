import type { Site } from '../core/sighting';
import type { SiteAdapter } from './types';
import { facebookAdapter } from './facebook/adapter';
import { xAdapter } from './x/adapter';
import { youtubeAdapter } from './youtube/adapter';

/** Every site adapter. Register a new site's adapter here (one line). */
export const ADAPTERS: readonly SiteAdapter[] = [
  xAdapter,
  youtubeAdapter,
  facebookAdapter,
];

/** The adapter for `site`, or null when that site has none yet. */
export function adapterFor(site: Site): SiteAdapter | null {
  return ADAPTERS.find((adapter) => adapter.site === site) ?? null;
}

/** The adapter whose site serves `url`, or null. */
export function adapterForUrl(url: URL): SiteAdapter | null {
  return ADAPTERS.find((adapter) => adapter.matchesUrl(url)) ?? null;
}

const LABELS: Record<Site, string> = { x: 'X', youtube: 'YouTube', facebook: 'Facebook' };

/** The platform's name as a reader knows it ("YouTube"). */
export function siteLabel(site: Site): string {
  return LABELS[site];
}
