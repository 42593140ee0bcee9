import { allOutside } from '../../utils/dom/query';
import { plainTextLine } from '../../utils/dom/plain-text';
import { profileHandleOf } from './author-block';
import { X_REPLYING_TO, X_SELECTORS } from './selectors';

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
  return allOutside(region, 'div[dir]', outside).some((el) => X_REPLYING_TO.test(el.textContent ?? ''));
}
