/** Expands `sockscope scan` paths: files as given, folders recursively to their image files, sorted. */
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.gif', '.avif'];

/** A path to scan, or a path that could not be listed (reported as an error line). */
export type ScanTarget = { path: string; error: null } | { path: string; error: string };

/** Files named on the command line are always scanned; inside folders only image extensions are. */
export async function expandPaths(paths: string[]): Promise<ScanTarget[]> {
  const out: ScanTarget[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) out.push({ path, error: 'no such file or folder' });
    else if (info.isDirectory()) out.push(...(await walk(path)));
    else out.push({ path, error: null });
  }
  return out;
}

async function walk(dir: string): Promise<ScanTarget[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => null);
  if (!entries) return [{ path: dir, error: "couldn't read folder" }];
  const out: ScanTarget[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (entry.isFile() && IMAGE_EXTENSIONS.includes(extname(entry.name).toLowerCase())) out.push({ path, error: null });
  }
  return out;
}
