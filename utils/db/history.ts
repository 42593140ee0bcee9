import { avatarIdentity } from '../../signals/avatar-identity';
import type { AuthorOccurrence } from '../../core/sighting';
import { MAX_SEEN, type HistoryEntry, type HistoryField } from './records';

/**
 * Adds one sighting of `value` at `at` to a field's history: it extends the entry it falls next to
 * when the value is the same, else it is a change and gets its own entry. Sightings may arrive out of
 * time order (`sockscope analyze` on pages saved on several days), so entries are kept in time order.
 */
export function noteHistory(history: readonly HistoryEntry[], field: HistoryField, value: string | null | undefined, at: number): HistoryEntry[] {
  const v = value?.trim();
  if (!v) return [...history];
  // Handles are case-insensitive on every platform: @Jane and @jane are one handle, not a rename.
  const same = (a: string): boolean => (field === 'handle' ? a.toLowerCase() === v.toLowerCase() : a === v);
  const mine = history.filter((h) => h.field === field).sort((a, b) => a.firstSeen - b.firstSeen);
  const others = history.filter((h) => h.field !== field);
  const inside = mine.find((h) => h.firstSeen <= at && at <= h.lastSeen);
  if (inside && same(inside.value)) return [...history];
  const before = [...mine].reverse().find((h) => h.firstSeen <= at);
  const after = mine.find((h) => h.firstSeen > at);
  let next: HistoryEntry[];
  if (before && same(before.value) && !inside) next = mine.map((h) => (h === before ? { ...h, lastSeen: Math.max(h.lastSeen, at) } : h));
  else if (after && same(after.value) && !inside) next = mine.map((h) => (h === after ? { ...h, firstSeen: at } : h));
  else next = [...mine, { field, value: v, firstSeen: at, lastSeen: at }].sort((a, b) => a.firstSeen - b.firstSeen);
  return [...others, ...next.slice(-MAX_SEEN)];
}

/** The history after one occurrence: its name, handle, avatar and (profile headers, user cells) bio. */
export function historyWith(history: readonly HistoryEntry[], occ: AuthorOccurrence, at: number): HistoryEntry[] {
  let h = noteHistory(history, 'name', occ.displayName, at);
  h = noteHistory(h, 'handle', occ.handle, at);
  h = noteHistory(h, 'avatar', occ.avatarUrl ? avatarIdentity(occ.site, occ.avatarUrl) : null, at);
  // Only a profile header or a user cell carries the bio as its text; a post's text is not a bio.
  if (occ.kind === 'profile' || occ.kind === 'user-cell') h = noteHistory(h, 'bio', occ.text, at);
  return h;
}

/** The distinct values of one field, oldest first. */
export function valuesOf(history: readonly HistoryEntry[], field: HistoryField): HistoryEntry[] {
  return history.filter((h) => h.field === field).sort((a, b) => a.firstSeen - b.firstSeen);
}
