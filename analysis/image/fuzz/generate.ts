/**
 * Deterministic hostile-image corpus: case `i` is always the same bytes. Categories rotate with `i`, so
 * any N ≥ the category count covers them all. Seeds are valid sharp-made images; the rest corrupt them.
 */
import { buildBombs, type Bomb } from './bombs';
import { withDeclaredSize } from './dims';
import { concat, corruptHeader, corruptJpegSegment, corruptPngChunk, flipBits, shiftBytes, splice, truncate } from './mutators';
import { createRng, type Rng } from './rng';
import { buildSeeds, type Seed } from './seeds';

export const FUZZ_CATEGORIES = [
  'valid',
  'truncate',
  'bitflip',
  'header',
  'shift',
  'splice',
  'png-chunk',
  'jpeg-segment',
  'huge-dims',
  'bomb',
  'wrong-type',
  'empty',
  'random',
  'magic-random',
] as const;
export type FuzzCategory = (typeof FUZZ_CATEGORIES)[number];

/** One input for the image pipeline: the bytes and the Content-Type a server would send with them. */
export interface FuzzCase {
  index: number;
  category: FuzzCategory;
  /** What was done, e.g. "truncate png-16bit". */
  name: string;
  contentType: string | null;
  bytes: Uint8Array;
}

/** The seeds and bombs, built once; `at(i)` derives case i from them. */
export interface FuzzCorpus {
  seeds: Seed[];
  bombs: Bomb[];
  at(index: number): FuzzCase;
}

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const MAGICS: Array<[string, Uint8Array]> = [
  ['jpeg', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0])],
  ['png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
  ['gif', enc('GIF89a')],
  ['webp', concat(enc('RIFF'), Uint8Array.from([0xff, 0xff, 0xff, 0x7f]), enc('WEBPVP8X'))],
  ['avif', concat(Uint8Array.from([0, 0, 0, 28]), enc('ftypavif'))],
];
const NOT_IMAGES: Array<[string, string, Uint8Array]> = [
  ['html-403', 'text/html', enc('<!doctype html><title>403</title><script>window.__pwned=1</script>')],
  ['json', 'application/json', enc('{"errors":[{"code":34,"message":"Sorry, that page does not exist."}]}')],
  ['svg-script', 'image/svg+xml', enc('<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned=1"><circle r="9"/></svg>')],
  ['pdf', 'application/pdf', enc('%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF')],
  ['bmp', 'image/bmp', concat(enc('BM'), new Uint8Array(60))],
  ['html-as-jpeg', 'image/jpeg', enc('<html><body>rate limited</body></html>')],
];

/** Builds the corpus (seeds with sharp, bombs with zlib): about a second. */
export async function createFuzzCorpus(): Promise<FuzzCorpus> {
  const seeds = await buildSeeds();
  const bombs = buildBombs(seeds);
  return { seeds, bombs, at: (index) => makeCase(index, seeds, bombs) };
}

function makeCase(index: number, seeds: Seed[], bombs: Bomb[]): FuzzCase {
  const category = FUZZ_CATEGORIES[index % FUZZ_CATEGORIES.length] as FuzzCategory;
  // Mix the index so neighbouring cases get unrelated random streams.
  const rng = createRng(Math.imul(index + 1, 0x9e3779b1));
  const of = (formats: string[]): Seed => rng.pick(seeds.filter((s) => formats.includes(s.format)));
  const seed = rng.pick(seeds);
  const mk = (name: string, bytes: Uint8Array, contentType: string | null = seed.contentType): FuzzCase => ({ index, category, name, contentType, bytes });
  switch (category) {
    case 'valid':
      return mk(`valid ${seed.name}`, seed.bytes);
    case 'truncate':
      return mk(`truncate ${seed.name}`, truncate(seed.bytes, rng));
    case 'bitflip':
      return mk(`bitflip ${seed.name}`, flipBits(seed.bytes, rng));
    case 'header':
      return mk(`header ${seed.name}`, corruptHeader(seed.bytes, rng));
    case 'shift':
      return mk(`shift ${seed.name}`, shiftBytes(seed.bytes, rng));
    case 'splice': {
      const other = rng.pick(seeds);
      return mk(`splice ${seed.name}+${other.name}`, splice(seed.bytes, other.bytes, rng));
    }
    case 'png-chunk': {
      const png = of(['png']);
      return mk(`png-chunk ${png.name}`, corruptPngChunk(png.bytes, rng), 'image/png');
    }
    case 'jpeg-segment': {
      const jpeg = of(['jpeg']);
      return mk(`jpeg-segment ${jpeg.name}`, corruptJpegSegment(jpeg.bytes, rng), 'image/jpeg');
    }
    case 'huge-dims':
      return hugeDims(mk, of(['jpeg', 'png', 'gif', 'webp']), rng);
    case 'bomb': {
      const bomb = bombs[Math.floor(index / FUZZ_CATEGORIES.length) % bombs.length] as Bomb;
      return mk(`bomb ${bomb.name}`, bomb.bytes, bomb.contentType);
    }
    case 'wrong-type':
      return wrongType(mk, seed, rng);
    case 'empty': {
      const [name, magic] = rng.pick(MAGICS);
      return rng.next() < 0.3 ? mk('empty 0 bytes', new Uint8Array(0)) : mk(`empty ${name} magic only`, magic.slice(0, rng.int(1, magic.length)));
    }
    case 'random':
      return mk('random bytes', rng.bytes(rng.int(1, rng.next() < 0.9 ? 4096 : 256 * 1024)), rng.pick(['image/jpeg', 'image/png', null]));
    case 'magic-random': {
      const [name, magic] = rng.pick(MAGICS);
      return mk(`magic-random ${name}`, concat(magic, rng.bytes(rng.int(1, 8192))), `image/${name}`);
    }
  }
}

type Make = (name: string, bytes: Uint8Array, contentType?: string | null) => FuzzCase;

function hugeDims(mk: Make, seed: Seed, rng: Rng): FuzzCase {
  const side = (): number => rng.pick([0, 1, 2, 6000, 6400, 16_383, 65_535, rng.int(1, 70_000)]);
  const [w, h] = [side(), side()];
  return mk(`huge-dims ${seed.name} ${w}x${h}`, withDeclaredSize(seed.bytes, w, h) ?? seed.bytes, seed.contentType);
}

function wrongType(mk: Make, seed: Seed, rng: Rng): FuzzCase {
  if (rng.next() < 0.5) {
    const [name, type, bytes] = rng.pick(NOT_IMAGES);
    return mk(`wrong-type ${name}`, bytes, type);
  }
  // A real image with a lying or missing header: the magic bytes should win.
  const type = rng.pick(['text/html', 'application/octet-stream', 'image/png', 'image/jpeg', '', null]);
  return mk(`wrong-type ${seed.name} as ${type ?? 'none'}`, seed.bytes, type);
}
