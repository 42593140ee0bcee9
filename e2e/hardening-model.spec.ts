import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { EXTENSION_DIR, launchWithExtension } from './support/launch';

const BADGES = 'sockscope-badge button.badge';

/** A copy of the built extension with one model file replaced. */
function brokenBuild(model: string, bytes: Uint8Array | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'sockscope-broken-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const file = join(dir, 'models', `${model}.onnx`);
  if (bytes) writeFileSync(file, bytes);
  else rmSync(file);
  return dir;
}

for (const [what, bytes] of [
  ['corrupt', new TextEncoder().encode('not an onnx model')],
  ['missing', null],
] as const) {
  test(`a ${what} model file: every badge says "couldn't check: model unavailable", and later avatars get the same answer at once`, async ({ server }) => {
    const dir = brokenBuild('blazeface', bytes);
    const context = await launchWithExtension(server.port, { extensionDir: dir });
    try {
      const page = await context.newPage();
      await page.goto('https://x.com/home');
      await expect(page.locator(BADGES).first()).toBeVisible({ timeout: 30_000 });
      await expect(page.locator(`${BADGES}[data-state="checking"]`)).toHaveCount(0, { timeout: 30_000 });
      const labels = await page.locator(BADGES).evaluateAll((bs) => bs.map((b) => `${b.getAttribute('data-state')}|${b.getAttribute('aria-label')}`));
      // Avatars that can't be fetched or decoded fail earlier, with their own reason; every other one
      // reaches the model and must say it is unavailable.
      const reached = labels.filter((l) => !/404|not a supported image|couldn't decode|too large/.test(l));
      expect(reached.length).toBeGreaterThan(3);
      for (const l of reached) expect(l).toMatch(/^error\|.*couldn't check: model unavailable/);
      // The next page's avatars are answered from the remembered failure: no reload per image, no hang.
      const t0 = Date.now();
      await page.click('#nav-explore');
      // The explore page's two authors, new to the extension.
      await expect(page.locator(BADGES)).toHaveCount(2);
      await expect(page.locator(`${BADGES}[data-state="error"]`)).toHaveCount(2, { timeout: 10_000 });
      const after = await page.locator(BADGES).evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label') ?? ''));
      console.log(`[hardening] ${what} model: ${reached.length} badges "model unavailable"; after navigation ${after.length} more, settled in ${Date.now() - t0} ms`);
      for (const l of after) expect(l).toContain("couldn't check: model unavailable");
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
