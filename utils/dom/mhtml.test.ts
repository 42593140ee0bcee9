import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasShared, sharedPath } from '../testing/shared-data';
import { decodeMhtml, decodeQuotedPrintable, isMhtml } from './mhtml';
import { decodeSavedPage } from './saved-page';

/** A small hand-written MHTML file: QP HTML (UTF-8, soft breaks), a base64 image, a cid: stylesheet. */
const SAMPLE = [
  'From: <Saved by Blink>',
  'Snapshot-Content-Location: https://www.youtube.com/watch?v=abc',
  'Subject: Fixture',
  'MIME-Version: 1.0',
  'Content-Type: multipart/related;',
  '\ttype="text/html";',
  '\tboundary="----B"',
  '',
  '',
  '------B',
  'Content-Type: text/html',
  'Content-ID: <frame-1@mhtml.blink>',
  'Content-Transfer-Encoding: quoted-printable',
  'Content-Location: https://www.youtube.com/watch?v=abc',
  '',
  '<html><head><meta charset=3D"utf-8"><link rel=3D"stylesheet" href=3D"cid:css-1@mhtml.blink"></head><body><a hre=',
  'f=3D"/@caf=C3=A9">Caf=C3=A9 =E2=80=94 ok</a><img src=3D"https://yt3.ggpht.com/x=3Ds88-c-k"></body></html>',
  '------B',
  'Content-Type: image/png',
  'Content-Transfer-Encoding: base64',
  'Content-Location: https://yt3.ggpht.com/x=s88-c-k',
  '',
  'iVBORw0K',
  'GgoAAAAN',
  '------B',
  'Content-Type: text/css',
  'Content-Transfer-Encoding: quoted-printable',
  'Content-Location: cid:css-1@mhtml.blink',
  '',
  'a { color: red; }',
  '------B--',
  '',
].join('\r\n');

describe('decodeMhtml', () => {
  it('decodes the quoted-printable HTML part as UTF-8 and keeps its URL', () => {
    const d = decodeMhtml(SAMPLE);
    expect(d.url).toBe('https://www.youtube.com/watch?v=abc');
    expect(d.html).toContain('<a href="/@café">Café — ok</a>');
    expect(d.html).toContain('<img src="https://yt3.ggpht.com/x=s88-c-k">'); // image keeps its original URL
    expect(d.html).toContain('href="cid:css-1@mhtml.blink"'); // an inlined <style> part has no URL to restore
  });

  it('maps resource parts by Content-Location, with base64 bodies decoded', () => {
    const d = decodeMhtml(new TextEncoder().encode(SAMPLE));
    const png = d.resources.get('https://yt3.ggpht.com/x=s88-c-k');
    expect(png?.contentType).toBe('image/png');
    expect(Array.from(png?.body.subarray(0, 4) ?? [])).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(d.parts.length).toBe(3);
  });

  it('is recognised by content and by saved-page loading', () => {
    expect(isMhtml(SAMPLE)).toBe(true);
    expect(isMhtml('<!DOCTYPE html><html></html>')).toBe(false);
    expect(decodeSavedPage(new TextEncoder().encode(SAMPLE), 'page.mht')).toMatch(/^<!-- saved from url=\(\d{4}\)https:\/\/www\.youtube\.com\/watch\?v=abc -->/);
  });

  it('rejects non-MHTML input with a named error', () => {
    expect(() => decodeMhtml('<html></html>')).toThrow(/\[sockscope:mhtml\]/);
  });

  it('keeps stray "=" and decodes soft line breaks', () => {
    expect(new TextDecoder().decode(decodeQuotedPrintable('a=3Db=\r\nc = d=\nx=ZZ'))).toBe('a=bc = dx=ZZ');
  });
});

describe.skipIf(!hasShared())('decodeMhtml on the saved 2022 YouTube MHTML', () => {
  it('finds the home page HTML, its URL and the saved avatars', () => {
    const d = decodeMhtml(readFileSync(sharedPath('data/dom/youtube/crishernandez083__youtube__YouTube.mhtml')));
    expect(d.url).toBe('https://www.youtube.com/');
    expect(d.html.startsWith('<!DOCTYPE html><html style="font-size: 10px;')).toBe(true);
    expect(d.html.match(/<ytd-rich-item-renderer/g)?.length).toBe(24);
    expect(d.parts.length).toBe(46);
    const avatars = [...d.resources.keys()].filter((k) => k.startsWith('https://yt3.ggpht.com/'));
    expect(avatars.length).toBeGreaterThanOrEqual(11);
    expect(avatars.every((k) => d.html.includes(k.replace(/&/g, '&amp;')) || d.html.includes(k))).toBe(true);
  });
});
