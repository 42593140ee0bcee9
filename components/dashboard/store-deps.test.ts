import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMeta, putMeta } from '../../utils/db/meta';
import { openEvidenceDb } from '../../utils/db/open';
import { recordObservation } from '../../utils/db/record-observation';
import { freshFactory, occurrence } from '../../utils/db/testing';
import { loadReviews, saveReview } from '../../utils/export/reviews';
import type { AccountKey } from '../../core/evidence';
import { loadSettings } from '../../utils/settings';
import { storeDeps } from './store-deps';

beforeEach(() => fakeBrowser.reset());

describe('storeDeps', () => {
  it('imports settings from our own export file only, validating every field', async () => {
    const deps = storeDeps(await openEvidenceDb(freshFactory()), 't');
    await deps.importSettings(JSON.stringify({ sockscopeSettings: 1, settings: { sensitivity: 0.7, sites: { x: false }, debug: 'junk' } }));
    const s = await loadSettings();
    expect(s.sensitivity).toBe(0.7);
    expect(s.sites.x).toBe(false);
    expect(s.debug).toBe(false);
    await expect(deps.importSettings('{not json')).rejects.toThrow();
    await expect(deps.importSettings('"hello"')).rejects.toThrow(/not a Sockscope settings file/);
    expect((await loadSettings()).sensitivity).toBe(0.7);
  });

  it('Clear all data removes evidence and reviews but keeps configuration', async () => {
    const db = await openEvidenceDb(freshFactory());
    await recordObservation(db, occurrence(), 'https://x.com/home', 1);
    await saveReview(db, 'x:a' as AccountKey, { status: 'confirmed', notes: '', updatedAt: 1 });
    await putMeta(db, 'retention', { days: 30 });
    await storeDeps(db, 't').clearAll();
    expect(await db.count('accounts')).toBe(0);
    expect(await db.count('observations')).toBe(0);
    expect(await loadReviews(db)).toEqual({});
    expect(await getMeta(db, 'retention')).toEqual({ days: 30 });
  });
});
