import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHtml } from '../../../utils/dom/parse-html';
import type { SiteAdapter } from '../../../sites/types';

/** How many badges a saved page should get: the adapter's authors that have a place for a badge. */
export function expectedBadges(adapter: SiteAdapter, file: string, url: string): number {
  const doc = parseHtml(readFileSync(resolve(import.meta.dirname, '../../..', file), 'utf8'));
  return adapter.find(doc, url).filter((f) => f.anchor !== null).length;
}
