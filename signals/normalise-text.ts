// Zero-width and bidi marks: copypasta rings insert them to dodge exact-match filters.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u00ad]/g;
const URL_RE = /\b(?:https?:\/\/|www\.)\S+/gi;
const MENTION_RE = /(^|[^\p{L}\p{N}_])@[\p{L}\p{N}_.]+/gu;

/**
 * Canonical text for comparing posts: NFKC (folds full-width and styled letters), lowercase, no URLs
 * (t.co links differ per post), no @mentions, no invisible characters, whitespace collapsed.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(INVISIBLE, '')
    .replace(URL_RE, ' ')
    .replace(MENTION_RE, '$1 ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** 53-bit string hash (cyrb53) as hex: synchronous, unlike WebCrypto, and plenty for grouping posts. */
export function textHash(s: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
