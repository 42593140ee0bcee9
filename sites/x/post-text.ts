import { allOutside, firstOutside } from '../../utils/dom/query';
import { plainText } from '../../utils/dom/plain-text';
import { tagOfHref, tagsInText, uniqueTags } from '../../utils/dom/hashtags';
import { X_SELECTORS } from './selectors';

/** A post's text and the elements it came from (hashtag links are looked up in those). */
export interface PostText {
  text: string | null;
  hashtags: string[];
  /** The text elements, so callers can leave them out of other checks. */
  elements: Element[];
}

/** Text and hashtags of the post in `region`, leaving out quoted posts (`exclude`). */
export function readPostText(region: Element, exclude: readonly Element[]): PostText {
  const elements = textElements(region, exclude);
  const parts = elements.map((el) => plainText(el, { exclude })).filter((t): t is string => t !== null);
  const text = parts.length > 0 ? parts.join('\n\n') : null;
  return { text, hashtags: hashtagsIn(elements, text, exclude), elements };
}

/** Hashtags (without '#') of `text` and of the hashtag links inside `elements`, de-duplicated. */
export function hashtagsIn(elements: readonly Element[], text: string | null, exclude: readonly Element[] = []): string[] {
  const fromLinks = elements.flatMap((el) => allOutside(el, X_SELECTORS.hashtagLink, exclude)).map((a) => tagOfHref(a.getAttribute('href')));
  // Text order is page order; links add tags the text pattern might miss (odd scripts, truncation).
  return uniqueTags([...tagsInText(text ?? ''), ...fromLinks]);
}

function textElements(region: Element, exclude: readonly Element[]): Element[] {
  const tweetText = firstOutside(region, [X_SELECTORS.text[0]], exclude);
  if (tweetText) return [tweetText];
  // X Articles (longform) show a title and a draft.js body instead of tweetText.
  const body = firstOutside(region, X_SELECTORS.articleBody, exclude);
  if (body) return [firstOutside(region, [X_SELECTORS.articleTitle], exclude), body].filter((e): e is Element => e !== null);
  // 2021 layout: the text div carries only `lang`. Cards also use lang, so skip anything inside a card.
  const cards = allOutside(region, '[data-testid^="card."]', exclude);
  const legacy = firstOutside(region, [X_SELECTORS.text[1]], [...exclude, ...cards]);
  return legacy ? [legacy] : [];
}
