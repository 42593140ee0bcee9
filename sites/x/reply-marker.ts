import { allOutside } from '../../utils/dom/query';
import { plainTextLine } from '../../utils/dom/plain-text';
import { profileHandleOf } from './author-block';
import { X_REPLYING_TO, X_REPLYING_TO_WORDS, X_SELECTORS } from './selectors';

/**
 * True when the post in `region` shows a "Replying to @x" line. Language-independent check first:
 * an `@x` profile link outside the author block, the text and the social context.
 */
export function hasReplyMarker(region: Element, skip: readonly Element[], authorHandle: string | null): boolean {
  const cards = allOutside(region, '[data-testid^="card."]', skip);
  const social = allOutside(region, X_SELECTORS.socialContext, skip);
  const outside = [...skip, ...cards, ...social];
  const author = authorHandle?.toLowerCase();
  const mentionLink = allOutside(region, X_SELECTORS.link, outside).some((a) => {
    const handle = profileHandleOf(a.getAttribute('href'));
    return handle !== null && handle.toLowerCase() !== author && plainTextLine(a)?.toLowerCase() === `@${handle.toLowerCase()}`;
  });
  if (mentionLink) return true;
  // A line that starts "Replying to" has those words in the post's text too: one native read of it spares
  // reading every div of an ordinary post, nested ones many times over.
  if (!(region.textContent ?? '').includes(X_REPLYING_TO_WORDS)) return false;
  return allOutside(region, 'div[dir]', outside).some((el) => X_REPLYING_TO.test(el.textContent ?? ''));
}
