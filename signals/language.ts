// The extra-small data set: 60 languages, ~0.9 MB of n-grams, accurate on tweet-length text where
// trigram detectors confuse close languages (Russian, Ukrainian, Bulgarian); docs/signals.md has the check.
import { eld } from 'eld/extrasmall';

/** Fewest letters the detector is asked about: below this a guess is mostly noise ("ok thanks"). */
export const MIN_LETTERS = 25;

const NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** Text without what carries no language: links, @mentions, #hashtags, digits, emoji. */
function languageText(text: string): string {
  return text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[@#][\p{L}\p{N}_]+/gu, ' ')
    .replace(/[^\p{L}\s'’-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The language of a post as an ISO 639-1 code (eld, 60 languages), or null when the text is too short
 * to tell or the detector calls its own guess unreliable.
 */
export function detectLanguage(text: string | null): string | null {
  if (!text) return null;
  const t = languageText(text);
  if ((t.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return null;
  const r = eld.detect(t);
  return r.language && r.isReliable() ? r.language : null;
}

/** "Russian" for "ru"; the code itself when the runtime has no name for it. */
export function languageName(code: string): string {
  try {
    return NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}
