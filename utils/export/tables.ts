import { ACCOUNT_COLUMNS, POST_COLUMNS, SIGNAL_COLUMNS } from './columns';
import { toCsv, type CellValue } from './csv-cell';
import type { ExportAccount, ExportPost } from './types';

const iso = (ms: number): string => new Date(ms).toISOString();

/** Model version of the account's image verdict, when it was analysed. */
function modelVersion(a: ExportAccount): string | null {
  return a.image && a.image.status !== 'error' ? a.image.modelVersion : null;
}

/** One accounts.csv row, in ACCOUNT_COLUMNS order. */
export function accountRow(a: ExportAccount, avatarFile: (url: string) => string | null): CellValue[] {
  const avatar = a.avatars[a.avatars.length - 1] ?? null;
  const p = a.profile;
  return [
    p.userid, a.displayNames[a.displayNames.length - 1] ?? null, a.handle, p.reportedLocation, p.profileDescription, a.profileUrl,
    p.followerCount, p.followingCount, p.accountCreationDate, p.accountLanguage,
    a.platform, a.key, a.risk, a.band,
    ...SIGNAL_COLUMNS.map((s) => a.signals[s] ?? null),
    a.reasons.map((r) => `${r.signal} +${r.points}: ${r.reason}`).join(' | '),
    iso(a.firstSeen), iso(a.lastSeen),
    avatar?.url ?? null, avatar?.sha256 ?? null, avatar?.phash ?? null, a.imageUrl ?? avatar?.url ?? null, avatarFile(a.imageUrl ?? avatar?.url ?? ''),
    modelVersion(a), a.review.status, a.review.notes,
  ];
}

/** accounts.csv: Twitter IO user columns first, then Sockscope's evidence. */
export function accountsCsv(accounts: readonly ExportAccount[], avatarFile: (url: string) => string | null): string {
  return toCsv(ACCOUNT_COLUMNS.map(([name]) => name), accounts.map((a) => accountRow(a, avatarFile)));
}

/** posts.csv: one row per sighting. */
export function postsCsv(posts: readonly ExportPost[]): string {
  return toCsv(
    POST_COLUMNS.map(([name]) => name),
    posts.map((p) => [p.account, p.platform, p.kind, p.text, p.time, p.hashtags.join(' '), p.pageUrl, iso(p.seenAt)]),
  );
}
