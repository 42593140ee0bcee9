import { DAY_MS, findDormancy, timeline, type TimedPost } from './post-timeline';
import { signalResult, type SignalResult } from '../core/evidence';
import { counted, said, type Counted, type Said } from '../core/i18n/said';
import { languageSwitch, topicSwitch } from './voice-switch';

/** One value an account showed over a span of time (utils/db HistoryEntry has this shape). */
export interface IdentitySpan {
  field: 'name' | 'handle' | 'avatar' | 'bio';
  value: string;
  firstSeen: number;
  lastSeen: number;
}

export interface RepurposedInput {
  /** Platform label for the reason ("X"). */
  platform: string;
  history: readonly IdentitySpan[];
  /** Creation date where a page showed it ("2011-03" or ISO). */
  joined: string | null;
  /** The account's own posts (not its bio). */
  posts: readonly TimedPost[];
}

/** Each finding's weight in the 0..1 score. No one finding, and no set of identity changes alone, reaches the threshold. */
// Measured on a seeded synthetic population (scripts/eval/measure-signals.ts, docs/signals.md): a new display name
// plus a silence is everyday behaviour and must stay under the threshold; a language switch with any other
// finding, or a new handle with a silence, crosses it.
export const REPURPOSED_WEIGHTS = { handle: 0.4, name: 0.15, avatar: 0.05, bio: 0.05, identityMax: 0.4, dormancy: 0.3, language: 0.4, topic: 0.15, age: 0.15 } as const;
export const REPURPOSED_THRESHOLD = 0.55;
const MIN_DORMANT_DAYS = 180;
const AGE_YEARS = 2;
const RECENT_DAYS = 90;

/** A silence in months from two months on, else in days. */
function silence(days: number): Counted {
  const m = Math.round(days / 30.44);
  return m >= 2 ? counted(m, 'countMonthOne', 'countMonths') : counted(Math.round(days), 'countDayOne', 'countDays');
}

const quoted = (s: string): string => `“${s.length > 40 ? `${s.slice(0, 39)}…` : s}”`;

/** Changes of one field: "@old → @new". */
function changes(history: readonly IdentitySpan[], field: IdentitySpan['field']): IdentitySpan[] {
  return history.filter((h) => h.field === field).sort((a, b) => a.firstSeen - b.firstSeen);
}

/** Where older posts end and newer ones start: the silence, else the last rename, else the middle. */
function splitAt(posts: ReturnType<typeof timeline>, history: readonly IdentitySpan[], dormantTo: number | null): number {
  if (dormantTo !== null) return posts.findIndex((p) => p.at >= dormantTo);
  const renamed = [...changes(history, 'handle').slice(1), ...changes(history, 'name').slice(1)].map((h) => h.firstSeen).sort((a, b) => b - a)[0];
  if (renamed !== undefined) {
    const i = posts.findIndex((p) => p.at >= renamed);
    if (i > 0) return i;
  }
  return Math.floor(posts.length / 2);
}

/** The creation date as epoch ms ("2011-03" is the 1st of that month), or null. */
function joinedAt(joined: string | null): number | null {
  if (!joined) return null;
  const t = Date.parse(/^\d{4}-\d{2}$/.test(joined) ? `${joined}-01T00:00:00Z` : joined);
  return Number.isFinite(t) ? t : null;
}

/**
 * An account whose identity or voice changed: a new handle for the same platform id, a new name, a
 * long silence then a burst, a switch of language or topic between older and newer posts, or an old
 * creation date with all visible activity recent. Score = the sum of the findings' weights, capped at 1;
 * it fires only when two findings agree.
 */
export function assessRepurposed(input: RepurposedInput): SignalResult {
  const w = REPURPOSED_WEIGHTS;
  const found: Array<{ weight: number; text: Said; identity?: boolean }> = [];
  const handles = changes(input.history, 'handle');
  if (handles.length > 1) found.push({ weight: w.handle, identity: true, text: said('repurposedRenamed', handles.map((h) => `@${h.value}`).join(' → '), input.platform) });
  const names = changes(input.history, 'name');
  if (names.length > 1) found.push({ weight: w.name, identity: true, text: said('repurposedName', names.map((h) => quoted(h.value)).join(' → ')) });
  if (changes(input.history, 'avatar').length > 1) found.push({ weight: w.avatar, identity: true, text: said('repurposedPicture') });
  if (changes(input.history, 'bio').length > 1) found.push({ weight: w.bio, identity: true, text: said('repurposedBio') });

  const posts = timeline(input.posts);
  const dormant = findDormancy(input.posts, MIN_DORMANT_DAYS);
  if (dormant) found.push({ weight: w.dormancy, text: said('repurposedSilent', silence(dormant.days), { day: new Date(dormant.from).toISOString().slice(0, 7) }, { day: new Date(dormant.to).toISOString().slice(0, 7) }, dormant.burst) });
  const cut = splitAt(posts, input.history, dormant?.to ?? null);
  if (cut > 0 && cut < posts.length) {
    const older = posts.slice(0, cut);
    const newer = posts.slice(cut);
    const lang = languageSwitch(older, newer);
    if (lang) found.push({ weight: w.language, text: said('repurposedLanguage', { lang: lang.from }, { lang: lang.to }) });
    const topic = lang ? null : topicSwitch(older, newer);
    if (topic) found.push({ weight: w.topic, text: said('repurposedTopics', topic.from.join(', '), topic.to.join(', ')) });
  }
  const joined = joinedAt(input.joined);
  const dated = posts.filter((p) => p.dated);
  const first = dated[0]?.at;
  const last = dated.at(-1)?.at;
  if (joined !== null && first !== undefined && last !== undefined && dated.length >= 3 && first - joined >= AGE_YEARS * 365 * DAY_MS && last - first <= RECENT_DAYS * DAY_MS)
    found.push({ weight: w.age, text: said('repurposedAge', input.joined ?? '', RECENT_DAYS) });

  const identity = Math.min(w.identityMax, found.filter((f) => f.identity).reduce((s, f) => s + f.weight, 0));
  // Rounded so that 0.15 + 0.4 is 0.55, not a hair under it.
  const score = Math.round(Math.min(1, identity + found.filter((f) => !f.identity).reduce((s, f) => s + f.weight, 0)) * 1000) / 1000;
  if (found.length < 2) {
    const why = found[0] ? said('repurposedOnlyOne', found[0].text) : said('repurposedNone');
    return signalResult('repurposed', 0, REPURPOSED_THRESHOLD, why);
  }
  return signalResult('repurposed', score, REPURPOSED_THRESHOLD, said('reasonRepurposed', { all: found.map((f) => f.text) }));
}
