/** PNG chunk surgery for the fuzzers: find chunks, rewrite one, and fix (or break) its CRC. */

/** One chunk's position: `offset` is the start of its 4-byte length field. */
export interface PngChunk {
  type: string;
  offset: number;
  length: number;
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 as PNG uses it (over chunk type + data). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The chunks of a PNG, stopping at the first one that runs past the end. */
export function pngChunks(png: Uint8Array): PngChunk[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: PngChunk[] = [];
  for (let off = 8; off + 12 <= png.length; ) {
    const length = view.getUint32(off);
    if (off + 12 + length > png.length) break;
    out.push({ type: String.fromCharCode(...png.subarray(off + 4, off + 8)), offset: off, length });
    off += 12 + length;
  }
  return out;
}

/** Recomputes a chunk's CRC in place, so a change to its data is not caught as mere corruption. */
export function fixCrc(png: Uint8Array, chunk: PngChunk): void {
  const crc = crc32(png.subarray(chunk.offset + 4, chunk.offset + 8 + chunk.length));
  new DataView(png.buffer, png.byteOffset).setUint32(chunk.offset + 8 + chunk.length, crc);
}

/** Builds one chunk (length, type, data, CRC). */
export function makeChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set([...type].map((c) => c.charCodeAt(0)), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A PNG from an IHDR (width, height, 8-bit RGB) and raw IDAT payload. */
export function buildPng(width: number, height: number, idat: Uint8Array): Uint8Array {
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const parts = [Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), makeChunk('IHDR', ihdr), makeChunk('IDAT', idat), makeChunk('IEND', new Uint8Array(0))];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}
