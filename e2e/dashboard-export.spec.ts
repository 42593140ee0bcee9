import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { expect, test } from './support/fixtures';
import { HOME_POSTS, HOSTILE_TEXT } from './fixtures/x-scenario';

// Keep the BOM when decoding (TextDecoder drops it by default) so we can check it is there.
const text = (b: Uint8Array | undefined): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(b ?? new Uint8Array());
const rowsOf = (csv: string): Record<string, string>[] => Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
const FORMULA_NOTE = '=HYPERLINK("https://evil.example","click me")';

test('browse x.com, see flagged accounts in the dashboard, review one, export a ZIP that round-trips hostile text', async ({ page, context, extId }) => {
  // The real path: the background records every author the content script sees.
  await page.goto('https://x.com/home');
  await expect(page.locator('sockscope-badge')).not.toHaveCount(0);
  await expect(page.locator('sockscope-badge button.badge[data-state="checking"]')).toHaveCount(0, { timeout: 30_000 });

  const dash = await context.newPage();
  await dash.goto(`chrome-extension://${extId}/dashboard.html`);
  const row = (handle: string) => dash.locator(`tbody tr[data-account="x:${handle}"]`);
  await expect(row('gan_face_one')).toBeVisible();
  await expect(row('gan_face_one')).toHaveAttribute('data-band', /^(medium|high)$/);
  await expect(row('real_person_1')).toHaveCount(0); // low risk: not in the default "flagged" view

  await dash.selectOption('select[name=band]', 'all');
  await expect(dash.locator('tbody tr')).toHaveCount(new Set(HOME_POSTS.flatMap((p) => [p.handle, ...(p.quote ? [p.quote.handle] : [])])).size);
  expect(await dash.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  // Review the hostile account, with a note a spreadsheet would run as a formula.
  await row('hostile_text').getByRole('button', { name: '@hostile_text' }).click();
  const view = dash.locator('.account-view');
  await expect(view).toContainText('zero');
  await view.getByLabel('False positive').check();
  await view.locator('textarea[name=notes]').fill(FORMULA_NOTE);
  await view.getByRole('button', { name: 'Save review' }).click();
  await expect(row('hostile_text')).toContainText('False positive');

  const [download] = await Promise.all([dash.waitForEvent('download'), dash.getByRole('button', { name: 'Export all' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^sockscope-export-.*\.zip$/);
  const files = unzipSync(new Uint8Array(await readFile(await download.path())));
  for (const f of ['accounts.csv', 'posts.csv', 'evidence.json', 'README.md', 'stix-bundle.json']) expect(files[f], f).toBeDefined();
  expect(Object.keys(files).some((f) => /^avatars\/.+\.(jpg|png|webp)$/.test(f))).toBe(true);

  const accountsCsv = text(files['accounts.csv']);
  expect(accountsCsv.startsWith('\uFEFF')).toBe(true);
  const accounts = rowsOf(accountsCsv);
  expect(Object.keys(accounts[0] ?? {}).slice(0, 3)).toEqual(['userid', 'user_display_name', 'user_screen_name']);
  const gan = accounts.find((r) => r.user_screen_name === 'gan_face_one');
  expect(Number(gan?.risk)).toBeGreaterThanOrEqual(35);
  expect(gan?.avatar_sha256).toMatch(/^[0-9a-f]{64}$/);
  const hostile = accounts.find((r) => r.user_screen_name === 'hostile_text');
  expect(hostile?.review_status).toBe('false-positive');
  expect(hostile?.review_notes).toBe(`'${FORMULA_NOTE}`); // neutralised, text kept

  const posts = rowsOf(text(files['posts.csv']));
  expect(posts.find((p) => p.account === 'x:hostile_text')?.text).toBe(HOSTILE_TEXT); // markup, bidi and zero-width intact
  const evidence = JSON.parse(text(files['evidence.json'])) as { schemaVersion: number; posts: { text: string | null }[] };
  expect(evidence.schemaVersion).toBe(2);
  expect(evidence.posts.some((p) => p.text === HOSTILE_TEXT)).toBe(true);
});

test('export selection holds only the selected account', async ({ page, context, extId }) => {
  await page.goto('https://x.com/home');
  await expect(page.locator('sockscope-badge button.badge[data-state="checking"]')).toHaveCount(0, { timeout: 30_000 });
  const dash = await context.newPage();
  await dash.goto(`chrome-extension://${extId}/dashboard.html`);
  // Every account, not just the flagged ones: what is selected is under test here, not the model.
  await dash.selectOption('select[name=band]', 'all');
  await dash.getByLabel('Select x:gan_face_two').check();
  const [download] = await Promise.all([dash.waitForEvent('download'), dash.getByRole('button', { name: /Export selection/ }).click()]);
  const files = unzipSync(new Uint8Array(await readFile(await download.path())));
  expect(rowsOf(text(files['accounts.csv'])).map((r) => r.user_screen_name)).toEqual(['gan_face_two']);
  expect(rowsOf(text(files['posts.csv'])).every((p) => p.account === 'x:gan_face_two')).toBe(true);
});

test('the cluster view draws the copy-paste ring as a graph, and Clear all data empties the table', async ({ page, context, extId }) => {
  await page.goto('https://x.com/campaign');
  await expect(page.locator('sockscope-badge button.badge[data-state="checking"]')).toHaveCount(0, { timeout: 30_000 });
  const dash = await context.newPage();
  await dash.goto(`chrome-extension://${extId}/dashboard.html`);
  await dash.getByRole('button', { name: 'Clusters' }).click();
  await expect(dash.locator('figure.clusters svg g.node')).toHaveCount(5);
  await expect(dash.locator('figure.clusters line[data-signal="copied-text"]')).not.toHaveCount(0);
  await dash.screenshot({ path: 'test-results/dashboard-clusters.png' }); // for eyes, not asserted
  await dash.getByRole('button', { name: 'Accounts' }).click();
  await expect(dash.locator('tbody tr')).not.toHaveCount(0);
  await dash.locator('tbody tr button.link').first().click();
  await expect(dash.locator('.account-view')).toContainText('Posted 2 texts that 4 other accounts also posted');
  await dash.screenshot({ path: 'test-results/dashboard-account.png', fullPage: true });
  dash.once('dialog', (d) => void d.accept());
  await dash.getByRole('button', { name: 'Clear all data' }).click();
  await expect(dash.locator('tbody tr')).toHaveCount(0);
  await expect(dash.getByText('0 of 0 accounts')).toBeVisible();
});
