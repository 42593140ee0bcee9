import { describe, expect, it } from 'vitest';
import { openEvidenceDb } from './open';
import { recordObservations } from './record-observation';
import { freshFactory, occurrence } from './testing';
import type { ImageVerdict } from '../../core/verdict';
import type { AccountKey } from '../../core/evidence';
import { accountSignals } from './account-signals';

const EN = ['The council approved the new cycling lanes on the high street this morning', 'Our football club won again on Saturday, what a match for the whole town', 'Lovely walk by the river today, the autumn colours are wonderful this year'];
const RU = ['Запад снова лжёт о нашей стране, а народ видит правду каждый день', 'Санкции бьют только по простым людям в Европе, а не по нам вообще', 'Наши друзья в Африке поддерживают справедливый многополярный мир'];
const drawing: ImageVerdict = { status: 'no-face', sha256: 's', width: 400, height: 400, reasons: [], modelVersion: 'm', phash: null, nonPhoto: { score: 0.95, kind: 'illustration' } };

describe('per-account signals from the store', () => {
  it('measures repurposed and non-photo-avatar whatever the switches say (the judge leaves out what is off)', async () => {
    const db = await openEvidenceDb(freshFactory());
    const T1 = Date.UTC(2019, 4, 1);
    const T2 = Date.UTC(2024, 5, 10);
    await recordObservations(db, EN.map((text, i) => occurrence({ handle: 'maria', displayName: 'Maria', accountId: '7', text, time: `2019-04-2${i}T10:00:00Z` })), 'https://x.com/maria', T1);
    await recordObservations(db, RU.map((text, i) => occurrence({ handle: 'truth', displayName: 'Правда', accountId: '7', text, time: `2024-06-0${i + 1}T10:00:00Z` })), 'https://x.com/truth', T2);
    const key = 'x:maria' as AccountKey;
    const all = await accountSignals(db, key, drawing);
    expect(all.map((s) => [s.signal, s.fired])).toEqual([['non-photo-avatar', true], ['repurposed', true]]);
    // No archive imported: no known-content result; an account the store never saw has no history to judge.
    expect((await accountSignals(db, 'x:nobody' as AccountKey, null)).map((s) => s.signal)).toEqual([]);
    db.close();
  });
});
