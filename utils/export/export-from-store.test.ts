import { FLAGGED_P, okVerdict } from '../testing/verdict';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ImageVerdict } from '../../core/verdict';
import { putImageResult } from '../db/image-results';
import { openEvidenceDb } from '../db/open';
import { recordObservation } from '../db/record-observation';
import { freshFactory, occurrence } from '../db/testing';
import { defaultSettings } from '../settings-schema';
import type { AccountKey } from '../../core/evidence';
import { exportFromStore } from './export-from-store';
import { loadStoredEvidence } from './load-store';
import { saveReview } from './reviews';

const TEXT = 'The so-called reports about our region are fabricated by western media to smear us';
// Copied text counts when the same accounts post together more than once.
const TEXT2 = 'Visitors see with their own eyes that the people of our region live happily and freely';
const gan: ImageVerdict = okVerdict(FLAGGED_P, { sha256: 'a'.repeat(64), eyeDistance: 0, phash: 'ffff0000ffff0000' });
const settings = { ...defaultSettings(), signals: { ...defaultSettings().signals, copiedText: true, hashtagBurst: true, reusedAvatar: true } };

async function seeded() {
  const db = await openEvidenceDb(freshFactory());
  for (const h of ['a', 'b', 'c', 'd', 'e']) await recordObservation(db, occurrence({ handle: h, text: h === 'c' ? '=HYPERLINK("x")' : TEXT, avatarUrl: `https://pbs.twimg.com/${h}.jpg` }), 'https://x.com/home', Date.UTC(2021, 2, 1));
  for (const h of ['a', 'b', 'd', 'e']) await recordObservation(db, occurrence({ handle: h, text: TEXT2, avatarUrl: `https://pbs.twimg.com/${h}.jpg` }), 'https://x.com/home', Date.UTC(2021, 2, 1));
  await putImageResult(db, 'https://pbs.twimg.com/a.jpg', { verdict: gan, analysedAt: 1 });
  return db;
}

describe('exporting from the evidence store', () => {
  it('fuses each account like the badge, riskiest first, with reviews', async () => {
    const db = await seeded();
    await saveReview(db, 'x:b' as AccountKey, { status: 'confirmed', notes: 'n', updatedAt: 5 });
    const { accounts, posts } = await loadStoredEvidence(db, settings);
    expect(accounts[0]?.key).toBe('x:a');
    expect(accounts[0]?.reasons.map((r) => r.signal)).toEqual(expect.arrayContaining(['gan-face', 'copied-text']));
    expect(accounts[0]?.signals['gan-face']).toBe(Number(FLAGGED_P.toFixed(3)));
    expect(accounts.find((a) => a.key === 'x:b')?.review.status).toBe('confirmed');
    expect(posts).toHaveLength(9);
    db.close();
  });

  it('builds the zip with fetched avatars and records failed fetches', async () => {
    const db = await seeded();
    const fetchFn: typeof fetch = async (input) =>
      String(input).endsWith('a.jpg') ? new Response(new Uint8Array([0xff, 0xd8, 0xff]), { headers: { 'content-type': 'image/jpeg' } }) : new Response('no', { status: 404 });
    const files = unzipSync(await exportFromStore(db, settings, { version: 't', fetchFn, now: Date.UTC(2021, 2, 2) }));
    expect(Object.keys(files).filter((f) => f.startsWith('avatars/'))).toHaveLength(1);
    const ev = JSON.parse(new TextDecoder().decode(files['evidence.json'])) as { avatarFailures: { error: string }[] };
    expect(ev.avatarFailures.map((f) => f.error)).toEqual(['HTTP 404', 'HTTP 404', 'HTTP 404', 'HTTP 404']);
    const posts = Papa.parse<Record<string, string>>(new TextDecoder().decode(files['posts.csv']), { header: true }).data;
    expect(posts.map((p) => p.text)).toContain(`'=HYPERLINK("x")`);
    const sel = unzipSync(await exportFromStore(db, settings, { version: 't', fetchFn, select: ['x:c'] }));
    expect(Papa.parse(new TextDecoder().decode(sel['accounts.csv']), { header: true, skipEmptyLines: true }).data).toHaveLength(1);
    db.close();
  });
});
