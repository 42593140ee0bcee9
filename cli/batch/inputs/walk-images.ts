/** A folder's image files in a fixed order (names sorted at every level), streamed. */
import { opendir } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import { IMAGE_EXTENSIONS } from '../../scan-files';

/** Relative POSIX path of every image under `root`, folders in sorted order; `skip` folders are left out. */
export async function* walkImages(root: string, skip: readonly string[] = []): AsyncGenerator<string> {
  const skipped = new Set(skip.map((s) => resolve(s)));
  async function* walk(dir: string): AsyncGenerator<string> {
    if (skipped.has(resolve(dir))) return;
    const entries: { name: string; dir: boolean }[] = [];
    for await (const e of await opendir(dir)) if (e.isDirectory() || e.isFile()) entries.push({ name: e.name, dir: e.isDirectory() });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.dir) yield* walk(path);
      else if (IMAGE_EXTENSIONS.includes(extname(e.name).toLowerCase())) yield relative(root, path).split(sep).join('/');
    }
  }
  yield* walk(root);
}
