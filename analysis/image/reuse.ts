/**
 * Reuse across the synchronous per-avatar steps (resize weights, work planes): a fresh array per avatar
 * costs more in allocation and garbage than the arithmetic, and the offscreen document's ArrayBuffer
 * garbage is collected only every few tens of MB.
 */

/** Values made once per (source, target) size pair; avatars come in a handful of sizes, so `max` bounds it. */
export function perSize<V>(make: (src: number, dst: number) => V, max = 32): (src: number, dst: number) => V {
  const cache = new Map<string, V>();
  return (src, dst) => {
    const key = `${src}>${dst}`;
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= max) cache.clear();
      cache.set(key, (value = make(src, dst)));
    }
    return value;
  };
}

/**
 * A Float64Array of at least n elements, the same one on every call (contents stale), for a synchronous step
 * that writes before it reads. One over `keepMax` is made for the call alone, so one huge image does not pin
 * its size for good.
 */
export function workPlane(keepMax: number): (n: number) => Float64Array {
  let plane = new Float64Array(0);
  return (n) => {
    if (n > keepMax) return new Float64Array(n);
    if (plane.length < n) plane = new Float64Array(n);
    return plane;
  };
}
