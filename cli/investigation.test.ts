import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAnalyze } from './analyze';

const F = resolve(import.meta.dirname, 'fixtures/investigation');
const PAGES = ['x-truth_now_24-2024-06-10.mhtml', 'youtube-pravda_segodnya-2024-06-12.mhtml', 'x-maria_bakes-2019-05-01.mhtml'].map((f) => join(F, f));
const rows = async (file: string): Promise<Record<string, string>[]> =>
  Papa.parse<Record<string, string>>((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

describe('sockscope analyze on several saved pages (one investigation)', () => {
  let dir = '';
  const lines: string[] = [];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sockscope-investigation-'));
    const code = await runAnalyze([...PAGES, '--known-users', join(F, 'io_users.csv'), '--known-tweets', join(F, 'io_tweets.csv'), '--out', join(dir, 'out')], (l) => lines.push(l), () => undefined);
    expect(code).toBe(0);
  }, 120_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('sees the pages by their own MHTML dates, not in the order given', () => {
    expect(lines.filter((l) => l.startsWith('page ')).map((l) => l.split(' ')[1])).toEqual(['x-maria_bakes-2019-05-01.mhtml', 'x-truth_now_24-2024-06-10.mhtml', 'youtube-pravda_segodnya-2024-06-12.mhtml']);
  });

  it('finds each of the four signals, with its score column and reason', async () => {
    const acc = await rows(join(dir, 'out/accounts.csv'));
    const maria = acc.find((a) => a.account_key === 'x:maria_bakes');
    expect(maria).toMatchObject({ user_screen_name: 'truth_now_24', user_display_name: 'Правда Сегодня', userid: '1180000000000000001', account_creation_date: '2011-03' });
    expect(Number(maria?.score_repurposed)).toBe(1);
    expect(maria?.reasons).toMatch(/repurposed \+35: Possibly repurposed: renamed @maria_bakes → @truth_now_24 \(same X id\).*silent 61 months.*older posts in English, newer in Russian/);
    expect(Number(maria?.score_known_content)).toBe(1);
    expect(maria?.reasons).toMatch(/known-content \+40: .*near-copy of a tweet by @net_anna on 2021-03-02 \(io_tweets\.csv row 1, tweet 7000\)/);
    expect(Number(maria?.score_cross_platform)).toBe(1);
    expect(maria?.reasons).toMatch(/cross-platform \+10: Same picture as youtube\.com\/@pravda_segodnya, seen 2024-06-12/);
    expect(Number(maria?.score_non_photo_avatar)).toBeGreaterThanOrEqual(0.7);
    expect(maria?.reasons).toMatch(/non-photo-avatar \+\d: Profile picture looks like/);
    expect(maria?.band).toBe('high');
    const ira = acc.find((a) => a.account_key === 'x:ira_news_77');
    expect(ira?.reasons).toMatch(/known-account \+80: Listed in io_users\.csv/);
    expect(acc.find((a) => a.account_key === 'youtube:pravda_segodnya')?.userid).toBe('UCfixturePravda0000000ab');
  });

  it('writes links.csv with the rename and the cross-platform picture', async () => {
    const links = await rows(join(dir, 'out/links.csv'));
    expect(links.map((l) => [l.account_a, l.account_b, l.kind])).toEqual([
      ['x:maria_bakes', 'x:truth_now_24', 'same-account-id'],
      ['x:maria_bakes', 'youtube:pravda_segodnya', 'cross-platform'],
    ]);
    expect(links[0]?.evidence).toBe('x id 1180000000000000001 seen as @maria_bakes (2019-05-01), @truth_now_24 (2024-06-10)');
    const readme = await readFile(join(dir, 'out/README.md'), 'utf8');
    for (const col of ['score_repurposed', 'score_non_photo_avatar', 'score_cross_platform', 'score_known_content', 'account_a']) expect(readme).toContain(`\`${col}\``);
  });

  it('keeps the history of names, handles, avatars and bios in evidence.json', async () => {
    const ev = JSON.parse(await readFile(join(dir, 'out/evidence.json'), 'utf8')) as { accounts: { key: string; history: { field: string; value: string }[] }[] };
    const h = ev.accounts.find((a) => a.key === 'x:maria_bakes')?.history ?? [];
    expect(h.filter((e) => e.field === 'name').map((e) => e.value)).toEqual(['Maria Baker', 'Правда Сегодня']);
    expect(h.filter((e) => e.field === 'avatar')).toHaveLength(2);
    expect(h.filter((e) => e.field === 'bio')).toHaveLength(2);
  });

  it('with undated pages, keeps the order given', async () => {
    const out: string[] = [];
    const html = join(import.meta.dirname, '../sites/youtube/fixtures/page-header-2025.html');
    expect(await runAnalyze([html, PAGES[2]!, '--out', join(dir, 'two')], (l) => out.push(l), () => undefined, Date.UTC(2026, 0, 1))).toBe(0);
    expect(out.filter((l) => l.startsWith('page ')).map((l) => l.split(' ')[1])).toEqual(['page-header-2025.html', 'x-maria_bakes-2019-05-01.mhtml']);
  });
});
