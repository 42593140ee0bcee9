import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { faceSample } from '../../signals/testing/face-sample';
import { hasShared } from '../../utils/testing/shared-data';
import { outLayout } from './layout';
import { runQuiet, table } from './testing/batch-fixture';

describe.skipIf(!hasShared())('sockscope batch over images alone', () => {
  let root = '';
  const faces = hasShared() ? faceSample(6) : [];
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'sockscope-batch-images-'));
    mkdirSync(join(root, 'folder/sub'), { recursive: true });
    faces.forEach((f, i) => cpSync(f, join(root, 'folder', i % 2 ? 'sub' : '', `face${i}${f.slice(f.lastIndexOf('.'))}`)));
    writeFileSync(join(root, 'folder/notes.txt'), 'not an image, not listed');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reads a zipped folder exactly as the folder itself', async () => {
    const files: Record<string, Uint8Array> = {};
    faces.forEach((f, i) => (files[`${i % 2 ? 'sub/' : ''}face${i}${f.slice(f.lastIndexOf('.'))}`] = new Uint8Array(readFileSync(f))));
    writeFileSync(join(root, 'folder.zip'), zipSync(files));
    await runQuiet(join(root, 'folder'), join(root, 'out-folder'), undefined, 1);
    await runQuiet(join(root, 'folder.zip'), join(root, 'out-zip'), undefined, 1);
    const a = await table(outLayout(join(root, 'out-folder')).images, 'seq');
    expect(a.map((r) => r.path)).toEqual(Object.keys(files).sort((x, y) => (x.includes('/') ? 1 : 0) - (y.includes('/') ? 1 : 0) || (x < y ? -1 : 1)));
    expect(await table(outLayout(join(root, 'out-zip')).images, 'seq')).toEqual(a);
    expect(await table(outLayout(join(root, 'out-folder')).accounts)).toEqual([]);
  });

  it('reads a CSV of downloaded files, with an error row for a URL without a file and one for a missing file', async () => {
    const rows = ['path,url,user_screen_name', `folder/${basename(join(root, 'folder/face0'))}${faces[0]!.slice(faces[0]!.lastIndexOf('.'))},https://pbs.twimg.com/a.jpg,Alice`, ',https://pbs.twimg.com/b.jpg,Bob', 'folder/gone.jpg,,Carol'];
    writeFileSync(join(root, 'list.csv'), `${rows.join('\n')}\n`);
    const m = await runQuiet(join(root, 'list.csv'), join(root, 'out-csv'), undefined, 1);
    expect(m.images).toEqual({ rows: 3, errors: 2 });
    const images = await table(outLayout(join(root, 'out-csv')).images, 'seq');
    expect(images.map((r) => [r.account_key, r.status, r.error])).toEqual([
      ['x:alice', 'ok', null],
      ['x:bob', 'error', 'no local file for this URL (sockscope batch never downloads)'],
      ['x:carol', 'error', 'no such file'],
    ]);
    const accounts = await table(outLayout(join(root, 'out-csv')).accounts, 'account_key');
    expect(accounts.map((a) => [a.account_key, a.avatar_url, a.avatar_file])).toEqual([
      ['x:alice', 'https://pbs.twimg.com/a.jpg', images[0]!.path],
      ['x:bob', 'https://pbs.twimg.com/b.jpg', null],
      ['x:carol', 'folder/gone.jpg', null],
    ]);
  });
});
