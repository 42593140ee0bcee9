/**
 * The one place that knows how a message is looked up. Every context says its words through `t()`: the
 * extension's pages and content script hand it the browser's `i18n.getMessage` (utils/i18n/browser-messages.ts),
 * the CLI a locale's messages.json read from disk (cli/locale.ts), and until then (Node tests) it reads the
 * bundled English. Figures reach the messages already formatted for the locale (`Intl`), as strings.
 */
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import { formatMessage, type Messages } from './format-message';
import { dateTimeFormat, numberFormat } from './intl-cache';

/** Every message key, as English declares it (the reference every locale is checked against). */
export type MessageKey = keyof typeof en;

/** Looks a message up with its substitutions; '' when the key is unknown (as `i18n.getMessage` answers). */
export type Lookup = (key: MessageKey, subs: readonly string[]) => string;

const ENGLISH: Messages = en;

/** A lookup over a locale's messages, falling back to English for a key the locale lacks (as the browser does with default_locale). */
export function messagesLookup(messages: Messages): Lookup {
  return (key, subs) => {
    const m = messages[key] ?? ENGLISH[key];
    return m ? formatMessage(m, subs) : '';
  };
}

let lookup: Lookup = messagesLookup(ENGLISH);
let locale = 'en';

/** Sets how messages are looked up and the locale figures and direction follow (BCP 47, e.g. "ar", "zh-CN"). */
export function useMessages(next: Lookup, uiLocale: string): void {
  lookup = next;
  locale = normaliseLocale(uiLocale);
}

/** The UI locale in force, as BCP 47 ("en", "zh-CN"). */
export function uiLocale(): string {
  return locale;
}

/**
 * The locale to write in: the browser's UI language where the messages shown are in that language (it may
 * carry a region, "fr-CA"), else the messages' own locale (`messagesLocale`), so that direction, digits and
 * dates always match the words on screen. Headless Chromium started with --lang shows the messages of that
 * language while still reporting "en-US" as its UI language (docs/translations.md).
 */
export function pickUiLocale(messagesLocale: string, uiLanguage: string): string {
  const shown = normaliseLocale(messagesLocale || uiLanguage);
  const ui = normaliseLocale(uiLanguage);
  return ui.split('-')[0] === shown.split('-')[0] ? ui : shown;
}

/** "zh_CN" or "zh-cn" → "zh-CN"; anything unusable → "en". */
export function normaliseLocale(raw: string): string {
  const parts = raw.trim().replace(/_/g, '-').split(/[.@]/)[0]?.split('-').filter(Boolean) ?? [];
  const [lang, region] = parts;
  if (!lang || !/^[a-z]{2,3}$/i.test(lang)) return 'en';
  return region && /^[a-z]{2}$/i.test(region) ? `${lang.toLowerCase()}-${region.toUpperCase()}` : lang.toLowerCase();
}

/** How a message is said: which lookup, and which locale writes its figures. */
export interface Voice {
  lookup: Lookup;
  locale: string;
  /** Dates as ISO days and months ("2024-03-05"), as tools read them, rather than the locale's way. */
  isoDates?: boolean;
}

/** English with ISO dates, whatever the UI locale: the stored `reason` texts and the export's machine-readable fields. */
export const ENGLISH_VOICE: Voice = { lookup: messagesLookup(ENGLISH), locale: 'en', isoDates: true };

/** The voice in force (the UI locale's). */
export function currentVoice(): Voice {
  return { lookup, locale };
}

/** A message in a voice; numbers among the substitutions are written the voice's locale's way. */
export function say(voice: Voice, key: MessageKey, subs: readonly (string | number)[]): string {
  const text = voice.lookup(key, subs.map((s) => (typeof s === 'number' ? formatNumber(s, undefined, voice.locale) : s)));
  // A key the browser doesn't know (an old build's locale files) still says something readable.
  return text || ENGLISH_VOICE.lookup(key, subs.map(String)) || key;
}

/** A message in the UI locale. */
export function t(key: MessageKey, ...subs: readonly (string | number)[]): string {
  return say({ lookup, locale }, key, subs);
}

/** Right-to-left scripts among the UI languages Sockscope ships or may: Arabic, Persian, Hebrew, Urdu. */
const RTL = new Set(['ar', 'fa', 'he', 'ur']);

/** The writing direction of a locale (the UI locale when none is given). */
export function textDirection(of: string = locale): 'ltr' | 'rtl' {
  return RTL.has(normaliseLocale(of).split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

/** A number in the UI locale's digits and separators. */
export function formatNumber(n: number, options?: Intl.NumberFormatOptions, inLocale: string = locale): string {
  return numberFormat(inLocale, options).format(n);
}

/** A fraction 0..1 as a whole percentage ("12%", "٪١٢"). */
export function formatPercent(x: number, inLocale: string = locale): string {
  return formatNumber(x, { style: 'percent', maximumFractionDigits: 0 }, inLocale);
}

/** A date (ISO day "2024-03-05", or a month "2024-03") in the UI locale, read as UTC. */
export function formatDay(iso: string, inLocale: string = locale): string {
  const month = /^\d{4}-\d{2}$/.test(iso);
  const at = Date.parse(month ? `${iso}-01T00:00:00Z` : /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  if (!Number.isFinite(at)) return iso;
  const opts: Intl.DateTimeFormatOptions = month ? { year: 'numeric', month: 'short', timeZone: 'UTC' } : { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' };
  return dateTimeFormat(inLocale, opts).format(at);
}

/** A moment (ms since the epoch, or an ISO timestamp) as the UI locale writes a day and time, in UTC and saying so. */
export function formatMoment(at: number | string, inLocale: string = locale): string {
  const ms = typeof at === 'number' ? at : Date.parse(at);
  if (!Number.isFinite(ms)) return String(at);
  const opts: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' };
  return dateTimeFormat(inLocale, opts).format(ms);
}
