import { describe, expect, it } from 'vitest';
import { isUserScrolling, parseBackgroundMessage, parseOffscreenMessage, parseResponse, AnalyzeResponseSchema } from './index';

const occ = {
  site: 'x', kind: 'post', handle: 'a', displayName: 'A', profileUrl: 'https://x.com/a',
  avatarUrl: 'https://pbs.twimg.com/profile_images/1/a_normal.jpg', text: '<b>hi</b>', hashtags: ['x'], time: null,
};

describe('message protocol', () => {
  it('accepts a well-formed analyze request', () => {
    const m = parseBackgroundMessage({ target: 'background', type: 'analyze', items: [{ url: 'https://pbs.twimg.com/x.jpg', occurrence: occ }] });
    expect(m?.type).toBe('analyze');
  });
  it('ignores other targets, unknown types and junk', () => {
    expect(parseBackgroundMessage({ target: 'offscreen', type: 'analyze', items: [] })).toBeNull();
    expect(parseBackgroundMessage({ target: 'background', type: 'rm -rf' })).toBeNull();
    expect(parseBackgroundMessage('hello')).toBeNull();
    expect(parseBackgroundMessage(null)).toBeNull();
    expect(parseOffscreenMessage({ target: 'offscreen', type: 'offscreen-analyze', urls: ['javascript:alert(1)'] })).toBeNull();
  });
  it('rejects oversized batches and non-http URLs', () => {
    const items = Array.from({ length: 65 }, () => ({ url: 'https://pbs.twimg.com/x.jpg', occurrence: occ }));
    expect(parseBackgroundMessage({ target: 'background', type: 'analyze', items })).toBeNull();
    expect(parseBackgroundMessage({ target: 'background', type: 'analyze', items: [{ url: 'file:///etc/passwd', occurrence: occ }] })).toBeNull();
  });
  it('rejects a bad occurrence (wrong site, huge text)', () => {
    const bad = { ...occ, site: 'myspace' };
    expect(parseBackgroundMessage({ target: 'background', type: 'analyze', items: [{ url: 'https://a/b', occurrence: bad }] })).toBeNull();
    const huge = { ...occ, text: 'x'.repeat(30_000) };
    expect(parseBackgroundMessage({ target: 'background', type: 'analyze', items: [{ url: 'https://a/b', occurrence: huge }] })).toBeNull();
  });
  it('carries a rename-proof account id only in the platforms\' formats', () => {
    const with_ = (accountId: unknown) => parseBackgroundMessage({ target: 'background', type: 'analyze', items: [{ url: 'https://a/b', occurrence: { ...occ, accountId } }] });
    const m = with_('1180000000000000001');
    expect(m?.type === 'analyze' && m.items[0]?.occurrence.accountId).toBe('1180000000000000001');
    expect(with_('UCfixturePravda0000000ab')).not.toBeNull();
    expect(with_('<script>')).toBeNull();
    expect(with_('x'.repeat(40))).toBeNull();
    expect(parseBackgroundMessage({ target: 'background', type: 'analyze', items: [{ url: 'https://a/b', occurrence: occ }] })).not.toBeNull();
  });
  it('accepts the scroll signal for the analyser only, and nothing smuggled in its place', () => {
    expect(isUserScrolling({ target: 'analyser', type: 'user-scrolling' })).toBe(true);
    expect(isUserScrolling({ target: 'analyser', type: 'analyze', items: [] })).toBe(false);
    expect(isUserScrolling({ target: 'offscreen', type: 'user-scrolling' })).toBe(false);
    expect(parseBackgroundMessage({ target: 'analyser', type: 'user-scrolling' })).toBeNull();
    expect(parseOffscreenMessage({ target: 'analyser', type: 'user-scrolling' })).toBeNull();
  });
  it('validates responses and names the failure', () => {
    expect(() => parseResponse(AnalyzeResponseSchema, { results: [{ url: 'u', verdict: { status: 'bogus' } }] }, 'analyze')).toThrow(/malformed analyze/);
    const ok = parseResponse(AnalyzeResponseSchema, { results: [{ url: 'u', verdict: { status: 'error', error: 'nope' } }] }, 'analyze');
    expect(ok.results[0]?.verdict.status).toBe('error');
  });
});
