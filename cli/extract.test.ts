import { describe, expect, it } from 'vitest';
import { hasShared, sharedPath } from '../utils/testing/shared-data';
import { runExtract } from './extract';

const KEYS = ['site', 'kind', 'handle', 'displayName', 'profileUrl', 'avatarUrl', 'text', 'hashtags', 'time'];

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runExtract(args, (l) => out.push(l), (l) => err.push(l));
  return { code, out, err };
}

describe.skipIf(!hasShared())('sockscope extract on saved captures', () => {
  it('prints one JSON line per author with exactly the documented keys', async () => {
    const { code, out } = await run(['--json', sharedPath('data/dom/x/mlamp__tweetyoink__x-tweet-quote.html')]);
    expect(code).toBe(0);
    const rows = out.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(Object.keys(row)).toEqual(KEYS);
    expect(rows[0]).toMatchObject({ site: 'x', kind: 'post', handle: 'TestQuoter', text: 'This is a quote tweet with additional commentary' });
    expect(rows[1]).toMatchObject({ kind: 'quote', handle: 'OriginalAuthor', time: '2025-10-28T11:10:33.000Z' });
  });

  it('detects the site of a 2021 twitter.com save and prints a table without --json', async () => {
    const { code, out } = await run([sharedPath('data/dom/x/dasa1341__hwresem2.github.io__Home___Twitter.html')]);
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^KIND\s+HANDLE\s+NAME/);
    expect(out).toHaveLength(5);
    expect(out[1]).toContain('TrendsDhoni');
  });
});

describe('sockscope extract errors', () => {
  it('exits 2 on an unknown site', async () => {
    const { code, err } = await run(['--site', 'myspace', 'page.html']);
    expect(code).toBe(2);
    expect(err.join('\n')).toContain('unknown site "myspace"');
  });

  it('exits 2 on an unreadable file', async () => {
    const { code, err } = await run(['--json', '/nonexistent/page.html']);
    expect(code).toBe(2);
    expect(err.join('\n')).toContain("can't read");
  });

  it('exits 2 without a file', async () => {
    expect((await run(['--json'])).code).toBe(2);
  });
});
