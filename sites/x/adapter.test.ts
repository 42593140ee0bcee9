import { describe, expect, it } from 'vitest';
import { loadSavedPage } from '../../utils/dom/saved-page';
import { hasShared, isHeldOutPage, sharedPath } from '../../utils/testing/shared-data';
import { xAdapter } from './adapter';
import { CAPTURES } from './captures.fixture';

describe.skipIf(!hasShared())('xAdapter on the saved X captures', () => {
  it('covers every capture in ../shared/data/dom/x but the held-out ones', async () => {
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(sharedPath('data/dom/x')).filter((f) => !isHeldOutPage(f)).sort()).toEqual(CAPTURES.map((c) => c.file).sort());
  });

  describe.each(CAPTURES)('$layout', (capture) => {
    it('finds each author with the expected fields', async () => {
      const page = await loadSavedPage(sharedPath('data/dom/x', capture.file));
      expect(page.pageUrl).toBe(capture.pageUrl);
      const found = xAdapter.find(page.document, page.pageUrl);
      expect(found.map((f) => f.data.kind)).toEqual(capture.kinds);
      expect(new Set(found.map((f) => f.root)).size).toBe(found.length);
      found.forEach((f, i) => {
        const d = f.data;
        expect(d.site).toBe('x');
        expect(d.handle, `handle #${i}`).toMatch(/^[A-Za-z0-9_]+$/);
        expect(d.profileUrl).toBe(`https://x.com/${d.handle}`);
        expect(d.displayName, `displayName #${i}`).not.toBeNull();
        expect(f.anchor, `anchor #${i}`).not.toBeNull();
        if (!capture.noAvatar?.includes(i)) expect(d.avatarUrl, `avatar #${i}`).toMatch(/^https:\/\//);
        if (!capture.noText?.includes(i)) expect(d.text, `text #${i}`).not.toBeNull();
      });
      capture.authors.forEach((want, i) => {
        const got = found[i]?.data;
        expect(got?.handle).toBe(want.handle);
        if (want.displayName !== undefined) expect(got?.displayName).toBe(want.displayName);
        if (want.avatar instanceof RegExp) expect(got?.avatarUrl).toMatch(want.avatar);
        else if (want.avatar !== undefined) expect(got?.avatarUrl).toBe(want.avatar);
        if (want.text === null) expect(got?.text).toBeNull();
        else if (want.text !== undefined) expect(got?.text).toContain(want.text);
        if (want.hashtags !== undefined) expect(got?.hashtags).toEqual(want.hashtags);
        if (want.time !== undefined) expect(got?.time).toBe(want.time);
      });
    });
  });

  it.each(CAPTURES)('$layout: unit by unit plus outside-units finds what a whole-page scan finds', async (capture) => {
    const page = await loadSavedPage(sharedPath('data/dom/x', capture.file));
    const whole = xAdapter.find(page.document, page.pageUrl);
    const sel = xAdapter.unitSelector!;
    const units = [...page.document.querySelectorAll(sel)].filter((u) => !u.parentElement?.closest(sel));
    const pieces = [...xAdapter.findOutsideUnits!(page.document, page.pageUrl), ...units.flatMap((u) => xAdapter.find(u, page.pageUrl))];
    const byAnchor = (xs: typeof whole) => new Map(xs.map((f) => [f.anchor, JSON.stringify(f.data)]));
    const [a, b] = [byAnchor(whole), byAnchor(pieces)];
    expect(b.size).toBe(a.size);
    for (const [anchor, data] of a) expect(b.get(anchor)).toBe(data);
  });

  it('puts a "Who to follow" badge inline in the name row, inside the name link, not after it in its column (Feb 2025, 2026)', async () => {
    for (const file of ['ibbi__twooter__Home___X.html', 'kepano__defuddle__general--x.com-article-2026-02-13.html']) {
      const capture = CAPTURES.find((c) => c.file === file)!;
      const page = await loadSavedPage(sharedPath('data/dom/x', file), 'x');
      const cells = xAdapter.find(page.document, capture.pageUrl).filter((f) => f.data.kind === 'user-cell');
      expect(cells.length).toBeGreaterThan(0);
      for (const c of cells) {
        const link = c.anchor!.closest('a[href]');
        expect(link?.getAttribute('href'), file).toMatch(new RegExp(`/${c.data.handle}$`));
        // After the name (and the verified mark), in the same row: the row is the link's first child.
        expect(c.anchor!.parentElement, file).toBe(link!.firstElementChild);
        expect(c.anchor!.nextElementSibling, file).toBeNull();
      }
    }
  });

  it('keeps a quoted post out of the outer post', async () => {
    const page = await loadSavedPage(sharedPath('data/dom/x', 'beala__mnemosyne__tweet_with_qt.html'));
    const [outer, quote] = xAdapter.find(page.document, page.pageUrl);
    expect(outer?.data.text).not.toContain('Chinese in USA');
    expect(quote && outer && outer.root.contains(quote.root)).toBe(true);
  });
});
