import { describe, expect, it } from 'vitest';
import { openEvidenceDb } from '../../utils/db/open';
import { recordObservations } from '../../utils/db/record-observation';
import { freshFactory, occurrence } from '../../utils/db/testing';
import { defaultSettings } from '../../utils/settings-schema';
import type { ImageVerdict } from '../../utils/messages';
import type { AccountKey } from '../../signals/types';
import { accountSignals } from './account-signals';

const EN = ['The council approved the new cycling lanes on the high street this morning', 'Our football club won again on Saturday, what a match for the whole town', 'Lovely walk by the river today, the autumn colours are wonderful this year'];
const RU = ['Запад снова лжёт о нашей стране, а народ видит правду каждый день', 'Санкции бьют только по простым людям в Европе, а не по нам вообще', 'Наши друзья в Африке поддерживают справедливый многополярный мир'];
const drawing: ImageVerdict = { status: 'no-face', sha256: 's', width: 400, height: 400, reasons: [], modelVersion: 'm', phash: null, nonPhoto: { score: 0.95, kind: 'illustration' } };

describe('per-account signals in the background', () => {
  it('assesses repurposed and non-photo-avatar when on, and nothing when their switches are off', async () => {
    const db = await openEvidenceDb(freshFactory());
    const T1 = Date.UTC(2019, 4, 1);
    const T2 = Date.UTC(2024, 5, 10);
    await recordObservations(db, EN.map((text, i) => occurrence({ handle: 'maria', displayName: 'Maria', accountId: '7', text, time: `2019-04-2${i}T10:00:00Z` })), 'https://x.com/maria', T1);
    await recordObservations(db, RU.map((text, i) => occurrence({ handle: 'truth', displayName: 'Правда', accountId: '7', text, time: `2024-06-0${i + 1}T10:00:00Z` })), 'https://x.com/truth', T2);
    const key = 'x:maria' as AccountKey;
    const on = defaultSettings().signals;
    const all = await accountSignals(db, key, drawing, on);
    expect(all.map((s) => [s.signal, s.fired])).toEqual([['non-photo-avatar', true], ['repurposed', true]]);
    const off = await accountSignals(db, key, drawing, { ...on, repurposed: false, nonPhotoAvatar: false, knownContent: false });
    expect(off).toEqual([]);
    // No archive imported: known-content is not even read.
    expect((await accountSignals(db, key, null, { ...on, repurposed: false })).map((s) => s.signal)).toEqual([]);
    db.close();
  });
});
