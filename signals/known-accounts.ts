import Papa from 'papaparse';
import type { Site } from '../core/sighting';
import { accountKey } from './account-key';
import { signalResult, type AccountKey, type SignalResult } from '../core/evidence';

/** A list of accounts already attributed to an operation (e.g. Twitter's information-operations archive). */
export interface KnownAccountList {
  /** Where it came from, shown in the reason ("twitter-io users CSV", a file name…). */
  source: string;
  keys: AccountKey[];
  /** Rows or lines that could not become an account, with why (hashed names, blank, unparseable URL). */
  skipped: Array<{ at: number; why: string }>;
}

// X handles are 1–15 of [A-Za-z0-9_]; anything else in user_screen_name is one of Twitter's hashed
// pseudonyms (accounts under 5,000 followers were published hashed) and can never match a live page.
const X_HANDLE = /^[A-Za-z0-9_]{1,15}$/;
const X_HOSTS = new Set(['x.com', 'twitter.com', 'mobile.twitter.com', 'mobile.x.com']);
const X_RESERVED = new Set(['i', 'home', 'intent', 'search', 'hashtag', 'explore', 'settings', 'share']);

/** Turns one URL, `site:handle`, `@handle` or bare handle (X assumed) into an account key. */
export function parseAccountRef(ref: string): AccountKey | null {
  const s = ref.trim();
  if (!s) return null;
  const prefixed = /^(x|facebook|youtube):([^/\s]+)$/i.exec(s);
  if (prefixed) return accountKey(prefixed[1]?.toLowerCase() as Site, prefixed[2] as string);
  if (/^[@A-Za-z0-9_]+$/.test(s)) {
    const h = s.replace(/^@/, '');
    return X_HANDLE.test(h) ? accountKey('x', h) : null;
  }
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(s) ? s : `https://${s}`);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const parts = url.pathname.split('/').filter(Boolean);
  const first = parts[0] ?? '';
  if (X_HOSTS.has(host)) return X_HANDLE.test(first) && !X_RESERVED.has(first.toLowerCase()) ? accountKey('x', first) : null;
  if (host === 'youtube.com' || host === 'm.youtube.com') {
    if (first.startsWith('@')) return accountKey('youtube', decodeURIComponent(first.slice(1)));
    if ((first === 'channel' || first === 'c' || first === 'user') && parts[1]) return accountKey('youtube', parts[1]);
    return null;
  }
  if (host.endsWith('facebook.com')) {
    const id = url.searchParams.get('id');
    if (first === 'profile.php' && id) return accountKey('facebook', id);
    return first && first !== 'profile.php' ? accountKey('facebook', first) : null;
  }
  return null;
}

/** Parses Twitter's information-operations users CSV (columns userid, user_display_name, user_screen_name, …). */
export function parseTwitterIoUsersCsv(csv: string, source = 'Twitter information-operations users CSV'): KnownAccountList {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: 'greedy' });
  const keys = new Set<AccountKey>();
  const skipped: KnownAccountList['skipped'] = parsed.errors.map((e) => ({ at: (e.row ?? -1) + 2, why: e.message }));
  if (!parsed.meta.fields?.includes('user_screen_name')) throw new Error('[sockscope:known-accounts] CSV has no user_screen_name column');
  parsed.data.forEach((row, i) => {
    const name = (row['user_screen_name'] ?? '').trim();
    if (X_HANDLE.test(name)) keys.add(accountKey('x', name));
    else skipped.push({ at: i + 2, why: name ? 'hashed or invalid screen name (cannot match a live account)' : 'empty screen name' });
  });
  return { source, keys: [...keys], skipped };
}

/** Parses a plain list: one URL, `site:handle` or `@handle` per line; `#` starts a comment. */
export function parseAccountList(text: string, source = 'account list'): KnownAccountList {
  const keys = new Set<AccountKey>();
  const skipped: KnownAccountList['skipped'] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) return;
    const key = parseAccountRef(line);
    if (key) keys.add(key);
    else skipped.push({ at: i + 1, why: `not an account: ${line.slice(0, 60)}` });
  });
  return { source, keys: [...keys], skipped };
}

/** Parses either format, telling them apart by the CSV header. */
export function parseKnownAccounts(text: string, source?: string): KnownAccountList {
  const head = text.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? '';
  return /(^|,)"?user_screen_name"?(,|$)/.test(head) ? parseTwitterIoUsersCsv(text, source) : parseAccountList(text, source);
}

/** Does the account appear on any known list? */
export function matchKnown(lists: readonly KnownAccountList[], key: AccountKey): SignalResult {
  const hit = lists.find((l) => l.keys.includes(key));
  return hit
    ? signalResult('known-account', 1, 1, `Listed in ${hit.source}`)
    : signalResult('known-account', 0, 1, 'Not on any imported list');
}
