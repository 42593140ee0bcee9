import type { ImageVerdict } from '../../core/verdict';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBObjectStore } from 'fake-indexeddb';
import { recordObservation } from './record-observation';
import { putImageResult } from './image-results';
import { openEvidenceDb } from './open';
import { freshFactory, occurrence } from './testing';

const quota = (): never => {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
};

describe('quota errors', () => {
  afterEach(() => vi.restoreAllMocks());

  it('recordObservation returns error "quota" and writes neither the account nor the observation', async () => {
    const db = await openEvidenceDb(freshFactory());
    // The account put is queued first; the observation add then hits the full disk.
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(quota);
    const r = await recordObservation(db, occurrence(), 'p', 1);
    expect(r).toMatchObject({ ok: false, error: 'quota' });
    if (!r.ok) expect(r.message).toMatch(/^\[sockscope:db\] recordObservation: storage is full; nothing was written/);
    vi.restoreAllMocks();
    expect(await db.count('accounts')).toBe(0);
    expect(await db.count('observations')).toBe(0);
    db.close();
  });

  it('putImageResult returns error "quota" and leaves account hashes untouched', async () => {
    const db = await openEvidenceDb(freshFactory());
    await recordObservation(db, occurrence({ avatarUrl: 'u1' }), 'p', 1);
    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (this.name === 'images') quota();
      return realPut.call(this, value, key);
    });
    const verdict: ImageVerdict = { status: 'no-face', sha256: 's', width: 1, height: 1, reasons: [], modelVersion: 'm', phash: '0f0f0f0f0f0f0f0f' };
    const r = await putImageResult(db, 'u1', { verdict, analysedAt: 2 });
    vi.restoreAllMocks();
    expect(r).toMatchObject({ ok: false, error: 'quota' });
    expect((await db.get('accounts', 'x:janedoe12345678'))?.avatars[0]?.sha256).toBeNull();
    expect(await db.count('images')).toBe(0);
    db.close();
  });
});
