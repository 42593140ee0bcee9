import { describe, expect, it } from 'vitest';
import { accountKey } from './account-key';
import { computeCoordination } from './coordination';
import type { AvatarSighting } from './reused-avatar';

const SEEN = Date.UTC(2026, 11, 1);
const s = (site: 'x' | 'youtube' | 'facebook', h: string, phash: string, sha256: string | null = null): AvatarSighting => ({ accountKey: accountKey(site, h), url: `https://img/${site}/${h}`, sha256, phash, seenAt: SEEN });

describe('cross-platform pictures', () => {
  it('links the same picture on X and YouTube as cross-platform, not as reuse', () => {
    const out = computeCoordination({ posts: [], avatars: [s('x', 'jane', 'ffff0000ffff0000'), s('youtube', 'janechan', 'ffff0000ffff000f')] });
    const x = out.get(accountKey('x', 'jane')) ?? [];
    expect(x.map((c) => c.signal)).toEqual(['cross-platform']);
    expect(x[0]?.reason).toBe('Same picture as youtube.com/@janechan, seen 2026-12-01 — a link between accounts to follow, not proof');
    expect(out.get(accountKey('youtube', 'janechan'))?.[0]?.accounts).toEqual([accountKey('x', 'jane')]);
  });

  it('keeps same-platform reuse and cross-platform apart for one account', () => {
    const out = computeCoordination({ posts: [], avatars: [s('x', 'a', 'ffff0000ffff0000', 'h'), s('x', 'b', 'ffff0000ffff0000', 'h'), s('facebook', '1000123', 'ffff0000ffff0000', 'h')] });
    const a = out.get(accountKey('x', 'a')) ?? [];
    expect(a.find((c) => c.signal === 'reused-avatar')?.accounts).toEqual([accountKey('x', 'b')]);
    const cross = a.find((c) => c.signal === 'cross-platform');
    expect(cross?.accounts).toEqual([accountKey('facebook', '1000123')]);
    expect(cross?.reason).toMatch(/facebook\.com\/profile\.php\?id=1000123.*\(identical file\)/);
  });

  it('does not link different pictures, or default avatars, across platforms', () => {
    const far = computeCoordination({ posts: [], avatars: [s('x', 'a', 'ffff0000ffff0000'), s('youtube', 'b', '0000ffff0000ffff')] });
    expect(far.size).toBe(0);
    const def = { ...s('x', 'c', 'ffff0000ffff0000'), url: 'https://abs.twimg.com/sticky/default_profile_images/default_profile_normal.png' };
    expect(computeCoordination({ posts: [], avatars: [def, s('youtube', 'd', 'ffff0000ffff0000')] }).size).toBe(0);
  });

  it('names three accounts and counts the rest', () => {
    const others = ['a', 'b', 'c', 'd', 'e'].map((h) => s('youtube', h, 'ffff0000ffff0000'));
    const out = computeCoordination({ posts: [], avatars: [s('x', 'z', 'ffff0000ffff0000'), ...others] });
    const ev = out.get(accountKey('x', 'z'))?.[0];
    expect(ev?.count).toBe(5);
    expect(ev?.reason).toMatch(/youtube\.com\/@c, seen 2026-12-01 and 2 more/);
  });
});
