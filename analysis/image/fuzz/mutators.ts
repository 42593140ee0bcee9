/** Byte-level and structure-aware corruptions of a valid image. Each returns a fresh copy. */
import { pngChunks } from './png-chunks';
import type { Rng } from './rng';

/** Cuts the file at a random point (often mid-header or mid-scan). */
export function truncate(bytes: Uint8Array, rng: Rng): Uint8Array {
  return bytes.slice(0, rng.int(1, Math.max(1, bytes.length - 1)));
}

/** Flips 1–16 random bits anywhere in the file. */
export function flipBits(bytes: Uint8Array, rng: Rng): Uint8Array {
  const out = bytes.slice();
  for (let n = rng.int(1, 16); n > 0; n--) {
    const i = rng.int(0, out.length - 1);
    out[i] = (out[i] as number) ^ (1 << rng.int(0, 7));
  }
  return out;
}

/** Overwrites 1–8 bytes within the first 40 (magic, size and flags live there). */
export function corruptHeader(bytes: Uint8Array, rng: Rng): Uint8Array {
  const out = bytes.slice();
  for (let n = rng.int(1, 8); n > 0; n--) out[rng.int(0, Math.min(39, out.length - 1))] = rng.int(0, 255);
  return out;
}

/** Inserts or deletes a run of bytes in the middle (shifts every later offset). */
export function shiftBytes(bytes: Uint8Array, rng: Rng): Uint8Array {
  const at = rng.int(0, bytes.length);
  if (rng.next() < 0.5) return concat(bytes.subarray(0, at), rng.bytes(rng.int(1, 64)), bytes.subarray(at));
  return concat(bytes.subarray(0, at), bytes.subarray(Math.min(bytes.length, at + rng.int(1, 64))));
}

/** Head of one file, tail of another. */
export function splice(a: Uint8Array, b: Uint8Array, rng: Rng): Uint8Array {
  return concat(a.subarray(0, rng.int(1, a.length)), b.subarray(rng.int(0, b.length - 1)));
}

/** PNG: a chunk's length field set to a random or huge value, its CRC broken, or a chunk dropped. */
export function corruptPngChunk(png: Uint8Array, rng: Rng): Uint8Array {
  const chunks = pngChunks(png);
  if (chunks.length === 0) return flipBits(png, rng);
  const c = rng.pick(chunks);
  const out = png.slice();
  const view = new DataView(out.buffer);
  const how = rng.int(0, 2);
  if (how === 0) view.setUint32(c.offset, rng.pick([0, 1, c.length + 1, 0x7fffffff, 0xffffffff, rng.int(0, 1 << 20)]));
  if (how === 1) view.setUint32(c.offset + 8 + c.length, rng.int(0, 0xffffffff));
  if (how === 2) return concat(out.subarray(0, c.offset), out.subarray(c.offset + 12 + c.length));
  return out;
}

/** JPEG: a marker segment's length broken, the EOI removed, or the scan cut and repeated. */
export function corruptJpegSegment(jpeg: Uint8Array, rng: Rng): Uint8Array {
  const segments: number[] = [];
  for (let off = 2; off + 4 < jpeg.length && jpeg[off] === 0xff; ) {
    segments.push(off);
    if (jpeg[off + 1] === 0xda) break;
    off += 2 + (((jpeg[off + 2] as number) << 8) | (jpeg[off + 3] as number));
  }
  const out = jpeg.slice();
  const how = rng.int(0, 2);
  if (how === 0 && segments.length > 0) {
    const off = rng.pick(segments);
    new DataView(out.buffer).setUint16(off + 2, rng.pick([0, 1, 2, 0xffff, rng.int(0, 0xffff)]));
    return out;
  }
  if (how === 1) return out.subarray(0, Math.max(2, out.length - 2)).slice();
  const sos = segments.at(-1) ?? 2;
  return concat(out.subarray(0, sos), out.subarray(sos, sos + rng.int(4, 64)), out.subarray(sos));
}

/** Joins byte arrays. */
export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}
