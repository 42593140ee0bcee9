import type { AuthorOccurrence } from '../../core/sighting';
import { accountKey } from '../../signals/account-key';
import { hashtagSetKey } from '../../signals/hashtag-burst';
import { lshKeys } from '../../signals/minhash';
import { textFingerprint } from '../../signals/text-similarity';
import { repostItem } from '../../signals/co-repost';
import { siteEntry } from '../../sites/registry';
import type { AccountKey } from '../../core/evidence';
import { utcDay } from './day';
import { historyWith } from './history';
import { MAX_SEEN, type AccountRecord, type ObservationRecord } from './records';
import { dbFailure, observed, type DbResult } from './result';
import type { EvidenceDb } from './schema';

/** Builds the observation row; pure, and done before the transaction opens (IDB transactions close on idle). */
export function toObservation(occ: AuthorOccurrence, key: AccountKey, pageUrl: string, now: number): ObservationRecord {
  const day = utcDay(occ.time, now);
  // "RT @user: …" is someone else's text: kept to read, never fingerprinted as this account's copied text or tags.
  const repost = repostItem({ text: occ.text }) !== null;
  const fp = occ.text && !repost ? textFingerprint(occ.text) : null;
  const tagsKey = repost ? null : hashtagSetKey(occ.hashtags);
  const obs: ObservationRecord = {
    accountKey: key,
    kind: occ.kind,
    text: occ.text,
    textHash: fp && fp.length > 0 ? fp.hash : null,
    textLength: fp?.length ?? 0,
    minhash: fp && fp.length > 0 ? fp.signature : null,
    lshKeys: fp && fp.length > 0 ? lshKeys(fp.signature).map((k) => `${day}|${k}`) : [],
    hashtags: occ.hashtags,
    time: occ.time,
    day,
    pageUrl,
    seenAt: now,
  };
  if (tagsKey) obs.tagsKey = tagsKey;
  return obs;
}

/** The reposter of a sighting shown as "X reposted": their own sighting (no text of theirs) and what their row records. */
function reposterOf(o: AuthorOccurrence): { occ: AuthorOccurrence; fields: Pick<ObservationRecord, 'repostItem' | 'repostShown'> }[] {
  const r = o.repost;
  if (!r) return [];
  const item = r.postId ? `id:${r.postId}` : repostItem({ text: o.text, isRetweet: true, originalAuthor: r.author });
  if (!item) return [];
  const occ: AuthorOccurrence = { site: o.site, kind: 'post', handle: r.by, displayName: r.byName, profileUrl: `https://${siteEntry(o.site).webLabel(r.by)}`, avatarUrl: null, text: null, hashtags: [], time: null };
  return [{ occ, fields: r.shownCount === null ? { repostItem: item } : { repostItem: item, repostShown: r.shownCount } }];
}

/** Adds a value to a capped, de-duplicated, oldest-first list. */
function remember(list: readonly string[], value: string | null): string[] {
  if (!value || list.includes(value)) return [...list];
  return [...list, value].slice(-MAX_SEEN);
}

/** Merges one sighting into the account record (new or existing). */
export function mergeAccount(prev: AccountRecord | undefined, occ: AuthorOccurrence, key: AccountKey, now: number): AccountRecord {
  const base: AccountRecord = prev ?? {
    key, site: occ.site, handle: occ.handle ?? '', profileUrl: null, displayNames: [], avatarUrls: [], avatars: [],
    firstSeen: now, lastSeen: now, review: 'unreviewed', accountId: null, joined: null, history: [],
  };
  const accountId = occ.accountId ?? base.accountId ?? null;
  // The newest sighting names the account: a rename seen on an older saved page must not undo a newer one.
  const newest = now >= base.lastSeen;
  const avatarUrls = remember(base.avatarUrls, occ.avatarUrl);
  const avatars = avatarUrls.map((url) => base.avatars.find((a) => a.url === url) ?? { url, sha256: null, phash: null, firstSeen: now });
  const merged: AccountRecord = {
    ...base,
    handle: (newest ? occ.handle : null) ?? base.handle,
    profileUrl: (newest ? occ.profileUrl : null) ?? base.profileUrl,
    displayNames: remember(base.displayNames, occ.displayName),
    avatarUrls,
    avatars,
    firstSeen: Math.min(base.firstSeen, now),
    lastSeen: Math.max(base.lastSeen, now),
    accountId,
    joined: occ.joined ?? base.joined ?? null,
    history: historyWith(base.history ?? [], occ, now),
  };
  if (accountId) merged.idKey = `${occ.site}:${accountId}`;
  // Indexed only once renamed: the key still names the first handle, this names the current one.
  const current = accountKey(merged.site, merged.handle);
  if (current !== key) merged.handleKey = current;
  else delete merged.handleKey;
  return merged;
}

/**
 * The key each sighting is stored under: an account already stored with the same platform id keeps
 * its key after a rename, so the old and new handle's posts stay one account's.
 */
async function resolveKeys(lookup: { byId: (idKey: string) => Promise<string | undefined>; byHandle: (handleKey: string) => Promise<string | undefined> }, occs: readonly AuthorOccurrence[]): Promise<AccountKey[]> {
  const direct = occs.map((o) => accountKey(o.site, o.handle!));
  const ids = [...new Set(occs.flatMap((o) => (o.accountId ? [`${o.site}:${o.accountId}`] : [])))];
  const stored = new Map(await Promise.all(ids.map(async (id) => [id, (await lookup.byId(id)) as AccountKey | undefined] as const)));
  const named = new Map<string, AccountKey>();
  const byHandle = new Map<string, AccountKey>();
  const keys = occs.map((o, i) => {
    if (!o.accountId) return null;
    const id = `${o.site}:${o.accountId}`;
    // Within one batch, the first sighting of a new id names the key for the rest.
    const key = stored.get(id) ?? named.get(id) ?? direct[i]!;
    named.set(id, key);
    byHandle.set(direct[i]!, key);
    return key;
  });
  // A sighting without the id (a post under the profile header that showed it) joins the account its
  // handle now belongs to: in this batch, else a renamed account in the store.
  const orphans = [...new Set(direct.filter((k, i) => keys[i] === null && !byHandle.has(k)))];
  const renamed = new Map(await Promise.all(orphans.map(async (k) => [k, (await lookup.byHandle(k)) as AccountKey | undefined] as const)));
  return keys.map((k, i) => k ?? byHandle.get(direct[i]!) ?? renamed.get(direct[i]!) ?? direct[i]!);
}

/**
 * Writes the account and the observation in ONE transaction, before any analysis runs, so a service
 * worker killed mid-analysis loses nothing; on failure (e.g. quota) the transaction is aborted whole.
 */
export async function recordObservation(
  db: EvidenceDb,
  occ: AuthorOccurrence,
  pageUrl: string,
  now: number,
): Promise<DbResult<{ accountKey: AccountKey; observationId: number }>> {
  if (!occ.handle) return { ok: false, error: 'invalid', message: '[sockscope:db] recordObservation: occurrence has no handle' };
  const r = await recordObservations(db, [occ], pageUrl, now);
  return r.ok ? { ok: true, value: r.value[0]! } : r;
}

/**
 * Records a batch of sightings (all with handles) in ONE transaction: every account is read once and
 * written once, however often it appears, and one commit serves the whole batch. All or nothing.
 */
export async function recordObservations(
  db: EvidenceDb,
  occs: readonly AuthorOccurrence[],
  pageUrl: string,
  now: number,
  /** The page load the sightings came from (the content script's id for it), when known. */
  load?: string,
): Promise<DbResult<Array<{ accountKey: AccountKey; observationId: number }>>> {
  if (occs.some((o) => !o.handle)) return { ok: false, error: 'invalid', message: '[sockscope:db] recordObservations: an occurrence has no handle' };
  if (occs.length === 0) return { ok: true, value: [] };
  // Each "X reposted" line is the reposter's own act: a row of theirs after the sightings themselves.
  const acts = occs.flatMap((o) => reposterOf(o));
  const all = [...occs, ...acts.map((a) => a.occ)];
  const tx = db.transaction(['accounts', 'observations'], 'readwrite');
  observed(tx.done);
  try {
    const accounts = tx.objectStore('accounts');
    const keys = await resolveKeys({ byId: (id) => observed(accounts.index('byIdKey').getKey(id)), byHandle: (h) => observed(accounts.index('byHandleKey').getKey(h)) }, all);
    const rows = all.map((o, i) => toObservation(o, keys[i]!, pageUrl, now));
    if (load) for (const row of rows) row.load = load;
    acts.forEach((a, j) => Object.assign(rows[occs.length + j]!, a.fields));
    const unique = [...new Set(keys)];
    const prev = await Promise.all(unique.map((k) => observed(accounts.get(k))));
    const merged = new Map(unique.map((k, i) => [k, prev[i]] as const));
    all.forEach((o, i) => merged.set(keys[i]!, mergeAccount(merged.get(keys[i]!), o, keys[i]!, now)));
    const puts = [...merged.values()].map((a) => observed(accounts.put(a!)));
    const adds = rows.map((row) => observed(tx.objectStore('observations').add(row)));
    const [, ids] = await Promise.all([Promise.all(puts), Promise.all(adds), tx.done]);
    return { ok: true, value: ids.slice(0, occs.length).map((id, i) => ({ accountKey: keys[i]!, observationId: id })) };
  } catch (e) {
    try {
      tx.abort(); // a synchronous throw leaves the transaction alive with the account puts queued
    } catch {
      /* already aborted by the failing request */
    }
    await tx.done.catch(() => undefined);
    return dbFailure('recordObservation', e);
  }
}
