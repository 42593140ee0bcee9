/** PATH → the right reader: an IO archive (folder or zip), a folder of images, or a CSV of image files. */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { archiveFiles, openArchive } from './io-archive';
import { openImageFolder, openImageList } from './image-list';
import type { BatchInput } from './types';
import { unzipOnce } from './unzip';

/** The CSV names at the top of a folder, or one level down (zips often hold a single folder). */
function csvNames(root: string): string[] {
  const top = readdirSync(root, { withFileTypes: true });
  const here = top.filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.csv')).map((e) => e.name);
  if (here.length > 0) return here;
  const dirs = top.filter((e) => e.isDirectory() && !e.name.startsWith('.'));
  if (dirs.length !== 1) return [];
  return readdirSync(join(root, dirs[0]!.name)).filter((n) => n.toLowerCase().endsWith('.csv')).map((n) => `${dirs[0]!.name}/${n}`);
}

/** Opens `path`; `unzipDir` receives a zip's contents, `out` is left out of folder walks. */
export async function openInput(path: string, unzipDir: string, out: string): Promise<BatchInput> {
  const abs = resolve(path);
  const info = statSync(abs, { throwIfNoEntry: false });
  if (!info) throw new Error(`[sockscope:batch] no such file or folder: ${path}`);
  let root = abs;
  if (info.isFile()) {
    const lower = abs.toLowerCase();
    if (lower.endsWith('.csv')) return openImageList(abs);
    if (!lower.endsWith('.zip')) throw new Error(`[sockscope:batch] ${path}: expected a folder, a .zip or a .csv`);
    await unzipOnce(abs, unzipDir);
    root = unzipDir;
  }
  const files = archiveFiles(csvNames(root));
  return files ? openArchive(root, files, [out]) : openImageFolder(root, [out]);
}
