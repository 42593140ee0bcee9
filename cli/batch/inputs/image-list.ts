/** Inputs that are only images: a folder of them, or a CSV naming files already downloaded. */
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { accountKey } from '../../../signals/account-key';
import { NO_PROFILE } from '../../../utils/export/types';
import type { InputImage } from '../image-row';
import { csvRows, field } from './csv-rows';
import type { BatchInput, UserRecord } from './types';
import { walkImages } from './walk-images';

async function* none<T>(): AsyncGenerator<T> {}

/** Every image under a folder, keyed by its relative path; no accounts, no tweets. */
export async function openImageFolder(root: string, skip: readonly string[]): Promise<BatchInput> {
  const hash = createHash('sha256').update('image-folder\n');
  for await (const path of walkImages(root, skip)) hash.update(`${path}\n`);
  async function* images(): AsyncGenerator<InputImage> {
    for await (const path of walkImages(root, skip)) yield { key: path, path, url: null, file: join(root, path), accountKey: null, missing: null };
  }
  return { kind: 'image-folder', root, fingerprint: hash.digest('hex'), accounts: none, images, tweets: none };
}

/**
 * A CSV with a `path` column (relative to the CSV's folder, or absolute), optionally `url` and an account
 * (`user_screen_name` or `handle`). The batch never downloads: a row with a URL and no file is an error row.
 */
export async function openImageList(csv: string): Promise<BatchInput> {
  const root = dirname(resolve(csv));
  const hash = createHash('sha256').update(`image-list\n${statSync(csv).size}\n`);
  for await (const row of csvRows(csv)) hash.update(`${field(row, 'path', 'file', 'image') ?? ''}\t${field(row, 'url') ?? ''}\n`);
  const handleOf = (row: Record<string, string>): string | null => field(row, 'user_screen_name', 'handle', 'screen_name');
  async function* accounts(): AsyncGenerator<UserRecord> {
    const seen = new Set<string>();
    for await (const row of csvRows(csv)) {
      const handle = handleOf(row);
      if (!handle || seen.has(accountKey('x', handle))) continue;
      seen.add(accountKey('x', handle));
      yield { key: accountKey('x', handle), handle, displayName: field(row, 'user_display_name', 'display_name'), profileUrl: null, profile: { ...NO_PROFILE, userid: field(row, 'userid') } };
    }
  }
  async function* images(): AsyncGenerator<InputImage> {
    for await (const row of csvRows(csv)) {
      const named = field(row, 'path', 'file', 'image');
      const url = field(row, 'url');
      const handle = handleOf(row);
      const owner = handle ? accountKey('x', handle) : null;
      const path = named ?? url ?? '';
      const file = named ? (isAbsolute(named) ? named : join(root, named)) : null;
      const missing = !file ? 'no local file for this URL (sockscope batch never downloads)' : existsSync(file) ? null : 'no such file';
      yield { key: owner ?? path, path, url, file: missing ? null : file, accountKey: owner, missing };
    }
  }
  return { kind: 'image-list', root, fingerprint: hash.digest('hex'), accounts, images, tweets: none };
}
