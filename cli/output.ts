import type { AuthorOccurrence } from '../core/sighting';

/** Writes one line of output. */
export type LineWriter = (line: string) => void;

/** The keys of `extract --json`, in print order (stable for scripts and diffing). */
const JSON_KEYS = ['site', 'kind', 'handle', 'displayName', 'profileUrl', 'avatarUrl', 'text', 'hashtags', 'time'] as const;

/** One occurrence as a JSON line with exactly the documented keys. */
export function occurrenceJson(occurrence: AuthorOccurrence): string {
  const ordered: Record<string, unknown> = {};
  for (const key of JSON_KEYS) ordered[key] = occurrence[key];
  return JSON.stringify(ordered);
}

const COLUMNS: readonly { title: string; width: number; value: (o: AuthorOccurrence) => string }[] = [
  { title: 'KIND', width: 9, value: (o) => o.kind },
  { title: 'HANDLE', width: 20, value: (o) => o.handle ?? '-' },
  { title: 'NAME', width: 22, value: (o) => o.displayName ?? '-' },
  { title: 'TIME', width: 20, value: (o) => o.time?.slice(0, 19) ?? '-' },
  { title: 'AVATAR', width: 8, value: (o) => (o.avatarUrl ? 'yes' : '-') },
  { title: 'TEXT', width: 60, value: (o) => o.text ?? '-' },
];

/** Occurrences as a readable fixed-width table (header line first). */
export function occurrenceTable(occurrences: readonly AuthorOccurrence[]): string[] {
  const row = (cells: string[]) => cells.join('  ').trimEnd();
  const header = row(COLUMNS.map((c) => fit(c.title, c.width)));
  return [header, ...occurrences.map((o) => row(COLUMNS.map((c) => fit(c.value(o), c.width))))];
}

/** One line, cut to `width` code points with an ellipsis, padded to `width`. */
function fit(value: string, width: number): string {
  const chars = Array.from(value.replace(/\s+/g, ' ').trim());
  const cut = chars.length > width ? [...chars.slice(0, width - 1), '…'] : chars;
  return cut.join('') + ' '.repeat(width - cut.length);
}
