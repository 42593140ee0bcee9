import { X_SELECTORS } from './selectors';

/**
 * The quoted post around the `User-Name` block `nameBlock` of a post `article`: the nearest clickable
 * card (2023–2026), else the largest subtree that holds no other author block.
 */
export function quoteContainerOf(nameBlock: Element, article: Element): Element {
  for (let el = nameBlock.parentElement; el && el !== article; el = el.parentElement) {
    if (el.matches(X_SELECTORS.quoteCard)) return el;
  }
  let region = nameBlock;
  while (region.parentElement && region.parentElement !== article) {
    if (region.parentElement.querySelectorAll(X_SELECTORS.userName).length > 1) break;
    region = region.parentElement;
  }
  return region;
}
