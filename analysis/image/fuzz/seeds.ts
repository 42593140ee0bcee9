/** Valid images of every format and flavour we accept, made with sharp; the mutators start from these. */
import sharp, { type Sharp } from 'sharp';

/** A valid encoded image the fuzzers mutate, with what it is. */
export interface Seed {
  name: string;
  format: 'jpeg' | 'png' | 'webp' | 'gif' | 'avif' | 'tiff';
  contentType: string;
  bytes: Uint8Array;
}

const W = 48;
const H = 40;

/** A deterministic RGBA pattern (gradients + a disc) so the encoders have real data to compress. */
function pattern(width: number, height: number, channels: 3 | 4): Buffer {
  const buf = Buffer.alloc(width * height * channels);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * channels;
      const inDisc = (x - width / 2) ** 2 + (y - height / 2) ** 2 < (height / 3) ** 2;
      buf[i] = (x * 255) / width;
      buf[i + 1] = (y * 255) / height;
      buf[i + 2] = inDisc ? 220 : (x * y) % 256;
      if (channels === 4) buf[i + 3] = inDisc ? 255 : (x * 7) % 256;
    }
  }
  return buf;
}

const img = (channels: 3 | 4 = 3, width = W, height = H): Sharp => sharp(pattern(width, height, channels), { raw: { width, height, channels } });
const u8 = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

/** Builds every seed once (about 20 small files, well under a second). */
export async function buildSeeds(): Promise<Seed[]> {
  const frames = await Promise.all([0, 1, 2].map((k) => img(4).modulate({ hue: k * 90 }).png().toBuffer()));
  const anim = (): Sharp => sharp(frames, { join: { animated: true } });
  const list: Array<[string, Seed['format'], Promise<Buffer>]> = [
    ['jpeg', 'jpeg', img().jpeg({ quality: 85 }).toBuffer()],
    ['jpeg-progressive', 'jpeg', img().jpeg({ progressive: true }).toBuffer()],
    ['jpeg-cmyk', 'jpeg', img().toColourspace('cmyk').jpeg().toBuffer()],
    ['jpeg-grey', 'jpeg', img().greyscale().jpeg().toBuffer()],
    ['jpeg-exif-rotated', 'jpeg', img().withMetadata({ orientation: 6 }).jpeg().toBuffer()],
    ['png', 'png', img().png().toBuffer()],
    ['png-alpha', 'png', img(4).png().toBuffer()],
    ['png-16bit', 'png', img().toColourspace('rgb16').png().toBuffer()],
    ['png-grey', 'png', img().greyscale().png().toBuffer()],
    ['png-palette', 'png', img().png({ palette: true, colours: 16 }).toBuffer()],
    ['png-interlaced', 'png', img().png({ progressive: true }).toBuffer()],
    ['png-1x1', 'png', img(3, 1, 1).png().toBuffer()],
    ['png-1x2000', 'png', img(3, 1, 2000).png().toBuffer()],
    ['webp-lossy', 'webp', img().webp().toBuffer()],
    ['webp-lossless-alpha', 'webp', img(4).webp({ lossless: true }).toBuffer()],
    ['webp-animated', 'webp', anim().webp().toBuffer()],
    ['gif', 'gif', img().gif().toBuffer()],
    ['gif-animated', 'gif', anim().gif().toBuffer()],
    ['avif', 'avif', img().avif({ effort: 0 }).toBuffer()],
    ['tiff', 'tiff', img().tiff().toBuffer()],
  ];
  const out: Seed[] = [];
  for (const [name, format, p] of list) out.push({ name, format, contentType: `image/${format}`, bytes: u8(await p) });
  return out;
}
