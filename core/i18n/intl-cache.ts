/**
 * Intl formatters made once per locale and options. Making one costs tens of microseconds (it loads the
 * locale's data); formatting with it, about one. A page's badges format a few figures each, hundreds at a
 * time, with a handful of distinct options (2026-12-07: `new Intl.NumberFormat` per figure was 30% of the
 * content script's time on the 500-post page).
 */

/** More distinct formatters than any context asks for; past it the cache starts over rather than grow. */
const MAX_ENTRIES = 64;

const made = new Map<string, unknown>();

function cached<T>(kind: string, locale: string, options: object | undefined, make: () => T): T {
  const key = `${kind}\u0000${locale}\u0000${options ? JSON.stringify(options) : ''}`;
  let f = made.get(key) as T | undefined;
  if (f === undefined) {
    if (made.size >= MAX_ENTRIES) made.clear();
    f = make();
    made.set(key, f);
  }
  return f;
}

/** `new Intl.NumberFormat(locale, options)`, made once. */
export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

/** `new Intl.DateTimeFormat(locale, options)`, made once. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

/** `new Intl.DisplayNames([locale], { type: 'language' })`, made once (it throws where the locale is invalid, and is not kept). */
export function languageNames(locale: string): Intl.DisplayNames {
  return cached('language', locale, undefined, () => new Intl.DisplayNames([locale], { type: 'language' }));
}
