/**
 * A sentence as data: a message key and its figures, so each context says it in its reader's language.
 * Signals and the judge build these; the English text is kept beside them (`reason`) for the export's
 * machine-readable fields and for verdicts stored before the sentences were translated.
 */
import { ENGLISH_VOICE, currentVoice, formatDay, formatNumber, formatPercent, say, type MessageKey, type Voice } from './translate';
import { languageNames } from './intl-cache';

/**
 * One figure of a sentence: text (a handle, a name, a quote), a count, a UTC day or month ("2024-03-05",
 * "2024-03"), a share 0..1, a decimal with its digits, a span of time in milliseconds, or a language (ISO code).
 */
export type Leaf = string | number | { day: string } | { percent: number } | { fixed: number; digits: number } | { ms: number } | { lang: string } | Counted;

/**
 * A count said with its noun: the `one` message for 1, else `many` with the count as its one placeholder.
 * The browser's i18n has no plural forms; locales whose plurals need more write `many` so it reads right
 * for any count (e.g. "текстов: 5").
 */
export interface Counted {
  n: number;
  one: MessageKey;
  many: MessageKey;
}

/** A sentence: its message key and figures. */
export interface Said {
  key: MessageKey;
  params: readonly Param[];
}

/** A figure, a sentence nested in another (a clause), or several sentences said as a list. */
export type Param = Leaf | Said | { all: readonly Said[] };

/** A count with its noun ("1 day", "3 days"). */
export function counted(n: number, one: MessageKey, many: MessageKey): Counted {
  return { n, one, many };
}

/** "another account" or "N other accounts". */
export function otherAccounts(n: number): Counted {
  return counted(n, 'countOtherAccountOne', 'countOtherAccounts');
}

/** Builds a sentence. */
export function said(key: MessageKey, ...params: readonly Param[]): Said {
  return { key, params };
}

/** A span of time in the largest whole unit that fits (minutes, hours or days), in the voice's words. */
function duration(ms: number, locale: string): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  const [value, unit] = minutes < 120 ? [minutes, 'minute'] : minutes < 48 * 60 ? [Math.round(minutes / 60), 'hour'] : [Math.round(minutes / 1440), 'day'];
  return formatNumber(value, { style: 'unit', unit, unitDisplay: 'long' }, locale);
}

/** A language's name in the voice's locale ("Russian", "الروسية"); the code where Intl doesn't know it. */
function languageIn(code: string, locale: string): string {
  try {
    return languageNames(locale).of(code) ?? code;
  } catch {
    return code;
  }
}

/** One figure in the voice's words. */
function param(p: Param, voice: Voice): string {
  if (typeof p === 'string') return p;
  if (typeof p === 'number') return formatNumber(p, undefined, voice.locale);
  if ('key' in p) return sayIn(voice, p);
  if ('all' in p) return p.all.map((s) => sayIn(voice, s)).join(say(voice, 'listSeparator', []));
  if ('day' in p) return voice.isoDates ? p.day : formatDay(p.day, voice.locale);
  if ('percent' in p) return formatPercent(p.percent, voice.locale);
  if ('ms' in p) return duration(p.ms, voice.locale);
  if ('lang' in p) return languageIn(p.lang, voice.locale);
  if ('n' in p) return p.n === 1 ? say(voice, p.one, []) : say(voice, p.many, [formatNumber(p.n, undefined, voice.locale)]);
  return formatNumber(p.fixed, { minimumFractionDigits: p.digits, maximumFractionDigits: p.digits }, voice.locale);
}

/** A sentence in a voice. */
export function sayIn(voice: Voice, s: Said): string {
  return say(voice, s.key, s.params.map((p) => param(p, voice)));
}

/** A sentence in the UI locale. */
export function sayLocal(s: Said): string {
  return sayIn(currentVoice(), s);
}

/** A sentence in English (the stored and exported text). */
export function sayEnglish(s: Said): string {
  return sayIn(ENGLISH_VOICE, s);
}
