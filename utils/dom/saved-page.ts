import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { SITE_ENTRIES, type Site } from '../../sites/registry';
import { decodeMhtml, isMhtml, type MhtmlPart } from './mhtml';
import { parseHtml } from './parse-html';
import { httpUrlOf } from './urls';

/** A saved page ready for a site adapter. */
export interface SavedPage {
  document: Document;
  /** Where the page was saved from, or the site's default when the file doesn't say. */
  pageUrl: string;
  /** The decoded HTML. */
  html: string;
  /** Where `pageUrl` came from; 'default' means the file named no URL. */
  urlSource: PageUrlSource;
  /** When the page was saved, where the file says (MHTML's Date header); else null. */
  savedAt: number | null;
  /** MHTML only: the saved resources (images) by their original URL. */
  resources: Map<string, MhtmlPart> | null;
}

/** Where a saved page's URL was found. */
export type PageUrlSource = 'saved-from' | 'canonical' | 'og:url' | 'default';

/** Page URL to assume when the file names none (the site registry's). */
export const DEFAULT_PAGE_URL = Object.fromEntries(SITE_ENTRIES.map((e) => [e.id, e.savedPageBase])) as Record<Site, string>;

/**
 * Bytes of a saved file → HTML. One place per container format: plain HTML, a JSON-encoded string
 * (some test fixtures store `outerHTML` that way), MHTML (`.mhtml` / `.mht`, see mhtml.ts).
 */
export function decodeSavedPage(buffer: Uint8Array, filename: string): string {
  return decodeSavedFile(buffer, filename).html;
}

/** Like decodeSavedPage, with what only MHTML keeps: the save date and the resources. */
export function decodeSavedFile(buffer: Uint8Array, filename: string): { html: string; savedAt: number | null; resources: Map<string, MhtmlPart> | null } {
  if (/\.mht(ml)?$/i.test(filename) || isMhtml(buffer)) {
    const { html, url, savedAt, resources } = decodeMhtml(buffer);
    // Chrome's "Save as MHTML" keeps the URL in a MIME header; restate it the way "Save as complete"
    // does, so recoverPageUrl finds it like any other saved page.
    return { html: url ? `<!-- saved from url=(${String(url.length).padStart(4, '0')})${url} -->\n${html}` : html, savedAt, resources };
  }
  return { html: decodeText(buffer), savedAt: null, resources: null };
}

function decodeText(buffer: Uint8Array): string {
  const text = new TextDecoder('utf-8').decode(buffer).replace(/^\uFEFF/, '');
  const trimmed = text.trim();
  if (trimmed.startsWith('"') && trimmed.endsWith('"')) {
    try {
      const decoded: unknown = JSON.parse(trimmed);
      if (typeof decoded === 'string') return decoded;
    } catch {
      // Not JSON after all: treat it as HTML that happens to start with a quote.
    }
  }
  return text;
}

/** The URL a saved page came from: Chrome's "saved from" comment, then canonical link, then og:url. */
export function recoverPageUrl(html: string, document: Document): { url: string; source: PageUrlSource } | null {
  const savedFrom = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 4096));
  const candidates: [PageUrlSource, string | null | undefined][] = [
    ['saved-from', savedFrom?.[1]],
    ['canonical', document.querySelector('link[rel="canonical"]')?.getAttribute('href')],
    ['og:url', document.querySelector('meta[property="og:url"]')?.getAttribute('content')],
  ];
  for (const [source, candidate] of candidates) {
    // Relative or broken: try the next source.
    const url = candidate ? httpUrlOf(candidate) : null;
    if (url) return { url: url.href, source };
  }
  return null;
}

/** Read and parse a saved page; `fallbackSite` picks the page URL when the file names none. */
export async function loadSavedPage(file: string, fallbackSite: Site = 'x'): Promise<SavedPage> {
  const buffer = await readFile(file);
  const { html, savedAt, resources } = decodeSavedFile(buffer, basename(file));
  const document = parseHtml(html);
  const recovered = recoverPageUrl(html, document);
  if (recovered) return { document, pageUrl: recovered.url, html, urlSource: recovered.source, savedAt, resources };
  return { document, pageUrl: DEFAULT_PAGE_URL[fallbackSite], html, urlSource: 'default', savedAt, resources };
}
