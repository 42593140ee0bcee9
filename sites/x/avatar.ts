import { allOutside, firstOutside, queryAllWithSelf } from '../../utils/dom/query';
import { backgroundImageUrl, resolveUrl } from '../../utils/dom/urls';
import { profileHandleOf } from './author-block';
import { X_SELECTORS } from './selectors';

/** An author's avatar: the element to watch and its URL (null when the page has no image yet). */
export interface FoundAvatar {
  el: Element | null;
  url: string | null;
}

/** Find the avatar of `handle` in `region`, ignoring `exclude` (quoted posts). */
export function findAvatar(
  region: Element,
  exclude: readonly Element[],
  handle: string | null,
  pageUrl: string,
): FoundAvatar {
  const container =
    firstOutside(region, [X_SELECTORS.avatar[0]], exclude) ??
    (handle ? firstOutside(region, [`[data-testid="${X_SELECTORS.avatarContainerPrefix}${handle}"]`], exclude) : null) ??
    firstOutside(region, [X_SELECTORS.avatar[1]], exclude) ??
    // 2021 layout: no avatar testids; the avatar is the profile link that wraps an image.
    linkedImageOf(region, exclude, handle) ??
    firstOutside(region, [X_SELECTORS.avatarImg], exclude);
  if (!container) return { el: null, url: null };
  return avatarIn(container, pageUrl);
}

/** The image (or its saved-page stand-in) inside an avatar container. */
export function avatarIn(container: Element, pageUrl: string): FoundAvatar {
  const img = container.tagName === 'IMG' ? container : container.querySelector('img');
  const src = img?.getAttribute('src')?.trim();
  if (img && src && !src.startsWith('data:')) return { el: img, url: resolveUrl(src, pageUrl) };
  // Lazy images not loaded yet, and some saves, only keep the original URL in a background-image style.
  for (const el of queryAllWithSelf(container, '[style*="background-image"]')) {
    const url = backgroundImageUrl(el);
    if (url) return { el: img ?? container, url: resolveUrl(url, pageUrl) };
  }
  return { el: img ?? container, url: null };
}

function linkedImageOf(region: Element, exclude: readonly Element[], handle: string | null): Element | null {
  if (!handle) return null;
  const lower = handle.toLowerCase();
  return (
    allOutside(region, X_SELECTORS.link, exclude).find(
      (a) => profileHandleOf(a.getAttribute('href'))?.toLowerCase() === lower && a.querySelector('img') !== null,
    ) ?? null
  );
}
