/** Avatars drawn here (SVG rendered by sharp), so tests and fixtures own every pixel they use. */
import sharp from 'sharp';
import { mulberry32 as rng } from '../../../signals/testing/prng';

const hex = (n: number): string => `#${(n & 0xffffff).toString(16).padStart(6, '0')}`;

/** An anime-style face: flat fills, dark outlines, big eyes with highlights, spiky hair. */
export function animeFaceSvg(seed = 1, size = 400): string {
  const r = rng(seed);
  const hair = hex(Math.floor(r() * 0xffffff));
  const bg = hex(0xc0c0ff + Math.floor(r() * 0x3f3f00));
  const eye = hex(Math.floor(r() * 0xffffff));
  const spikes = Array.from({ length: 7 }, (_, i) => `${60 + i * 45},${150 + (i % 2) * 40} ${82 + i * 45},${70 + r() * 30}`).join(' ');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 400 400">
  <rect width="400" height="400" fill="${bg}"/>
  <path d="M120 380 Q200 300 280 380 Z" fill="#fff" stroke="#222" stroke-width="5"/>
  <ellipse cx="200" cy="215" rx="105" ry="125" fill="#ffe3d0" stroke="#222" stroke-width="6"/>
  <polygon points="70,200 ${spikes} 340,200 330,110 200,60 70,110" fill="${hair}" stroke="#222" stroke-width="6"/>
  <ellipse cx="155" cy="230" rx="28" ry="38" fill="${eye}" stroke="#222" stroke-width="6"/>
  <ellipse cx="245" cy="230" rx="28" ry="38" fill="${eye}" stroke="#222" stroke-width="6"/>
  <circle cx="146" cy="218" r="9" fill="#fff"/><circle cx="236" cy="218" r="9" fill="#fff"/>
  <path d="M185 295 Q200 305 215 295" stroke="#222" stroke-width="5" fill="none"/>
  <ellipse cx="135" cy="275" rx="14" ry="6" fill="#ffb0b0"/><ellipse cx="265" cy="275" rx="14" ry="6" fill="#ffb0b0"/>
</svg>`;
}

/** A platform-style default: a pale silhouette on grey, or a letter on a flat colour (YouTube's default). */
export function defaultAvatarSvg(seed = 1, size = 400): string {
  const r = rng(seed);
  if (r() < 0.5) {
    const g = 150 + Math.floor(r() * 60);
    const bg = hex((g << 16) | (g << 8) | g);
    const fg = hex(((g + 40) << 16) | ((g + 40) << 8) | (g + 40));
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 400 400"><rect width="400" height="400" fill="${bg}"/><circle cx="200" cy="160" r="75" fill="${fg}"/><path d="M60 400 Q200 200 340 400 Z" fill="${fg}"/></svg>`;
  }
  const letter = String.fromCharCode(65 + Math.floor(r() * 26));
  const bg = hex(Math.floor(r() * 0xffffff));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 400 400"><rect width="400" height="400" fill="${bg}"/><text x="200" y="270" font-family="sans-serif" font-size="220" text-anchor="middle" fill="#fff">${letter}</text></svg>`;
}

/** A flat two- or three-colour logo: shapes and a word. */
export function logoSvg(seed = 1, size = 400): string {
  const r = rng(seed);
  const a = hex(Math.floor(r() * 0xffffff));
  const b = hex(Math.floor(r() * 0xffffff));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 400 400"><rect width="400" height="400" fill="#fff"/><circle cx="200" cy="170" r="110" fill="${a}"/><rect x="140" y="110" width="120" height="120" fill="${b}" transform="rotate(${Math.floor(r() * 90)} 200 170)"/><text x="200" y="360" font-family="sans-serif" font-size="60" font-weight="bold" text-anchor="middle" fill="${a}">NEWS</text></svg>`;
}

/** Renders SVG to encoded bytes. */
export async function renderSvg(svg: string, format: 'png' | 'jpeg' = 'png', quality = 85): Promise<Uint8Array> {
  const img = sharp(Buffer.from(svg));
  return new Uint8Array(await (format === 'png' ? img.png() : img.jpeg({ quality })).toBuffer());
}
