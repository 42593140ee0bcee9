/**
 * Copied text's limits per script. The 40-character minimum and 5-character shingles were set on
 * English; Thai and Chinese pack a word into two or three characters, so the same limits left out half
 * of real Thai posts and missed 5–7% of lightly edited copies. Measured on real posts
 * (scripts/eval/text-scripts.ts; docs/signals.md, "Scripts without spaces").
 */
export interface ScriptLimits {
  /** Character shingle length. */
  shingle: number;
  /** Shorter normalised texts are never compared. */
  minChars: number;
}

export type TextScript = 'spaced' | 'thai' | 'cjk';

export const SCRIPT_LIMITS: Record<TextScript, ScriptLimits> = {
  // English and the other spaced scripts: as before (97.7% of edited English copies caught at 40).
  spaced: { shingle: 5, minChars: 40 },
  // Thai: 3-shingles from 30 characters catch 97.5% of edited copies (5 from 40: 95.4%), on 59% of posts (50%).
  thai: { shingle: 3, minChars: 30 },
  // Chinese and Japanese: 2-shingles (a character is nearly a word) from 20 characters: 96.7%, on 81% of posts.
  cjk: { shingle: 2, minChars: 20 },
};

const THAI = /\p{Script=Thai}/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const LETTER = /\p{L}/gu;

/** The script most of a text's letters are in: Thai, Chinese/Japanese, or a spaced one. */
export function scriptOf(norm: string): TextScript {
  const letters = norm.match(LETTER)?.length ?? 0;
  if (letters === 0) return 'spaced';
  const thai = norm.match(THAI)?.length ?? 0;
  const cjk = norm.match(CJK)?.length ?? 0;
  if (thai * 2 > letters) return 'thai';
  if (cjk * 2 > letters) return 'cjk';
  return 'spaced';
}

/**
 * A text's length in the units the copied-text minimum (40) is written in: a Thai character counts
 * 40/30, a Chinese or Japanese one 40/20, so each script meets the floor at its own measured minimum.
 */
export function comparableLength(norm: string, script: TextScript = scriptOf(norm)): number {
  return Math.floor((norm.length * SCRIPT_LIMITS.spaced.minChars) / SCRIPT_LIMITS[script].minChars);
}
