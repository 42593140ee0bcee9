import { mkdtemp, readFile, readdir, rm, copyFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { avatarUrl, renderTimeline } from '../e2e/fixtures/x-timeline';
import { AVATARS } from '../e2e/fixtures/avatars';
import { renderXProfile } from '../e2e/fixtures/investigation';
import { hasShared, sharedPath } from '../utils/testing/shared-data';
import { localAvatarPath } from './analyze-local-files';
import { runAnalyze } from './analyze';

const rows = async (file: string): Promise<Record<string, string>[]> =>
  Papa.parse<Record<string, string>>((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
const RING = 'The western media lies about the region. Visit and see the happy people with your own eyes!';
const RING2 = 'Foreign journalists never visit the villages they write about. They copy each other instead!';

describe('localAvatarPath', () => {
  it('maps a resolved _files URL back to the saved folder, and refuses to leave it', () => {
    expect(localAvatarPath('/s/Home _ X.html', 'https://x.com/Home%20_%20X_files/a_x96.jpg')).toBe('/s/Home _ X_files/a_x96.jpg');
    expect(localAvatarPath('/s/p.html', 'https://pbs.twimg.com/profile_images/1/a.jpg')).toBeNull();
    expect(localAvatarPath('/s/p.html', 'https://x.com/p_files/%2e%2e/secret')).toBeNull();
  });
});

describe.skipIf(!hasShared())('sockscope analyze', () => {
  let dir = '';
  beforeAll(async () => {
    // A Chrome-style "Save as… complete" page built from the e2e timeline (avatars copied from ../shared into /tmp only: the CLI reads no links).
    dir = await mkdtemp(join(tmpdir(), 'sockscope-analyze-'));
    await mkdir(join(dir, 'Home _ X_files'));
    // A ring posts together more than once: copied text counts only when repeated with the same accounts.
    const posts = [RING, RING2].flatMap((text) => [
      { handle: 'gan_face_one', name: '=HYPERLINK("http://evil")', avatar: 'gan1', text, hashtags: ['Xinjiang', 'StopTheLies'] },
      ...[1, 2, 3].map((i) => ({ handle: `ring_${i}`, name: `Ring ${i}`, avatar: i === 3 ? 'missing' : 'real1', text, hashtags: ['Xinjiang', 'StopTheLies'] })),
    ]);
    let html = `<!-- saved from url=(0022)https://x.com/home -->\n${renderTimeline(posts)}`;
    for (const key of ['gan1', 'real1', 'missing']) {
      const local = `./Home%20_%20X_files/${key}_normal.jpg`;
      html = html.split(avatarUrl(key)).join(local);
      const shared = AVATARS[key]?.shared;
      if (shared) await copyFile(sharedPath(shared), join(dir, 'Home _ X_files', `${key}_normal.jpg`));
    }
    await writeFile(join(dir, 'Home _ X.html'), html);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes the export folder: flagged ring, avatars from _files, failures recorded, formulas neutralised', async () => {
    const lines: string[] = [];
    const out = join(dir, 'out');
    expect(await runAnalyze([join(dir, 'Home _ X.html'), '--out', out], (l) => lines.push(l))).toBe(0);
    expect(lines[0]).toMatch(/^page Home _ X\.html \(x, seen \d{4}-\d\d-\d\d\): 8 authors$/);
    expect(lines.at(-1)).toMatch(/^4 accounts \(\d+ flagged\), 8 posts, 2\/3 avatars/);
    expect((await readdir(out)).sort()).toEqual(['README.md', 'accounts.csv', 'avatars', 'evidence.json', 'links.csv', 'posts.csv', 'stix-bundle.json']);
    expect(await readdir(join(out, 'avatars'))).toHaveLength(2);
    const accounts = await rows(join(out, 'accounts.csv'));
    const gan = accounts.find((a) => a.user_screen_name === 'gan_face_one');
    expect(gan?.user_display_name).toBe('\'=HYPERLINK("http://evil")');
    expect(gan?.band).toMatch(/^(medium|high)$/);
    expect(gan?.reasons).toContain('copied-text');
    expect(Number(gan?.score_gan_face)).toBeGreaterThan(0.5);
    expect(gan?.avatar_file).toMatch(/^avatars\//);
    const ev = JSON.parse(await readFile(join(out, 'evidence.json'), 'utf8')) as { avatarFailures: { error: string }[] };
    expect(ev.avatarFailures).toHaveLength(1);
    expect(ev.avatarFailures[0]?.error).toMatch(/missing from the saved page's folder/);
  });

  it('writes a zip when --out ends in .zip; bad arguments exit 2', async () => {
    expect(await runAnalyze([join(dir, 'Home _ X.html'), '--out', join(dir, 'e.zip')], () => undefined)).toBe(0);
    expect((await readFile(join(dir, 'e.zip'))).subarray(0, 2).toString()).toBe('PK');
    expect(await runAnalyze([join(dir, 'Home _ X.html')], () => undefined, () => undefined)).toBe(2);
  });

  it('runs on a real capture from ../shared (no _files folder there: every avatar is a recorded failure)', async () => {
    const out = join(dir, 'real');
    const lines: string[] = [];
    expect(await runAnalyze([sharedPath('data/dom/x/ibbi__twooter__Home___X.html'), '--out', out, '--no-stix'], (l) => lines.push(l))).toBe(0);
    expect(lines.at(-1)).toMatch(/^5 accounts/);
    expect((await rows(join(out, 'posts.csv'))).length).toBeGreaterThan(0);
  });
});

describe('sockscope analyze on one saved profile page', () => {
  it('finds a repurposed account from the page alone: joined long ago, English football in 2019, short Chinese political posts in 2026', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sockscope-profile-'));
    try {
      const en = ['What a match last night, Liverpool were brilliant in the second half!', 'Cannot believe that penalty decision, the referee was awful', 'Big game on Sunday, hoping the lads keep the winning run going'];
      const zh = ['香港暴徒破坏秩序，西方媒体视而不见。', '新疆人民生活幸福安宁。', '美国政客干涉中国内政！', '台湾是中国的一部分。'];
      // Newest first, as a profile shows them.
      const posts = [...zh.map((text, i) => ({ text, time: `2026-11-0${5 - i}T10:00:00.000Z` })), ...en.map((text, i) => ({ text, time: `2019-0${5 - i}-10T10:00:00.000Z` }))];
      const page = renderXProfile({ handle: 'kop_fan_2012', name: 'Kop Fan', bio: 'Football.', avatar: 'real1', posts }, avatarUrl);
      await writeFile(join(dir, 'x-kop_fan_2012.html'), `<!-- saved from url=(0031)https://x.com/kop_fan_2012 -->\n${page}`);
      const lines: string[] = [];
      expect(await runAnalyze([join(dir, 'x-kop_fan_2012.html'), '--out', join(dir, 'out')], (l) => lines.push(l))).toBe(0);
      const [account] = await rows(join(dir, 'out', 'accounts.csv'));
      expect(Number(account?.score_repurposed)).toBeGreaterThanOrEqual(0.55);
      expect(account?.reasons).toContain('silent 90 months (2019-05 to 2026-11), then 4 posts within a month; older posts in English, newer in Chinese');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
