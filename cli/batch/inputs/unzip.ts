/** Unpacks a zipped archive once into the output folder, streamed (fflate), never whole in memory. */
import { closeSync, createReadStream, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import { Unzip, UnzipInflate } from 'fflate';

/** A zip entry's name as a safe relative path, or null for folders and names that would leave the target. */
export function safeEntryPath(name: string): string | null {
  if (name.endsWith('/') || name.includes('\0')) return null;
  const norm = normalize(name.replace(/\\/g, '/'));
  if (norm.startsWith('..') || norm.startsWith(sep) || /^[a-zA-Z]:/.test(norm) || norm.split(sep).includes('..')) return null;
  // macOS resource forks are not part of the archive's content.
  if (norm.split(sep)[0] === '__MACOSX') return null;
  return norm;
}

/** Unpacks `zip` into `target` unless a finished unpack of the same zip (size, mtime) is there already. */
export async function unzipOnce(zip: string, target: string): Promise<void> {
  const info = statSync(zip);
  const stamp = `${info.size}\t${info.mtimeMs}`;
  const marker = join(target, '.unzipped');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === stamp) return;
  // A half-unpacked folder from a killed run is redone from scratch.
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const failures: Error[] = [];
  const unzip = new Unzip((file) => {
    const rel = safeEntryPath(file.name);
    if (!rel) return;
    const out = join(target, rel);
    mkdirSync(dirname(out), { recursive: true });
    const fd = openSync(out, 'w');
    file.ondata = (err, data, final) => {
      if (err) failures.push(err);
      else writeSync(fd, data);
      if (err || final) closeSync(fd);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  for await (const chunk of createReadStream(zip)) unzip.push(chunk as Uint8Array);
  unzip.push(new Uint8Array(0), true);
  if (failures.length > 0) throw new Error(`[sockscope:batch] couldn't unpack ${zip}: ${failures[0]?.message ?? ''}`);
  writeFileSync(marker, stamp);
}
