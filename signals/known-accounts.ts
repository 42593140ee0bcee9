import Papa from 'papaparse';
import { accountOfUrl, SITES, type Site } from '../sites/registry';
import { accountKey } from './account-key';
import { signalResult, type AccountKey, type SignalResult } from '../core/evidence';
import { said } from '../core/i18n/said';

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

/** Turns one URL, `site:handle`, `@handle` or bare handle (X assumed) into an account key. */
export function parseAccountRef(ref: string): AccountKey | null {
  const s = ref.trim();
  if (!s) return null;
  const prefixed = /^([a-z]+):([^/\s]+)$/i.exec(s);
  const site = prefixed?.[1]?.toLowerCase() as Site | undefined;
  if (prefixed && site && SITES.includes(site)) return accountKey(site, prefixed[2] as string);
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
  // Each site's entry reads its own profile URLs (sites/<site>/site.ts).
  const account = accountOfUrl(url);
  return account ? accountKey(account.site, account.handle) : null;
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
    ? signalResult('known-account', 1, 1, said('reasonKnownAccount', hit.source))
    : signalResult('known-account', 0, 1, 'Not on any imported list');
}
