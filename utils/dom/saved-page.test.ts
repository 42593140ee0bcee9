import { describe, expect, it } from 'vitest';
import { hasShared, sharedPath } from '../testing/shared-data';
import { parseHtml } from './parse-html';
import { decodeSavedPage, loadSavedPage, recoverPageUrl } from './saved-page';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeSavedPage', () => {
  it('unwraps outerHTML stored as a JSON string', () => {
    expect(decodeSavedPage(bytes('"<article data-testid=\\"tweet\\"></article>"'), 'a.html')).toBe('<article data-testid="tweet"></article>');
  });

  it('leaves HTML that merely starts with a quote alone', () => {
    expect(decodeSavedPage(bytes('"hi" <b>"</b>"'), 'a.html')).toBe('"hi" <b>"</b>"');
  });
});

describe('recoverPageUrl', () => {
  it('reads Chrome\'s "saved from" comment first, then canonical, then og:url', () => {
    const saved = '<!DOCTYPE html>\n<!-- saved from url=(0018)https://x.com/home -->\n<html><head><link rel="canonical" href="https://x.com/other"></head></html>';
    expect(recoverPageUrl(saved, parseHtml(saved))?.url).toBe('https://x.com/home');
    const canonical = '<html><head><link rel="canonical" href="https://x.com/a/status/1"><meta property="og:url" content="https://x.com/b"></head></html>';
    expect(recoverPageUrl(canonical, parseHtml(canonical))).toEqual({ url: 'https://x.com/a/status/1', source: 'canonical' });
    const og = '<html><head><meta property="og:url" content="https://www.youtube.com/watch?v=1"></head></html>';
    expect(recoverPageUrl(og, parseHtml(og))?.source).toBe('og:url');
    const none = '<div>fragment</div>';
    expect(recoverPageUrl(none, parseHtml(none))).toBeNull();
  });

  it('ignores non-http URLs', () => {
    const html = '<html><head><link rel="canonical" href="javascript:alert(1)"></head></html>';
    expect(recoverPageUrl(html, parseHtml(html))).toBeNull();
  });
});

describe('parseHtml', () => {
  it('wraps fragments in a body', () => {
    const doc = parseHtml('<article data-testid="tweet"><p>hi</p></article>');
    expect(doc.querySelector('body > article')?.textContent).toBe('hi');
  });
});

describe.skipIf(!hasShared())('loadSavedPage on real saves', () => {
  it('finds the URL of a Chrome "Save as" page and of a canonical-only page', async () => {
    expect((await loadSavedPage(sharedPath('data/dom/x/dasa1341__hwresem2.github.io__Home___Twitter.html'))).pageUrl).toBe('https://twitter.com/home');
    const article = await loadSavedPage(sharedPath('data/dom/x/kepano__defuddle__general--x.com-article-2026-02-13.html'));
    expect(article).toMatchObject({ pageUrl: 'https://x.com/arscontexta/status/2013045749580259680', urlSource: 'canonical' });
  });

  it('falls back to the site default for fragments', async () => {
    const page = await loadSavedPage(sharedPath('data/dom/x/beala__mnemosyne__invalid_time.html'), 'x');
    expect(page).toMatchObject({ pageUrl: 'https://x.com/', urlSource: 'default' });
    expect(page.document.querySelector('article[data-testid="tweet"]')).not.toBeNull();
  });

  it('rejects a missing file', async () => {
    await expect(loadSavedPage('/nonexistent/page.html')).rejects.toThrow();
  });
});
