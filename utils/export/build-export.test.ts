import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildExport } from './build-export';
import { ACCOUNT_COLUMNS, POST_COLUMNS } from './columns';
import { HOSTILE, sampleData } from './testing/sample-data';

// fflate's strFromU8 drops the BOM (TextDecoder default); keep it to check it is there.
const strFromU8 = (b: Uint8Array): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(b);

const csv = (bytes: Uint8Array | undefined): Record<string, string>[] => {
  const text = strFromU8(bytes ?? new Uint8Array());
  expect(text.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
};

describe('buildExport', () => {
  const files = unzipSync(buildExport(sampleData(), { stix: true }));

  it('writes every file', () => {
    const names = Object.keys(files);
    expect(names.filter((n) => !n.startsWith('avatars/')).sort()).toEqual(['README.md', 'accounts.csv', 'evidence.json', 'links.csv', 'posts.csv', 'stix-bundle.json']);
    expect(names.filter((n) => n.startsWith('avatars/'))).toEqual([expect.stringMatching(/^avatars\/[0-9a-f]+\.jpg$/)]);
  });

  it('accounts.csv has the Twitter IO columns first, then the evidence, one row per account', () => {
    const text = strFromU8(files['accounts.csv'] ?? new Uint8Array());
    const header = text.slice(1).split('\r\n')[0]?.split(',');
    expect(header).toEqual(ACCOUNT_COLUMNS.map(([n]) => n));
    expect(header?.slice(0, 10)).toEqual(['userid', 'user_display_name', 'user_screen_name', 'user_reported_location', 'user_profile_description', 'user_profile_url', 'follower_count', 'following_count', 'account_creation_date', 'account_language']);
    const rows = csv(files['accounts.csv']);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ user_screen_name: 'gan_face_one', platform: 'x', risk: '59', band: 'medium', score_gan_face: '0.97', model_version: 'gan-face-test-1', userid: '' });
    expect(rows[0]?.avatar_file).toMatch(/^avatars\//);
    expect(rows[0]?.reasons).toContain('gan-face +39');
  });

  it('hostile text survives, with the formula neutralised', () => {
    const rows = csv(files['accounts.csv']);
    expect(rows[1]?.user_display_name).toBe(`'${HOSTILE}`);
    expect(rows[1]?.review_status).toBe('false-positive');
    expect(rows[1]?.review_notes).toBe("'@SUM(1)\nchecked");
    const posts = csv(files['posts.csv']);
    expect(Object.keys(posts[0] ?? {})).toEqual(POST_COLUMNS.map(([n]) => n));
    expect(posts.map((p) => p.text)).toEqual(['Proud of our progress!', `'${HOSTILE}`, "'-2+3"]);
    expect(posts[0]?.hashtags).toBe('Xinjiang Progress');
  });

  it('evidence.json is typed, versioned and records avatar failures', () => {
    const ev = JSON.parse(strFromU8(files['evidence.json'] ?? new Uint8Array())) as { schemaVersion: number; accounts: { displayNames: string[] }[]; avatarFailures: unknown[] };
    expect(ev.schemaVersion).toBe(2);
    expect(ev.accounts[1]?.displayNames[0]).toBe(HOSTILE); // JSON keeps the text exactly
    expect(ev.avatarFailures).toEqual([{ url: 'https://pbs.twimg.com/profile_images/1/Hostile.jpg', error: 'HTTP 404' }]);
  });

  it('README describes every column', () => {
    const readme = strFromU8(files['README.md'] ?? new Uint8Array());
    for (const [name] of [...ACCOUNT_COLUMNS, ...POST_COLUMNS]) expect(readme).toContain(`\`${name}\``);
  });

  it('exports a selection only, and is deterministic', () => {
    const data = sampleData();
    const sel = unzipSync(buildExport(data, { select: ['x:hostile'] }));
    expect(csv(sel['accounts.csv']).map((r) => r.user_screen_name)).toEqual(['Hostile']);
    expect(csv(sel['posts.csv'])).toHaveLength(2);
    expect(Object.keys(sel).some((p) => p.startsWith('avatars/'))).toBe(false);
    expect(sel['stix-bundle.json']).toBeUndefined();
    expect(buildExport(data)).toEqual(buildExport(data));
  });
});
