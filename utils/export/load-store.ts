import type { EvidenceDb } from '../db/schema.ts';
import type { Settings } from '../settings-schema.ts';
import { assessStored } from './assess.ts';
import { loadReviews, reviewOf } from './reviews.ts';
import { signalScores } from './signal-scores.ts';
import { NO_PROFILE, type ExportAccount, type ExportPost } from './types.ts';

/** Every stored account with its fused risk and evidence, riskiest first, plus every post sighting. */
export async function loadStoredEvidence(db: EvidenceDb, settings: Settings): Promise<{ accounts: ExportAccount[]; posts: ExportPost[] }> {
  const [records, observations, reviews] = await Promise.all([db.getAll('accounts'), db.getAll('observations'), loadReviews(db)]);
  const accounts: ExportAccount[] = [];
  for (const rec of records) {
    const newest = rec.avatarUrls.at(-1);
    const image = newest ? ((await db.get('images', newest))?.verdict ?? null) : null;
    const fused = await assessStored(db, rec, image, settings);
    accounts.push({
      key: rec.key, platform: rec.site, handle: rec.handle, displayNames: rec.displayNames, profileUrl: rec.profileUrl, profile: NO_PROFILE,
      risk: fused.risk, band: fused.band, signals: signalScores(image, fused.clusters, fused.reasons), reasons: fused.reasons, cap: fused.cap,
      clusters: fused.clusters, firstSeen: rec.firstSeen, lastSeen: rec.lastSeen, avatars: rec.avatars, image, review: reviewOf(reviews, rec.key),
    });
  }
  const site = new Map(records.map((r) => [r.key, r.site]));
  const posts: ExportPost[] = observations.map((o) => ({
    account: o.accountKey, platform: site.get(o.accountKey) ?? 'x', kind: o.kind, text: o.text, time: o.time, hashtags: o.hashtags, pageUrl: o.pageUrl, seenAt: o.seenAt,
  }));
  accounts.sort((a, b) => b.risk - a.risk || b.lastSeen - a.lastSeen);
  return { accounts, posts };
}
