/** Precision and recall of the repurposed signal on a seeded synthetic population (assumed rates, stated in docs/signals.md). */
import { mulberry32, pick, randInt } from '../../../signals/testing/prng';
import { assessRepurposed, type IdentitySpan } from '../../../signals/repurposed';
import type { TimedPost } from '../../../signals/post-timeline';
import { LANGS, SENTENCES } from './sentences';

const DAY = 86_400_000;
const START = Date.UTC(2018, 0, 1);

function post(rnd: () => number, lang: string, at: number): TimedPost {
  const s = SENTENCES[lang]!;
  return { text: `${pick(rnd, s)}. ${pick(rnd, s)}`, hashtags: [], time: new Date(at).toISOString(), seenAt: at };
}

/** Posts spread over [from, to], in `lang` (or alternating with `second` for a bilingual person). */
function posts(rnd: () => number, n: number, from: number, to: number, lang: string, second?: string): TimedPost[] {
  return Array.from({ length: n }, (_, i) => post(rnd, second && i % 2 ? second : lang, from + ((to - from) * (i + rnd() * 0.5)) / n));
}

const span = (field: IdentitySpan['field'], value: string, at: number): IdentitySpan => ({ field, value, firstSeen: at, lastSeen: at });

interface Case { repurposed: boolean; kind: string; fired: boolean }

/** One ordinary account: everyday changes at assumed rates (renames, silences, a new language, bilingual posting). */
function ordinary(rnd: () => number, i: number): Case {
  const lang = pick(rnd, LANGS);
  const t0 = START + randInt(rnd, 0, 400) * DAY;
  const history: IdentitySpan[] = [span('handle', `user${i}`, t0), span('name', `Name ${i}`, t0)];
  const kind: string[] = [];
  let list: TimedPost[];
  const silent = rnd() < 0.15;
  const bilingual = rnd() < 0.1;
  const moved = rnd() < 0.03;
  if (silent) {
    kind.push('silence');
    const gap = randInt(rnd, 200, 900) * DAY;
    list = [...posts(rnd, randInt(rnd, 3, 10), t0, t0 + 60 * DAY, lang), ...posts(rnd, randInt(rnd, 3, 10), t0 + 60 * DAY + gap, t0 + 80 * DAY + gap, moved ? pick(rnd, LANGS) : lang)];
  } else list = posts(rnd, randInt(rnd, 4, 20), t0, t0 + randInt(rnd, 30, 700) * DAY, lang, bilingual ? pick(rnd, LANGS.filter((l) => l !== lang)) : undefined);
  if (bilingual) kind.push('bilingual');
  const last = list.at(-1)!.seenAt;
  if (rnd() < 0.1) (kind.push('new name'), history.push(span('name', `New name ${i}`, last)));
  if (rnd() < 0.03) (kind.push('new handle'), history.push(span('handle', `user${i}_new`, last)));
  if (rnd() < 0.2) (history.push(span('avatar', 'a', t0), span('avatar', 'b', last)));
  return { repurposed: false, kind: kind.join('+') || 'plain', fired: assessRepurposed({ platform: 'X', history, joined: null, posts: list }).fired };
}

/** One repurposed account, in one of the patterns reported for bought or revived accounts. */
function repurposed(rnd: () => number, i: number): Case {
  const [from, to] = [pick(rnd, LANGS), pick(rnd, LANGS)];
  const newLang = to === from ? LANGS[(LANGS.indexOf(from) + 1) % LANGS.length]! : to;
  const t0 = START + randInt(rnd, 0, 200) * DAY;
  const gap = randInt(rnd, 200, 1500) * DAY;
  const pattern = pick(rnd, ['rename+silence+language', 'rename+silence', 'name+language', 'silence+language', 'rename only']);
  const silence = pattern.includes('silence');
  const lang = pattern.includes('language') ? newLang : from;
  const later = t0 + 60 * DAY + (silence ? gap : 10 * DAY);
  const list = [...posts(rnd, randInt(rnd, 3, 10), t0, t0 + 60 * DAY, from), ...posts(rnd, randInt(rnd, 3, 12), later, later + 20 * DAY, lang)];
  const history: IdentitySpan[] = [span('handle', `old${i}`, t0), span('name', `Old ${i}`, t0)];
  if (pattern.startsWith('rename')) history.push(span('handle', `new${i}`, later), span('name', `New ${i}`, later));
  if (pattern.startsWith('name')) history.push(span('name', `New ${i}`, later));
  return { repurposed: true, kind: pattern, fired: assessRepurposed({ platform: 'X', history, joined: null, posts: list }).fired };
}

/** Runs the population and returns counts overall and per kind. */
export function measureRepurposed(seed = 42, nOrdinary = 1000, nRepurposed = 250): { tp: number; fn: number; fp: number; tn: number; byKind: Record<string, [number, number]> } {
  const rnd = mulberry32(seed);
  const cases = [...Array.from({ length: nOrdinary }, (_, i) => ordinary(rnd, i)), ...Array.from({ length: nRepurposed }, (_, i) => repurposed(rnd, i))];
  const byKind: Record<string, [number, number]> = {};
  for (const c of cases) {
    const k = `${c.repurposed ? 'repurposed' : 'ordinary'}: ${c.kind}`;
    byKind[k] ??= [0, 0];
    byKind[k]![0] += c.fired ? 1 : 0;
    byKind[k]![1] += 1;
  }
  const count = (r: boolean, f: boolean) => cases.filter((c) => c.repurposed === r && c.fired === f).length;
  return { tp: count(true, true), fn: count(true, false), fp: count(false, true), tn: count(false, false), byKind };
}
