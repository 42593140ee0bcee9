import { adapterFor } from '../../sites/adapters';
import type { AccountRecord, ImageRecord } from '../db/records';
import type { EvidenceDb } from '../db/schema';
import type { Settings } from '../settings-schema';
import { assessStored } from './assess';
import { loadReviews, reviewOf } from './reviews';
import { NO_PROFILE, type ExportAccount, type ExportPost } from './types';

/** Every stored account with its fused risk and evidence, riskiest first, plus every post sighting. */
export async function loadStoredEvidence(db: EvidenceDb, settings: Settings): Promise<{ accounts: ExportAccount[]; posts: ExportPost[] }> {
  const [records, observations, reviews] = await Promise.all([db.getAll('accounts'), db.getAll('observations'), loadReviews(db)]);
  const accounts: ExportAccount[] = [];
  for (const rec of records) {
    const stored = await newestImage(db, rec);
    const image = stored?.verdict ?? null;
    const judged = await assessStored(db, rec, image, settings);
    accounts.push({
      key: rec.key, platform: rec.site, handle: rec.handle, displayNames: rec.displayNames, profileUrl: rec.profileUrl,
      // Twitter's archive calls the numeric id `userid`; the other platforms' ids go in the same column.
      profile: { ...NO_PROFILE, userid: rec.accountId ?? null, accountCreationDate: rec.joined ?? null, profileDescription: latestBio(rec) },
      ...judged, firstSeen: rec.firstSeen, lastSeen: rec.lastSeen, image, imageUrl: stored?.url ?? null,
      avatars: rec.avatars.map((a) => (a.sha256 || !stored || a.url !== rec.avatarUrls.at(-1) ? a : { ...a, sha256: stored.sha256, phash: stored.phash })), review: reviewOf(reviews, rec.key),
      accountId: rec.accountId ?? null, history: rec.history ?? [],
    });
  }
  const site = new Map(records.map((r) => [r.key, r.site]));
  const posts: ExportPost[] = observations.map((o) => ({
    account: o.accountKey, platform: site.get(o.accountKey) ?? 'x', kind: o.kind, text: o.text, time: o.time, hashtags: o.hashtags, pageUrl: o.pageUrl, seenAt: o.seenAt,
  }));
  accounts.sort((a, b) => b.risk - a.risk || b.lastSeen - a.lastSeen);
  return { accounts, posts };
}

/** The newest bio the store saw, or null. */
function latestBio(rec: AccountRecord): string | null {
  return (rec.history ?? []).filter((h) => h.field === 'bio').sort((a, b) => b.lastSeen - a.lastSeen)[0]?.value ?? null;
}

/**
 * The stored result for the account's newest avatar. The content script sends the adapter's analysis
 * URL (on X a larger size than the page shows), so results may sit under that URL, not the page's.
 */
async function newestImage(db: EvidenceDb, rec: AccountRecord): Promise<ImageRecord | undefined> {
  const url = rec.avatarUrls.at(-1);
  if (!url) return undefined;
  const direct = await db.get('images', url);
  if (direct) return direct;
  const analysed = adapterFor(rec.site)?.analysisUrl(url);
  return analysed ? db.get('images', analysed) : undefined;
}
