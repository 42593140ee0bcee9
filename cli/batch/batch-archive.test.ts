import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_COLUMNS } from '../../utils/export/columns';
import { hasShared } from '../../utils/testing/shared-data';
import { outLayout } from './layout';
import { mergeShards } from './merge';
import { freshArchive, resultOf, runQuiet, startCli, table } from './testing/batch-fixture';
import type { ArchiveTruth } from './testing/make-archive';

const key = (handle: string): string => `x:${handle}`;

describe.skipIf(!hasShared())('sockscope batch over a generated IO archive', () => {
  let root = '';
  let archive = '';
  let truth: ArchiveTruth;
  let whole = '';

  beforeAll(async () => {
    ({ root, dir: archive, truth } = await freshArchive());
    whole = join(root, 'whole');
    await runQuiet(archive, whole);
  }, 600_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('finds each planted group as one cluster of exactly its accounts, and raises their risk', async () => {
    const clusters = await table(outLayout(whole).clusters);
    for (const [kind, handles] of [['copied-text', truth.ring], ['hashtag-burst', truth.burst], ['reused-avatar', truth.reuse], ['co-repost', truth.corepost]] as const) {
      const ids = new Set(clusters.filter((c) => c.kind === kind && handles.map(key).includes(String(c.account_key))).map((c) => c.cluster_id));
      expect(ids.size).toBe(1);
      const members = clusters.filter((c) => c.cluster_id === [...ids][0]).map((c) => c.account_key).sort();
      expect(members).toEqual(handles.map(key).sort());
    }
    const accounts = await table(outLayout(whole).accounts, 'account_key');
    const byKey = new Map(accounts.map((a) => [String(a.account_key), a]));
    for (const [column, handles] of [['score_copied_text', truth.ring], ['score_hashtag_burst', truth.burst], ['score_reused_avatar', truth.reuse], ['score_co_repost', truth.corepost]] as const)
      for (const h of handles) expect(byKey.get(key(h))?.[column]).toBeGreaterThan(0);
    // Each planted account has a StyleGAN face and a group. The texture check flags about half of GAN
    // faces (models/gan-forensic/MODEL_CARD.md); the others count as matching eyes only, so some small groups stay low.
    const planted = [...truth.ring, ...truth.burst, ...truth.reuse].map((h) => byKey.get(key(h))!);
    expect(planted.filter((a) => a.band === 'low').length / planted.length).toBeLessThan(0.35);
    const ordinary = accounts.filter((a) => !planted.includes(a));
    const meanRisk = (xs: typeof accounts): number => xs.reduce((t, a) => t + Number(a.risk), 0) / xs.length;
    expect(meanRisk(planted)).toBeGreaterThan(3 * meanRisk(ordinary));
    expect(ordinary.filter((a) => a.band === 'high').length / ordinary.length).toBeLessThan(0.05);
  });

  it('writes accounts.parquet with the columns of accounts.csv, in order, one row per account', async () => {
    const accounts = await table(outLayout(whole).accounts);
    expect(Object.keys(accounts[0] ?? {})).toEqual(ACCOUNT_COLUMNS.map(([name]) => name));
    expect(new Set(accounts.map((a) => a.account_key)).size).toBe(accounts.length);
    expect(typeof accounts[0]?.risk).toBe('number');
    const links = await table(outLayout(whole).links);
    expect(Object.keys(links[0] ?? {})).toEqual(['account_a', 'account_b', 'kind', 'evidence']);
  });

  it('gives a broken or unreadable image an error row, and an account without one no image row', async () => {
    const images = await table(outLayout(whole).images, 'path');
    const errors = images.filter((r) => r.status === 'error');
    expect(errors.map((r) => r.path).sort()).toEqual([...truth.broken].sort());
    for (const r of errors) expect(String(r.error)).toMatch(/not a supported image|couldn't decode|empty image/);
    expect(images.some((r) => r.account_key === key(truth.noImage[0]!))).toBe(false);
    const accounts = await table(outLayout(whole).accounts);
    expect(accounts.some((a) => a.account_key === key(truth.noImage[0]!))).toBe(true);
    expect(new Set(images.map((r) => r.path)).size).toBe(images.length);
  });

  it('merges three shards into the same tables, byte for byte, as one run', async () => {
    const shards = [0, 1, 2].map((i) => join(root, `shard-${i}`));
    for (const [i, dir] of shards.entries()) {
      const m = await runQuiet(archive, dir, { index: i, count: 3 }, 1);
      expect(m.tables).toBeUndefined();
      expect(m.images?.rows).toBeGreaterThan(0);
    }
    await expect(mergeShards(shards.slice(0, 2), join(root, 'partial'))).rejects.toThrow('shards missing: 2/3');
    const merged = join(root, 'merged');
    await mergeShards(shards, merged);
    const [a, b] = [await resultOf(whole), await resultOf(merged)];
    expect(b.images).toEqual(a.images);
    expect(b.accounts.equals(a.accounts)).toBe(true);
    expect(b.clusters.equals(a.clusters)).toBe(true);
    expect(b.links.equals(a.links)).toBe(true);
  }, 600_000);

  it('resumes after SIGKILL (twice) with exactly the result of an uninterrupted run', async () => {
    const out = join(root, 'killed');
    const images = outLayout(out).images;
    const parts = (): number => (existsSync(images) ? readdirSync(images).filter((n) => n.endsWith('.parquet')).length : 0);
    for (const enough of [() => existsSync(outLayout(out).manifest), () => parts() >= 1]) {
      const run = startCli(['batch', archive, '--out', out, '--workers', '2']);
      let exited = false;
      void run.done.then(() => (exited = true));
      while (!enough() && !exited) await new Promise((r) => setTimeout(r, 20));
      expect(exited).toBe(false);
      process.kill(-run.pid, 'SIGKILL');
      expect(await run.done).toBeNull();
    }
    expect(existsSync(outLayout(out).accounts)).toBe(false);
    const resumed = startCli(['batch', archive, '--out', out, '--workers', '2']);
    expect(await resumed.done).toBe(0);
    const [a, b] = [await resultOf(whole), await resultOf(out)];
    expect(b.images).toEqual(a.images);
    expect(b.accounts.equals(a.accounts)).toBe(true);
    expect(b.clusters.equals(a.clusters)).toBe(true);
    expect(b.links.equals(a.links)).toBe(true);
  }, 600_000);

  it('refuses to resume into a folder that holds another input', async () => {
    await expect(runQuiet(join(archive, 'profile_images'), whole)).rejects.toThrow(/another input/);
  });
});
