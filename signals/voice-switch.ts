import { detectLanguage, languageName } from './language';
import type { TimedPost } from './post-timeline';

/** The share of a side's identified posts its main language must have for the side to "speak" it. */
export const DOMINANT_SHARE = 0.6;
/** Identified posts each side needs: one post is too little to call a switch. */
export const MIN_POSTS_PER_SIDE = 2;

/**
 * A side's main language, or null when it has too few identified posts or mixes languages. Posts are
 * identified one by one (a mix shows as no majority), and the majority must agree with the language of
 * all the side's text together, which is the steadier guess.
 */
export function dominantLanguage(posts: readonly TimedPost[]): { code: string; share: number; n: number } | null {
  const counts = new Map<string, number>();
  let n = 0;
  for (const p of posts) {
    const code = detectLanguage(p.text);
    if (!code) continue;
    n++;
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  if (n < MIN_POSTS_PER_SIDE) return null;
  const [code, c] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
  const share = c / n;
  if (share < DOMINANT_SHARE) return null;
  const whole = detectLanguage(posts.map((p) => p.text ?? '').join('\n').slice(0, 4_000));
  return whole === code ? { code, share, n } : null;
}

/** "English → Russian" when the older and newer posts each have a clear main language and they differ. */
export function languageSwitch(older: readonly TimedPost[], newer: readonly TimedPost[]): { from: string; to: string; text: string } | null {
  const a = dominantLanguage(older);
  const b = dominantLanguage(newer);
  if (!a || !b || a.code === b.code) return null;
  return { from: a.code, to: b.code, text: `${languageName(a.code)} → ${languageName(b.code)}` };
}

/** Topic terms of a side: its hashtags, and long words it uses at least twice. */
function topicTerms(posts: readonly TimedPost[]): Set<string> {
  const terms = new Set<string>(posts.flatMap((p) => p.hashtags.map((t) => `#${t.toLowerCase()}`)));
  const words = new Map<string, number>();
  for (const p of posts)
    for (const w of new Set((p.text ?? '').toLowerCase().replace(/https?:\/\/\S+|[@#][\p{L}\p{N}_]+/gu, ' ').match(/\p{L}{6,}/gu) ?? []))
      words.set(w, (words.get(w) ?? 0) + 1);
  for (const [w, c] of words) if (c >= 2) terms.add(w);
  return terms;
}

/** Terms each side needs before a disjoint pair counts as a change of topic. */
export const MIN_TOPIC_TERMS = 4;

/**
 * A change of topic in one language: the older and newer posts share none of their hashtags and
 * repeated long words, each side having a few. Deliberately strict: one person's posts vary a lot.
 */
export function topicSwitch(older: readonly TimedPost[], newer: readonly TimedPost[]): { from: string[]; to: string[] } | null {
  const a = topicTerms(older);
  const b = topicTerms(newer);
  if (a.size < MIN_TOPIC_TERMS || b.size < MIN_TOPIC_TERMS) return null;
  for (const t of a) if (b.has(t)) return null;
  return { from: [...a].slice(0, 3), to: [...b].slice(0, 3) };
}
