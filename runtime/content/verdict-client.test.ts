import { describe, expect, it, vi } from 'vitest';
import { ExtensionGoneError, VerdictClient } from './verdict-client';
import type { AuthorOccurrence } from '../../core/sighting';
import type { AnalyzeRequest } from '../../utils/messages';

const occ: AuthorOccurrence = { site: 'x', kind: 'post', handle: 'a', displayName: null, profileUrl: null, avatarUrl: null, text: null, hashtags: [], time: null };

describe('VerdictClient', () => {
  it('sends one batch for many URLs and shares promises for repeats', async () => {
    const send = vi.fn(async (m: AnalyzeRequest) => ({
      results: m.items.map((i) => ({ url: i.url, verdict: { status: 'error', error: 'x ' + i.url } })),
    }));
    const c = new VerdictClient(send);
    const [a, b, a2] = await Promise.all([c.check('https://i/a', occ), c.check('https://i/b', occ), c.check('https://i/a', occ)]);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]?.[0].items).toHaveLength(2);
    expect(a.verdict).toEqual({ status: 'error', error: 'x https://i/a' });
    expect(a2).toBe(a);
    expect(b.verdict.status).toBe('error');
  });

  it('keeps two batches in flight, never more, and answers every avatar', async () => {
    let open = 0;
    let most = 0;
    const send = vi.fn(async (m: AnalyzeRequest) => {
      most = Math.max(most, ++open);
      await new Promise((r) => setTimeout(r, 5));
      open--;
      return { results: m.items.map((i) => ({ url: i.url, verdict: { status: 'error', error: i.url } })) };
    });
    const c = new VerdictClient(send);
    expect(c.waiting).toBe(false);
    const urls = Array.from({ length: 200 }, (_, i) => `https://i/${i}`);
    const all = Promise.all(urls.map((u) => c.check(u, occ)));
    expect(c.waiting).toBe(true);
    const out = await all;
    expect(c.waiting).toBe(false);
    expect(most).toBe(2);
    // A small first request (its badges come sooner), then full ones.
    expect(send.mock.calls.map((c) => c[0].items.length)).toEqual([4, 32, 32, 32, 32, 32, 32, 4]);
    expect(out.map((r) => (r.verdict.status === 'error' ? r.verdict.error : ''))).toEqual(urls);
  });

  it('sends the avatars near the viewport first, then the rest in order, and answers all of them', async () => {
    const send = vi.fn(async (m: AnalyzeRequest) => {
      await new Promise((r) => setTimeout(r, 5));
      return { results: m.items.map((i) => ({ url: i.url, verdict: { status: 'error', error: i.url } })) };
    });
    const c = new VerdictClient(send);
    // 100 posts scrolled past; the reader stopped at the last three.
    const onScreen = new Set([97, 98, 99]);
    const urls = Array.from({ length: 100 }, (_, i) => `https://i/${i}`);
    const out = await Promise.all(urls.map((u, i) => c.check(u, occ, () => onScreen.has(i))));
    const sent = send.mock.calls.map((call) => call[0].items.map((it) => Number(it.url.split('/').pop())));
    expect(sent[0]).toEqual([97, 98, 99, 0]);
    expect(sent[1]).toEqual(Array.from({ length: 32 }, (_, k) => 1 + k));
    expect(sent.flat().sort((a, b) => a - b)).toEqual(urls.map((_, i) => i));
    expect(out.map((r) => (r.verdict.status === 'error' ? r.verdict.error : ''))).toEqual(urls);
  });

  it('retries once, then reports that the extension could not be reached', async () => {
    const send = vi.fn(async () => {
      throw new Error('Extension context invalidated.');
    });
    const c = new VerdictClient(send);
    const v = await c.check('https://i/a', occ);
    expect(send).toHaveBeenCalledTimes(2);
    expect(v.verdict).toEqual({ status: 'error', error: 'Sockscope could not be reached (reload the page)' });
  });

  it('does not retry once the extension is gone, and says to reload', async () => {
    const send = vi.fn(async () => {
      throw new ExtensionGoneError();
    });
    const v = await new VerdictClient(send).check('https://i/a', occ);
    expect(send).toHaveBeenCalledTimes(1);
    expect(v.verdict).toEqual({ status: 'error', error: 'Sockscope was updated or turned off: reload the page to keep checking' });
  });

  it('rejects a malformed answer instead of trusting it', async () => {
    const send = vi.fn(async () => ({ results: [{ url: 'https://i/a', verdict: { status: 'ok' } }] }));
    const v = await new VerdictClient(send).check('https://i/a', occ);
    expect(v.verdict.status).toBe('error');
  });

  it('settles an avatar on its pushed answer, before the request is answered whole; other pushes are ignored', async () => {
    let answer: (v: unknown) => void = () => undefined;
    let sent: AnalyzeRequest | undefined;
    const c = new VerdictClient((m) => {
      sent = m;
      return new Promise((r) => (answer = r));
    });
    const fast = c.check('https://i/photo', occ);
    const slow = c.check('https://i/gan', { ...occ, handle: 'b' });
    let slowDone = false;
    void slow.then(() => (slowDone = true));
    await vi.waitFor(() => expect(sent).toBeDefined());
    const request = sent!.request!;
    const verdict = { status: 'no-face' as const, sha256: 's', width: 1, height: 1, reasons: [], modelVersion: 'm', phash: null };
    // Wrong URL at that place, an unknown request, junk: none settles anything.
    const push = (index: number, v: unknown, r = request) => ({ target: 'content', type: 'verdict', request: r, items: [{ index, url: 'https://i/photo', verdict: v, account: null }] });
    c.receive(push(1, verdict));
    c.receive(push(0, verdict, request + 7));
    c.receive(push(0, { status: 'bogus' }));
    c.receive(push(0, verdict));
    expect((await fast).verdict).toEqual(verdict);
    expect(slowDone).toBe(false);
    answer({ results: sent!.items.map((i) => ({ url: i.url, verdict: { status: 'error', error: 'whole ' + i.url } })) });
    expect((await slow).verdict).toEqual({ status: 'error', error: 'whole https://i/gan' });
    // The whole answer does not undo the pushed one.
    expect((await fast).verdict).toEqual(verdict);
  });
});
