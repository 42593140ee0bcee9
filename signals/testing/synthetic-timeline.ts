import type { AuthorOccurrence } from '../../core/sighting';
import { mulberry32, pick, randInt } from './prng';

/** An avatar a synthetic account uses: an image seed and the platform processing it went through. */
export interface SyntheticAvatar {
  handle: string;
  url: string;
  seed: number;
  /** 'orig' or one of platformVariants' names. */
  variant: string;
}

export interface SyntheticTimeline {
  occurrences: AuthorOccurrence[];
  avatars: SyntheticAvatar[];
  /** Planted clusters, as handles (lowercase). */
  truth: { copyRings: string[][]; bursts: string[][]; reuse: string[][] };
  ordinary: string[];
}

const DAYS = ['2021-03-01', '2021-03-02', '2021-03-03'];
const SYL = ['ka', 'lo', 'mi', 'ren', 'to', 'sa', 'vi', 'der', 'un', 'pa', 'go', 'el', 'ti', 'mar', 'os', 'be', 'qu', 'ne', 'ra', 'chi'];
const QUOTES = [
  'the only thing we have to fear is fear itself and nothing more',
  'be the change that you wish to see in the world every single day',
  'in the middle of difficulty lies opportunity for those who look',
  'happy new week everyone, stay safe and take care of each other',
];
const VARIANTS = ['orig', 'resize-200', 'resize-96', 'resize-48', 'jpeg-q30', 'jpeg-q50', 'jpeg-q75', 'jpeg-q95', 'resize-96+jpeg-q50'];

/** Seeded Zipf-ish vocabulary so common words recur across unrelated posts, as in real text. */
function vocabulary(rnd: () => number): { word: () => string; words: string[] } {
  const words = Array.from({ length: 3000 }, () => Array.from({ length: randInt(rnd, 1, 4) }, () => pick(rnd, SYL)).join(''));
  return { words, word: () => words[Math.floor(words.length * rnd() ** 3)] ?? 'x' };
}

/** A small edit, as copypasta operators make to dodge exact matching. */
function smallEdit(rnd: () => number, text: string, word: () => string): string {
  const toks = text.split(' ');
  switch (randInt(rnd, 0, 6)) {
    case 0: toks[randInt(rnd, 0, toks.length)] = word(); return toks.join(' ');
    case 1: return `${text} 🙏`;
    case 2: return text.toUpperCase();
    case 3: return `@${word()}${randInt(rnd, 1, 99)} ${text} https://t.co/${randInt(rnd, 1e6, 9e6)}`;
    case 4: return text.replace(' ', ' \u200b');
    default: return `${text} ${word()}`;
  }
}

/**
 * Hundreds of ordinary accounts (with realistic confusers: famous quotes, popular hashtags, default
 * avatars) plus planted copy-paste rings, hashtag bursts and reused avatars. Same seed, same timeline.
 */
export function syntheticTimeline(seed: number, ordinaryCount = 400): SyntheticTimeline {
  const rnd = mulberry32(seed);
  const { word, words } = vocabulary(rnd);
  const sentence = (min: number, max: number): string => Array.from({ length: randInt(rnd, min, max) }, word).join(' ');
  const popularTags = Array.from({ length: 40 }, () => word());
  const popularTag = (): string => popularTags[Math.floor(popularTags.length * rnd() ** 2)] ?? 'news';
  const occurrences: AuthorOccurrence[] = [];
  const avatars: SyntheticAvatar[] = [];
  const avatarOf = new Map<string, string>();
  const post = (handle: string, text: string, hashtags: string[], day: string): void => {
    occurrences.push({
      site: 'x', kind: 'post', handle, displayName: handle, profileUrl: `https://x.com/${handle}`,
      avatarUrl: avatarOf.get(handle) ?? null, text, hashtags, time: `${day}T${String(randInt(rnd, 0, 24)).padStart(2, '0')}:00:00.000Z`,
    });
  };
  const newAccount = (prefix: string, i: number, avatarSeed: number, variant = 'orig'): string => {
    const handle = `${prefix}${i}`;
    const url = rnd() < 0.08 && prefix === 'user'
      ? 'https://abs.twimg.com/sticky/default_profile_images/default_profile_normal.png'
      : `https://pbs.twimg.com/profile_images/${avatarSeed}/${handle}_${variant}.jpg`;
    avatars.push({ handle, url, seed: avatarSeed, variant });
    avatarOf.set(handle, url);
    return handle;
  };
  const ordinary: string[] = [];
  for (let i = 0; i < ordinaryCount; i++) {
    const h = newAccount('user', i, 10_000 + i);
    ordinary.push(h);
    for (let p = randInt(rnd, 1, 6); p > 0; p--) {
      const r = rnd();
      const text = r < 0.005 ? pick(rnd, QUOTES) : r < 0.1 ? pick(rnd, ['thank you so much!', 'so true', 'lol', 'same here']) : sentence(6, 30);
      const tags = Array.from({ length: rnd() < 0.6 ? 0 : randInt(rnd, 1, 4) }, popularTag);
      post(h, text, [...new Set(tags)], pick(rnd, DAYS));
    }
  }
  const truth: SyntheticTimeline['truth'] = { copyRings: [], bursts: [], reuse: [] };
  // A network posts many texts together, not one: each ring posts two templates, on two days.
  for (let r = 0; r < 5; r++) {
    const ring = Array.from({ length: randInt(rnd, 4, 13) }, (_, i) => newAccount(`ring${r}x`, i, 20_000 + r * 100 + i));
    for (let k = 0; k < 2; k++) {
      const base = sentence(15, 35);
      const day = pick(rnd, DAYS);
      for (const h of ring) post(h, rnd() < 0.2 ? base : smallEdit(rnd, base, word), [], day);
    }
    truth.copyRings.push(ring);
  }
  for (let b = 0; b < 4; b++) {
    // Campaign tags are rarer words (distinct, ≥ 2), like CIR's invented slogans.
    const tags = [...new Set(Array.from({ length: randInt(rnd, 2, 5) }, () => pick(rnd, words.slice(1500))))];
    const group = Array.from({ length: randInt(rnd, 5, 11) }, (_, i) => newAccount(`burst${b}x`, i, 30_000 + b * 100 + i));
    // On two days, like a campaign's daily push.
    const first = pick(rnd, DAYS);
    for (const day of [first, pick(rnd, DAYS.filter((d) => d !== first))])
      for (const h of group) post(h, sentence(8, 20), [...tags].sort(() => rnd() - 0.5).map((t) => (rnd() < 0.5 ? t.toUpperCase() : t)), day);
    truth.bursts.push(group);
  }
  for (let g = 0; g < 4; g++) {
    const group = Array.from({ length: randInt(rnd, 2, 7) }, (_, i) => newAccount(`face${g}x`, i, 40_000 + g, pick(rnd, VARIANTS)));
    for (const h of group) post(h, sentence(6, 25), [], pick(rnd, DAYS));
    truth.reuse.push(group);
  }
  return { occurrences, avatars, truth, ordinary };
}
