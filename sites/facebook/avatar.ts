import { resolveUrl } from '../../utils/dom/urls';
import { platformImageUrl } from '../platform-image-url';

const XLINK = 'http://www.w3.org/1999/xlink';

/** The URL of an avatar element: SVG `<image>` (xlink:href, then href) or `<img src>`; null for placeholders. */
export function avatarUrlOf(el: Element | null, pageUrl: string): string | null {
  if (!el) return null;
  const raw =
    el.tagName.toLowerCase() === 'img'
      ? el.getAttribute('src')
      : (el.getAttribute('xlink:href') ?? el.getAttributeNS(XLINK, 'href') ?? el.getAttribute('href'));
  if (!raw || raw.startsWith('data:')) return null;
  return resolveUrl(raw, pageUrl);
}

/**
 * Facebook avatar URLs are signed (`oh=` / `oe=`): any edit breaks them, so analysis uses the URL as
 * found; find() has already swapped in the largest URL of the same account on the page. Null off the
 * platform's image hosts (docs/threat-model.md).
 */
export function facebookAnalysisUrl(avatarUrl: string): string | null {
  return platformImageUrl(avatarUrl);
}

/** The pixel size an fbcdn URL declares (`p480x480`, `s40x40`, `dst-jpg_p720x720`), or 0 when unknown. */
export function declaredSize(url: string): number {
  const sizes = Array.from(url.matchAll(/[_/=,.-][ps](\d{2,4})x(\d{2,4})(?=[/&_,.-]|$)/g), (m) => Math.min(Number(m[1]), Number(m[2])));
  return sizes.length > 0 ? Math.max(...sizes) : 0;
}
