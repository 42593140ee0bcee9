import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { HOME_POSTS, HOSTILE_TEXT } from '../fixtures/x-scenario';
import { waitSettled } from './support/badges';
import { waitForDownload } from './support/downloads';
import { openExtensionPage } from './support/extension-page';
import { expect, test } from './support/fixtures';

const text = (b: Uint8Array | undefined): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(b ?? new Uint8Array());
const rowsOf = (csv: string): Record<string, string>[] => Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
const AUTHORS = new Set(HOME_POSTS.flatMap((p) => [p.handle, ...(p.quote ? [p.quote.handle] : [])]));

test('Firefox: browse x.com, see the flagged accounts in the dashboard, Export all downloads a ZIP of the evidence', async ({ firefox, tab }) => {
  await tab.goto('https://x.com/home');
  await waitSettled(tab, AUTHORS.size);

  const dash = await openExtensionPage(firefox.browser, 'dashboard.html', 'tbody tr[data-account="x:gan_face_one"]');
  expect(await dash.$eval('tbody tr[data-account="x:gan_face_one"]', (r) => r.getAttribute('data-band'))).toMatch(/^(medium|high)$/);
  expect(await dash.$('tbody tr[data-account="x:real_person_1"]')).toBeNull(); // low risk: not in the default "flagged" view
  await dash.select('select[name=band]', 'all');
  await dash.waitForFunction(`document.querySelectorAll('tbody tr').length === ${AUTHORS.size}`, { timeout: 10_000 });

  const button = await dash.waitForSelector('button::-p-text(Export all)');
  await button?.click();
  const { file, bytes } = await waitForDownload(firefox.downloads, /^sockscope-export-.*\.zip$/);
  expect(file).toMatch(/^sockscope-export-\d{4}-\d{2}-\d{2}T\d{4}Z\.zip$/);
  const files = unzipSync(bytes);
  for (const f of ['accounts.csv', 'posts.csv', 'evidence.json', 'README.md', 'stix-bundle.json']) expect(files[f], f).toBeDefined();
  // The avatars come from the background page's store, fetched again from the platform's host.
  expect(Object.keys(files).some((f) => /^avatars\/.+\.(jpg|png|webp)$/.test(f))).toBe(true);
  const accounts = rowsOf(text(files['accounts.csv']));
  expect(new Set(accounts.map((r) => r.user_screen_name))).toEqual(AUTHORS);
  const gan = accounts.find((r) => r.user_screen_name === 'gan_face_one');
  expect(Number(gan?.risk)).toBeGreaterThanOrEqual(35);
  expect(gan?.avatar_sha256).toMatch(/^[0-9a-f]{64}$/);
  // Markup, bidi controls and zero-width characters survive Firefox's structured clone and IndexedDB.
  expect(rowsOf(text(files['posts.csv'])).find((p) => p.account === 'x:hostile_text')?.text).toBe(HOSTILE_TEXT);
});
