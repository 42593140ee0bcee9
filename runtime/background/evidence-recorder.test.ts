import { describe, expect, it, vi } from 'vitest';
import type { ImageVerdict } from '../../core/verdict';
import { putMeta } from '../../utils/db/meta';
import type { RequestReads } from '../../utils/db/account-evidence';
import { freshFactory, occurrence } from '../../utils/db/testing';
import { openEvidenceDb } from '../../utils/db/open';
import { defaultSettings } from '../../utils/settings';
import { judge } from '../../core/judge';
import type { AccountEvidenceView } from '../../utils/messages';
import { EvidenceRecorder } from './evidence-recorder';

const judged = (account: AccountEvidenceView | null, s = defaultSettings()) => judge({ image: null, account }, s);
const signals = (j: ReturnType<typeof judged>) => j.contributions.map((c) => c.signal);

const ring = (i: number) =>
  occurrence({ handle: `member${i}`, displayName: `Member ${i}`, text: 'The western media lies about the region, come and see for yourself!', hashtags: ['A', 'B'] });
// A ring posts together more than once: copied text and hashtag bursts need repetition with the same accounts.
const ringAgain = (i: number) =>
  occurrence({ handle: `member${i}`, displayName: `Member ${i}`, text: 'Foreign journalists never visit the villages they write about, ask yourself why', hashtags: ['C', 'D'] });

describe('EvidenceRecorder', () => {
  it('records sightings once, then gathers a ring\'s evidence, judged coordinated, with links', async () => {
    const db = await openEvidenceDb(freshFactory());
    const rec = new EvidenceRecorder(Promise.resolve(db));
    const occs = [0, 1, 2, 3, 4].flatMap((i) => [ring(i), ringAgain(i)]);
    const keys = await rec.record([...occs, occs[0]!], 'https://x.com/home'); // a repeat within the batch too
    await rec.record(occs, 'https://x.com/home'); // re-sighting: not a new observation
    expect(await db.count('observations')).toBe(10);
    const evidence = await rec.evidence(keys[0]!, occs[0]!, null);
    const j = judged(evidence);
    expect(j.band).toBe('medium');
    expect(signals(j)).toEqual(expect.arrayContaining(['copied-text', 'hashtag-burst']));
    expect(j.clusters.find((c) => c.signal === 'copied-text')?.accounts).toHaveLength(4);
  });

  it('gathers every signal whatever the switches say: the judge leaves out what is off', async () => {
    const db = await openEvidenceDb(freshFactory());
    const rec = new EvidenceRecorder(Promise.resolve(db));
    const occs = [0, 1, 2, 3, 4].flatMap((i) => [ring(i), ringAgain(i)]);
    const keys = await rec.record(occs, 'https://x.com/home');
    const s = defaultSettings();
    s.signals.copiedText = false;
    s.signals.hashtagBurst = false;
    const evidence = await rec.evidence(keys[0]!, occs[0]!, null);
    expect(evidence?.clusters.map((c) => c.signal)).toEqual(expect.arrayContaining(['copied-text', 'hashtag-burst']));
    const off = judged(evidence, s);
    expect(signals(off)).not.toContain('copied-text');
    expect(off.band).toBe('low');
  });

  it('degrades to no store without throwing', async () => {
    const rec = new EvidenceRecorder(Promise.resolve(null));
    expect(await rec.record([ring(0)], 'u')).toHaveLength(1);
    expect(await rec.evidence(await rec.record([ring(0)], 'u').then((k) => k[0]!), ring(0), null)).toBeNull();
    expect(await rec.getMany(['https://x'])).toEqual([undefined]);
  });

  it('answers a batch of avatar lookups from one read transaction, each with its own verdict', async () => {
    const db = await openEvidenceDb(freshFactory());
    const rec = new EvidenceRecorder(Promise.resolve(db));
    const verdict = (error: string): ImageVerdict => ({ status: 'error', error });
    await rec.putMany([['https://a/1.jpg', verdict('one')], ['https://a/2.jpg', verdict('two')]]);
    const opened = vi.spyOn(db, 'transaction');
    const got = await rec.getMany(['https://a/2.jpg', 'https://a/missing.jpg', 'https://a/1.jpg']);
    expect(got).toEqual([verdict('two'), undefined, verdict('one')]);
    expect(opened).toHaveBeenCalledTimes(1);
    expect(await rec.getMany(['https://a/1.jpg'])).toEqual([verdict('one')]); // a later lookup gets its own
    expect(opened).toHaveBeenCalledTimes(2);
  });

  it('reads the imported known-account lists once for all gatherings of one request', async () => {
    const db = await openEvidenceDb(freshFactory());
    const rec = new EvidenceRecorder(Promise.resolve(db));
    const occs = [0, 1, 2].map(ring);
    const keys = await rec.record(occs, 'https://x.com/home');
    await putMeta(db, 'knownAccounts', [{ source: 'test list', keys: [keys[1]!], importedAt: 1 }]);
    const opened = vi.spyOn(db, 'transaction');
    const request: RequestReads = { keys: new Map() };
    const risks = (await Promise.all(occs.map((o, i) => rec.evidence(keys[i]!, o, null, request)))).map((e) => judged(e));
    // Once for the lists and once for "was any archive imported?" (the known-content signal), not per account.
    expect(opened.mock.calls.filter(([stores]) => stores === 'meta')).toHaveLength(2);
    expect(risks.map((r) => signals(r).includes('known-account'))).toEqual([false, true, false]);
  });
});
