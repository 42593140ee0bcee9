// eld's extra-small data set: 60 languages, ~0.9 MB of n-grams, accurate on tweet-length text where
// trigram detectors confuse close languages (Russian, Ukrainian, Bulgarian); docs/signals.md has the check.
// The data is loaded on first need (language-data.ts), not when a context starts.
import { loadLanguageDetector, type LanguageDetector } from './language-data';

/** Fewest letters the detector is asked about: below this a guess is mostly noise ("ok thanks"). */
export const MIN_LETTERS = 25;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const THAI = /\p{Script=Thai}/gu;

/**
 * A text's letters in Latin-letter units. A Chinese or Japanese character carries about a word: eld
 * names 9-character Chinese posts reliably ("台湾是中国的一部分。"), which 25 letters would refuse, and calls
 * 8 unreliable ("坚决反对霸权主义"), so one counts 3. Thai writes its vowels as marks, not letters: every Thai character counts, at 40/30 as in
 * copied text (text-scripts.ts).
 */
export function letterUnits(t: string): number {
  const cjk = t.match(CJK)?.length ?? 0;
  const thai = t.match(THAI)?.length ?? 0;
  const other = t.replace(CJK, '').replace(THAI, '').match(/\p{L}/gu)?.length ?? 0;
  return other + 3 * cjk + (4 / 3) * thai;
}

const NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** Text without what carries no language: links, @mentions, #hashtags, digits, emoji. */
function languageText(text: string): string {
  return text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[@#][\p{L}\p{N}_]+/gu, ' ')
    .replace(/[^\p{L}\p{M}\s'’-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

let detector: LanguageDetector | null = null;
let loading: Promise<void> | null = null;

/**
 * Load the language data once; detectLanguage needs it. A failed load is not remembered, so the next
 * caller tries again (and meets the same clear error if it fails again).
 */
export function languageReady(load: () => Promise<LanguageDetector> = loadLanguageDetector): Promise<void> {
  if (detector) return Promise.resolve();
  loading ??= load().then(
    (d) => {
      detector = d;
    },
    (err: unknown) => {
      loading = null;
      throw err;
    },
  );
  return loading;
}

/**
 * The language of a post as an ISO 639-1 code (eld, 60 languages), or null when the text is too short
 * to tell or the detector calls its own guess unreliable. Throws until languageReady() has resolved.
 */
export function detectLanguage(text: string | null): string | null {
  if (!text) return null;
  const t = languageText(text);
  if (letterUnits(t) < MIN_LETTERS) return null;
  if (!detector) throw new Error('[sockscope:language] the language data is not loaded: await languageReady() first');
  const r = detector.detect(t);
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
