import { strToU8, zipSync, type Zippable } from 'fflate';
import { avatarPaths } from './avatar-paths';
import { evidenceJson } from './evidence-json';
import { readmeText } from './readme-text';
import { stixBundle } from './stix';
import { exportLinks, linksCsv } from './links';
import { accountsCsv, postsCsv } from './tables';
import type { ExportData, ExportOptions } from './types';

/** Only the selected accounts, their posts and their avatars (everything when no selection). */
export function selectExport(data: ExportData, select?: readonly string[]): ExportData {
  if (!select) return data;
  const keys = new Set(select);
  const accounts = data.accounts.filter((a) => keys.has(a.key));
  const urls = new Set(accounts.flatMap((a) => [...a.avatars.map((v) => v.url), ...(a.imageUrl ? [a.imageUrl] : [])]));
  return { ...data, accounts, posts: data.posts.filter((p) => keys.has(p.account)), avatars: data.avatars.filter((f) => urls.has(f.url)) };
}

/** The export's files by archive path (text as strings, avatars as bytes). */
export function exportFiles(all: ExportData, opts: ExportOptions = {}): Map<string, string | Uint8Array> {
  const data = selectExport(all, opts.select);
  const paths = avatarPaths(data.avatars);
  const files = new Map<string, string | Uint8Array>();
  files.set('accounts.csv', accountsCsv(data.accounts, (url) => paths.get(url) ?? null));
  files.set('posts.csv', postsCsv(data.posts));
  files.set('links.csv', linksCsv(exportLinks(data.accounts)));
  files.set('evidence.json', evidenceJson(data, paths));
  if (opts.stix) files.set('stix-bundle.json', `${JSON.stringify(stixBundle(data.accounts, data.generatedAt), null, 2)}\n`);
  for (const f of data.avatars) {
    const path = paths.get(f.url);
    if (f.ok && path) files.set(path, f.bytes);
  }
  files.set('README.md', readmeText(data, [...files.keys(), 'README.md'].filter((p) => !p.startsWith('avatars/')).concat(paths.size ? ['avatars/'] : [])));
  return files;
}

/** The one-click ZIP: accounts.csv, posts.csv, links.csv, evidence.json, avatars/, README.md (+ stix-bundle.json). */
export function buildExport(data: ExportData, opts: ExportOptions = {}): Uint8Array {
  const zip: Zippable = {};
  // Timestamps inside the zip follow the export time, so two builds of the same data are identical.
  const mtime = new Date(data.generatedAt);
  for (const [path, content] of exportFiles(data, opts)) {
    const bytes = typeof content === 'string' ? strToU8(content) : content;
    // Images are already compressed; storing them saves time for nothing lost.
    zip[path] = [bytes, { level: typeof content === 'string' ? 6 : 0, mtime }];
  }
  return zipSync(zip);
}
