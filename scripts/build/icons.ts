import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

/** The sizes both stores and both browsers ask for: toolbar (16, 32 on high-DPI), extensions page (48), store (128). */
export const ICON_SIZES = [16, 32, 48, 128] as const;

/** Where each size ships inside the package, as the manifest's `icons` and the action's `default_icon` name it. */
export function iconPaths(): Record<string, string> {
  return Object.fromEntries(ICON_SIZES.map((s) => [String(s), `icons/${s}.png`]));
}

/**
 * Renders an SVG to a square PNG of `size` pixels. The SVG is rasterised at the target size (its density
 * scaled from its own width) rather than downscaled from a large bitmap, so strokes stay as crisp as the
 * design allows at 16 px.
 */
export async function renderSvgPng(svgPath: string, width: number, height = width): Promise<Buffer> {
  const meta = await sharp(svgPath).metadata();
  const density = (72 * width) / (meta.width ?? width);
  return sharp(svgPath, { density }).resize(width, height, { fit: 'fill' }).png({ compressionLevel: 9 }).toBuffer();
}

/** Renders the icon at every size into `outDir` as `<size>.png`; returns the written files by size. */
export async function renderIcons(svgPath: string, outDir: string): Promise<Map<number, string>> {
  mkdirSync(outDir, { recursive: true });
  const out = new Map<number, string>();
  for (const size of ICON_SIZES) {
    const file = join(outDir, `${size}.png`);
    writeFileSync(file, await renderSvgPng(svgPath, size));
    out.set(size, file);
  }
  return out;
}
