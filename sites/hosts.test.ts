import { describe, expect, it } from 'vitest';
import { isTestOnly, sourceFiles, sourceText } from '../utils/testing/source-files';
import { SITE_ENTRIES } from './registry';

/**
 * A site's hosts are named in its own folder (sites/<site>/) and the registry alone: the manifest, the popup,
 * the signals, the export and the dashboard read them from there. Product code only: tests, e2e fixtures and
 * the offline tools (scripts/) may name hosts to build their pages.
 */
const domains = [...new Set(SITE_ENTRIES.flatMap((e) => [...e.pageMatches, ...e.imageHosts.map((h) => `https://${h}/*`)]).map((p) => new URL(p.replace('*.', '')).hostname.split('.').slice(-2).join('.')))];
const NAMES_A_HOST = new RegExp(`(?<![A-Za-z0-9-])(?:${domains.map((d) => d.replace(/\./g, '\\.')).join('|')})\\b`);
const ALLOWED = (file: string): boolean => file === 'sites/registry.ts' || SITE_ENTRIES.some((e) => file.startsWith(`sites/${e.id}/`));

describe("sites' hosts", () => {
  it('are named by each site\'s folder and the registry alone', () => {
    const product = sourceFiles().filter((f) => !isTestOnly(f) && !f.startsWith('scripts/'));
    const naming = product.filter((f) => NAMES_A_HOST.test(sourceText(f)));
    expect(naming.filter((f) => !ALLOWED(f))).toEqual([]);
    // The check sees them where they are (so it can fail).
    expect(naming).toEqual(expect.arrayContaining(['sites/x/site.ts', 'sites/youtube/site.ts', 'sites/facebook/site.ts']));
  });

  it('covers every site', () => {
    expect(domains).toEqual(expect.arrayContaining(['x.com', 'twitter.com', 'twimg.com', 'youtube.com', 'ggpht.com', 'googleusercontent.com', 'facebook.com', 'fbcdn.net']));
  });
});
