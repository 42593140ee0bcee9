import type { FoundAuthor } from '../types';
import { plainText } from '../../utils/dom/plain-text';
import { allOutside } from '../../utils/dom/query';
import { authorUnits } from './author-unit';
import { foundFacebookAuthor } from './found-author';
import { machineTime } from './post-parts';
import { FB_SELECTORS } from './selectors';

/** Never the caption: links, buttons, headings (the name), and anything holding them (the time line). */
const NOT_CAPTION = 'a, [role="button"], [role="link"], h1, h2, h3, h4, h5, h6';

/**
 * The owner of a photo (or single post) opened in the viewer: not a feed post, so no aria-posinset; found as
 * the first author unit around its top-level comments. Its text is the caption.
 */
export function readFocalOwner(comment: Element, pageUrl: string): FoundAuthor | null {
  for (let up = comment.parentElement; up && up.tagName !== 'BODY'; up = up.parentElement) {
    if (up.querySelector(FB_SELECTORS.post)) return null; // climbed into the feed: not a viewer
    const articles = allOutside(up, FB_SELECTORS.article);
    const unit = authorUnits(up, articles, pageUrl)[0];
    if (!unit) continue;
    const caption = allOutside(up, '[dir="auto"]', articles).find(
      (el) => !el.closest(NOT_CAPTION) && !el.querySelector(NOT_CAPTION) && plainText(el) !== null && plainText(el) !== unit.displayName,
    ) ?? null;
    return foundFacebookAuthor('focal', unit, up, { el: caption, text: plainText(caption) }, machineTime(up), pageUrl);
  }
  return null;
}
