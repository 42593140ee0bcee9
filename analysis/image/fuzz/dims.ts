/** Rewrites the size an image's header declares, leaving its pixel data as it was (tiny file, huge canvas). */
import { fixCrc, pngChunks } from './png-chunks';

/** Patches the declared width × height in a copy of a JPEG, PNG, GIF or WebP; null if no header was found. */
export function withDeclaredSize(bytes: Uint8Array, width: number, height: number): Uint8Array | null {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  if (out[0] === 0x89 && out[1] === 0x50) {
    const ihdr = pngChunks(out).find((c) => c.type === 'IHDR');
    if (!ihdr) return null;
    view.setUint32(ihdr.offset + 8, width);
    view.setUint32(ihdr.offset + 12, height);
    fixCrc(out, ihdr);
    return out;
  }
  if (out[0] === 0xff && out[1] === 0xd8) return patchJpegSof(out, view, width, height);
  if (out[0] === 0x47 && out[1] === 0x49 && out[2] === 0x46) {
    // The logical screen (canvas), not the frame: decoders that allocate the canvas up front pay for it.
    view.setUint16(6, Math.min(width, 0xffff), true);
    view.setUint16(8, Math.min(height, 0xffff), true);
    return out;
  }
  if (String.fromCharCode(...out.subarray(8, 12)) === 'WEBP') return patchWebp(out, view, width, height);
  return null;
}

function patchJpegSof(out: Uint8Array, view: DataView, width: number, height: number): Uint8Array | null {
  for (let off = 2; off + 9 < out.length; ) {
    if (out[off] !== 0xff) return null;
    const marker = out[off + 1] as number;
    const length = view.getUint16(off + 2);
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      view.setUint16(off + 5, Math.min(height, 0xffff));
      view.setUint16(off + 7, Math.min(width, 0xffff));
      return out;
    }
    off += 2 + length;
  }
  return null;
}

function patchWebp(out: Uint8Array, view: DataView, width: number, height: number): Uint8Array | null {
  const chunk = String.fromCharCode(...out.subarray(12, 16));
  const w = Math.min(width, 1 << 24) - 1;
  const h = Math.min(height, 1 << 24) - 1;
  if (chunk === 'VP8X') {
    // 24-bit little-endian canvas width-1 and height-1.
    out.set([w & 0xff, (w >> 8) & 0xff, (w >> 16) & 0xff, h & 0xff, (h >> 8) & 0xff, (h >> 16) & 0xff], 24);
    return out;
  }
  if (chunk === 'VP8 ') {
    // Key frame header: 14-bit width and height after the 3-byte start code.
    view.setUint16(26, Math.min(width, 0x3fff), true);
    view.setUint16(28, Math.min(height, 0x3fff), true);
    return out;
  }
  if (chunk === 'VP8L') {
    const bits = (Math.min(width, 1 << 14) - 1) | ((Math.min(height, 1 << 14) - 1) << 14) | ((out[24] ?? 0) >> 4 << 28);
    view.setUint32(21, bits >>> 0, true);
    return out;
  }
  return null;
}
