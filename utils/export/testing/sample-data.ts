import { FLAGGED_P, okVerdict } from '../../testing/verdict';
import type { AccountKey } from '../../../core/evidence';
import { NO_PROFILE, NO_REVIEW, type ExportAccount, type ExportData } from '../types';

/** Text a hostile page could put in a post or name: formulas, markup, bidi override, zero-width, emoji, quotes, newlines. */
export const HOSTILE = '=HYPERLINK("https://evil.example","click") <img src=x onerror=alert(1)> \u202Eevil\u202C zero\u200Bwidth 👩🏽‍💻 "q"\nline2, ok';

const T0 = Date.UTC(2021, 3, 1, 12);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]);

/** A flagged GAN-face account with a copied-text cluster (for tests and docs). */
export function sampleAccount(handle: string, over: Partial<ExportAccount> = {}): ExportAccount {
  const key = `x:${handle.toLowerCase()}` as AccountKey;
  return {
    key, platform: 'x', handle, displayNames: ['Lily Chen'], profileUrl: `https://x.com/${handle}`, profile: NO_PROFILE,
    risk: 59, band: 'medium', signals: { 'gan-face': 0.97, 'copied-text': 0.9 },
    reasons: [
      { signal: 'gan-face', family: 'image', points: 39, reason: 'Profile photo scored 0.97 of 1 as GAN-made (eye positions and the GAN-face model combined)' },
      { signal: 'copied-text', family: 'text', points: 27, reason: 'Same text as 2 other accounts on 2021-04-01' },
    ],
    cap: null,
    clusters: [{ signal: 'copied-text', score: 0.9, threshold: 0.5, fired: true, reason: 'Same text', count: 2, accounts: ['x:other' as AccountKey], truncated: false, day: '2021-04-01', shared: 'Proud of our progress' }],
    firstSeen: T0, lastSeen: T0 + 60_000,
    avatars: [{ url: `https://pbs.twimg.com/profile_images/1/${handle}.jpg`, sha256: 'ab'.repeat(32), phash: '0123456789abcdef', firstSeen: T0 }],
    imageUrl: `https://pbs.twimg.com/profile_images/1/${handle}.jpg`,
    image: okVerdict(FLAGGED_P, { sha256: 'ab'.repeat(32), eyeDistance: 0.004, modelVersion: 'gan-face-test-1', phash: '0123456789abcdef' }),
    review: NO_REVIEW,
    accountId: null,
    history: [{ field: 'name', value: 'Lily Chen', firstSeen: T0, lastSeen: T0 + 60_000 }],
    ...over,
  };
}

/** Two accounts (one hostile), three posts, one fetched avatar and one failed fetch. */
export function sampleData(): ExportData {
  const a = sampleAccount('gan_face_one');
  const b = sampleAccount('Hostile', { displayNames: [HOSTILE], band: 'low', risk: 10, reasons: [], signals: {}, review: { status: 'false-positive', notes: '@SUM(1)\nchecked', updatedAt: T0 } });
  return {
    generatedAt: T0 + 3_600_000,
    source: { tool: 'sockscope', version: '0.1.0', from: 'cli', input: 'home.html' },
    accounts: [a, b],
    posts: [
      { account: a.key, platform: 'x', kind: 'post', text: 'Proud of our progress!', time: '2021-04-01T10:00:00.000Z', hashtags: ['Xinjiang', 'Progress'], pageUrl: 'https://x.com/home', seenAt: T0 },
      { account: b.key, platform: 'x', kind: 'post', text: HOSTILE, time: null, hashtags: [], pageUrl: 'https://x.com/home', seenAt: T0 },
      { account: b.key, platform: 'x', kind: 'reply', text: '-2+3', time: null, hashtags: [], pageUrl: 'https://x.com/home', seenAt: T0 },
    ],
    avatars: [
      { url: a.avatars[0]?.url ?? '', ok: true, bytes: JPEG, contentType: 'image/jpeg' },
      { url: b.avatars[0]?.url ?? '', ok: false, error: 'HTTP 404' },
    ],
  };
}
