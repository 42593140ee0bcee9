import { siteEntry, type Site } from '../sites/registry';
import { isAccountIdHandle } from '../sites/author-label';
import { isDefaultAvatarUrl } from './default-avatar';
import { signalResult, type SignalResult } from '../core/evidence';
import { said } from '../core/i18n/said';

/*
 * Weak, cheap profile heuristics. Each is common among REAL people, so fusion caps them (see
 * core/fuse.ts and docs/risk-defaults.md):
 * - Platforms give accounts that sign up without choosing a handle one of their own shape (each site's
 *   entry in sites/ has it); many real users never change it, and newer accounts have it far more often.
 * - Display names in another script (Chinese, Arabic, Cyrillic…) can't be compared with a Latin
 *   handle without a transliteration table; we say "unknown" instead of "unrelated".
 * - Nicknames, brands and jokes make real display names unrelated to handles all the time.
 * - Default avatars are common among lurkers, and we only recognise X's from its URL.
 */

/** Looser than a platform's own shape: a name with a long digit run at the end (older or hand-made bulk accounts). */
const LONG_DIGIT_TAIL = /^[a-z_]{2,}\d{6,}$/i;

/** Does the handle look auto-generated? score 1 for the exact platform pattern, 0.4 for a long digit tail. */
export function autoHandle(site: Site, handle: string): SignalResult {
  const h = handle.replace(/^@/, '');
  // Each site's entry knows the shape its platform assigns (sites/<site>/site.ts).
  const entry = siteEntry(site);
  if (entry.autoHandle?.test(h)) return signalResult('auto-handle', 1, 0.5, said('reasonAutoHandleShape', `@${h}`, entry.autoHandle.shape));
  if (entry.digitTailHandles && LONG_DIGIT_TAIL.test(h))
    return signalResult('auto-handle', 0.4, 0.5, said('reasonAutoHandleDigits', `@${h}`));
  return signalResult('auto-handle', 0, 0.5, 'Handle looks chosen by a person');
}

/** Lowercase Latin letters only, accents stripped (é→e): a cheap stand-in for transliteration. */
function latinLetters(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
}

/** Name tokens (≥ 3 Latin letters), camelCase and separators split. */
function nameTokens(s: string): string[] {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((t) => t.length >= 3);
}

/**
 * Is the display name unrelated to the handle? Related when a name token (≥ 3 letters) appears in the
 * handle or a handle token in the name, or the handle's letters start with the name's initials.
 * Returns null (unknown) when either side has no Latin letters to compare.
 */
export function nameMismatch(handle: string, displayName: string | null): SignalResult | null {
  if (!displayName) return null;
  const h = latinLetters(handle);
  const n = latinLetters(displayName);
  if (h.length < 3 || n.length < 3) return null;
  const nameToks = nameTokens(displayName);
  const handleToks = nameTokens(handle.replace(/\d+/g, ' '));
  const initials = nameToks.map((t) => t[0]).join('');
  const related =
    nameToks.some((t) => h.includes(t) || (t.length >= 4 && h.includes(t.slice(0, 4)))) ||
    handleToks.some((t) => n.includes(t)) ||
    (initials.length >= 2 && h.startsWith(initials));
  return related
    ? signalResult('name-mismatch', 0, 0.5, 'Display name matches the handle')
    : signalResult('name-mismatch', 1, 0.5, said('reasonNameMismatch', displayName, `@${handle}`));
}

/** Is the avatar the platform's placeholder? */
export function defaultAvatar(avatarUrl: string | null): SignalResult {
  return isDefaultAvatarUrl(avatarUrl)
    ? signalResult('default-avatar', 1, 0.5, said('reasonDefaultAvatar'))
    : signalResult('default-avatar', 0, 0.5, 'Has its own profile picture');
}

/** All profile heuristics for one account; unknown ones are left out, and the handle's shape is not read from an id. */
export function accountHeuristics(site: Site, handle: string, displayName: string | null, avatarUrl: string | null): SignalResult[] {
  // An id (YouTube's UC… for a channel without an @handle) is assigned, not chosen: its shape and its likeness to the name say nothing.
  if (isAccountIdHandle(site, handle)) return [defaultAvatar(avatarUrl)];
  const out = [autoHandle(site, handle), defaultAvatar(avatarUrl)];
  const nm = nameMismatch(handle, displayName);
  if (nm) out.push(nm);
  return out;
}
