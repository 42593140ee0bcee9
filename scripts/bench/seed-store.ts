/**
 * Fills the extension's evidence store with synthetic avatar results, so the benchmark can measure a
 * store that has been in use for weeks. The perceptual hashes follow real faces bit by bit (each bit set
 * as often as in ../shared face photos), because face hashes are skewed and that skew is what makes
 * near-duplicate lookups slow; each record copies a stored verdict, so it has a real record's size.
 */
import { readFileSync } from 'node:fs';
import type { Worker } from '@playwright/test';
import { decodeNode } from '../../analysis/image/decode-node';
import { phash } from '../../signals/phash';
import { mulberry32 } from '../../signals/testing/prng';
import { loadRows } from '../eval/eyes-split';

/** n 16-hex hashes whose bits are set as often as in `sample` face photos of ../shared (seeded, repeatable). */
export async function faceLikeHashes(n: number, sample = 400): Promise<string[]> {
  const rows = loadRows('both', 100).slice(0, sample);
  const ones = new Array<number>(64).fill(0);
  for (const r of rows) {
    const h = BigInt(`0x${phash(await decodeNode(new Uint8Array(readFileSync(r.path))))}`);
    for (let b = 0; b < 64; b++) if ((h >> BigInt(b)) & 1n) ones[b]!++;
  }
  const rand = mulberry32(1);
  return Array.from({ length: n }, () => {
    let v = 0n;
    for (let b = 0; b < 64; b++) if (rand() < ones[b]! / rows.length) v |= 1n << BigInt(b);
    return v.toString(16).padStart(16, '0');
  });
}

/**
 * Writes one image record per hash into the running extension's store (it must hold one analysed avatar
 * to copy), as utils/db/image-results.ts would. Restart the worker afterwards: it reads the hash list once
 * per life (utils/db/stored-hashes.ts).
 */
export async function seedStoredImages(sw: Worker, hashes: string[]): Promise<void> {
  const CHUNK = 2000;
  for (let start = 0; start < hashes.length; start += CHUNK) {
    const chunk = hashes.slice(start, start + CHUNK).map((h, k) => ({ id: start + k, phash: h }));
    await sw.evaluate(async (items) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const r = indexedDB.open('sockscope');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      const tx = db.transaction(['images', 'phashes'], 'readwrite');
      const store = tx.objectStore('images');
      const all = await new Promise<Array<{ verdict: { status: string } }>>((ok) => {
        const r = store.getAll(null, 50);
        r.onsuccess = () => ok(r.result);
      });
      const sample = all.find((x) => x.verdict.status === 'ok') ?? all[0];
      if (!sample) throw new Error('no analysed avatar to copy');
      for (const it of items) {
        const sha256 = `seed${it.id}`;
        store.put({ ...sample, url: `https://pbs.twimg.com/profile_images/9/seed${it.id}_400x400.jpg`, sha256, phash: it.phash, verdict: { ...sample.verdict, sha256, phash: it.phash } });
        tx.objectStore('phashes').put(1, it.phash);
      }
      await new Promise((ok, fail) => {
        tx.oncomplete = ok;
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    }, chunk);
  }
}
