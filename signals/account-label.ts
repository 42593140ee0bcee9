import { parseAccountKey } from './account-key';
import { siteEntry } from '../sites/registry';

/**
 * How a reader recognises an account of any platform: the site's web form of the handle (each site's
 * entry in sites/ writes it, e.g. a profile path with an "@" or an id). The key's handle is lower-cased.
 */
export function accountWebLabel(key: string): string {
  const p = parseAccountKey(key);
  return p ? siteEntry(p.site).webLabel(p.handle) : key;
}
