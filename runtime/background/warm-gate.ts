import { siteOfUrl } from '../../sites/registry';
import type { Settings } from '../../utils/settings-schema';

/**
 * Whether a page's warm-up may start the analyser: only a page of a site the user has left switched on,
 * since the models cost memory and the site's content script reads nothing on a switched-off site.
 */
export function mayWarm(pageUrl: string | undefined, settings: Pick<Settings, 'sites'>): boolean {
  if (!pageUrl) return false;
  const site = siteOfUrl(pageUrl);
  return site !== null && settings.sites[site] === true;
}
