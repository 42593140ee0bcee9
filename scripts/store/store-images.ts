// `npm run store:images`: the store listing's images, into .output/store/ (not kept in the repository;
// regenerated from the sources here). The promo tile (440x280) is rendered from branding/promo-tile.svg
// with the icon composited; the screenshots (1280x800) are taken from the demo's pages (scripts/dev/demo.ts's
// fixture server) with the built extension, so they need `npm run build` first and ../shared/data.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { renderSvgPng } from '../build/icons';
import { takeScreenshots } from './screenshots';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = resolve(ROOT, '.output/store');

/** The promo tile: its SVG at 440x280, the icon at 144 px on its left. */
export async function promoTile(): Promise<Buffer> {
  const icon = await renderSvgPng(resolve(ROOT, 'branding/icon.svg'), 144);
  const tile = await renderSvgPng(resolve(ROOT, 'branding/promo-tile.svg'), 440, 280);
  return sharp(tile).composite([{ input: icon, left: 32, top: 46 }]).png().toBuffer();
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const tile = resolve(OUT, 'promo-tile-440x280.png');
  writeFileSync(tile, await promoTile());
  console.log(`promo tile → ${tile}`);
  for (const file of await takeScreenshots(OUT)) console.log(`screenshot → ${file}`);
}

main().catch((err: unknown) => {
  console.error('[sockscope:store]', err);
  process.exit(1);
});
