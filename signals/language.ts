import { franc } from 'franc-min';

/** Fewest letters franc is asked about: below this its trigram guesses are mostly noise. */
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
 * The language of a post as an ISO 639-3 code (franc-min, 82 languages with 1M+ speakers), or null
 * when the text is too short to tell or franc can't decide.
 */
export function detectLanguage(text: string | null): string | null {
  if (!text) return null;
  const t = languageText(text);
  if ((t.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return null;
  const code = franc(t, { minLength: MIN_LETTERS });
  return code === 'und' ? null : code;
}

/** "Russian" for "rus"; the code itself when the runtime has no name for it. */
export function languageName(code: string): string {
  try {
    return NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}
