import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { hasShared, sharedPath } from '../utils/testing/shared-data';
import { runScan, type ScanLine } from './scan';
import { POLICY } from '../core/release-policy';

async function folder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sockscope-scan-'));
  await mkdir(join(dir, 'sub'));
  await writeFile(join(dir, 'sub', 'grey.PNG'), await sharp({ create: { width: 40, height: 40, channels: 3, background: '#777' } }).png().toBuffer());
  await writeFile(join(dir, 'broken.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]));
  await writeFile(join(dir, 'notes.txt'), 'ignored inside folders');
  return dir;
}

async function scan(args: string[]): Promise<{ code: number; lines: ScanLine[] }> {
  const raw: string[] = [];
  const code = await runScan(['--json', ...args], (l) => raw.push(l));
  return { code, lines: raw.map((l) => JSON.parse(l) as ScanLine) };
}

describe('runScan', () => {
  it('prints one JSON line per image, keeps going past a bad file, and exits 1', async () => {
    const dir = await folder();
    const { code, lines } = await scan([dir, join(dir, 'missing.png')]);
    expect(code).toBe(1);
    expect(lines.map((l) => l.path.slice(dir.length))).toEqual(['/broken.jpg', '/sub/grey.PNG', '/missing.png']);
    expect(Object.keys(lines[0]!)).toEqual(['path', 'score', 'flagged', 'face', 'eyeDistance', 'eyesMatch', 'stage2Probability', 'decidedBy', 'reasons', 'error']);
    expect(lines[0]!.error).toMatch(/^couldn't decode image/);
    expect(lines[1]).toMatchObject({ face: false, score: null, flagged: false, error: null });
    expect(lines[2]!.error).toBe('no such file or folder');
  });
  it('rejects a call without paths', async () => {
    expect(await runScan([], () => undefined)).toBe(2);
  });
  it.skipIf(!hasShared())('flags a StyleGAN face on both stages and rules a wild photo out on its eyes alone', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sockscope-scan-'));
    await copyFile(sharedPath('data/faces/gan/stylegan2/dinablachman__realorfake/data__fake__fake_1.jpg'), join(dir, 'a-gan.jpg'));
    await copyFile(sharedPath('data/faces/real/wild/Hossein88-eng__gender-classification-doe/data__man__alexander-kissler-872581_1280.jpg'), join(dir, 'b-real.jpg'));
    const { code, lines } = await scan([dir]);
    expect(code).toBe(0);
    expect(lines.map((l) => l.face)).toEqual([true, true]);
    expect(lines[0]).toMatchObject({ eyesMatch: true, decidedBy: 'flagged', flagged: true });
    expect(lines[0]!.stage2Probability).toBeGreaterThanOrEqual(POLICY.flagProbability);
    expect(lines[0]!.score).toBe(lines[0]!.stage2Probability);
    expect(lines[1]).toMatchObject({ eyesMatch: false, decidedBy: 'eyes-differ', flagged: false, stage2Probability: null, score: 0 });
    expect(lines[0]!.reasons[0]).toMatch(/^Eyes sit where StyleGAN puts them/);
    expect(lines[1]!.reasons[0]).toMatch(/^Eyes are not where StyleGAN puts them/);
  });
});
