import { allOutside, firstOutside } from '../../utils/dom/query';
import { plainText } from '../../utils/dom/plain-text';
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
  return uniqueTags([...tagsInText(text), ...fromLinks]);
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

function tagOfHref(href: string | null): string | null {
  const match = href ? /\/hashtag\/([^/?#]+)/.exec(href) : null;
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

/** Hashtags typed in text: X needs at least one non-digit and no letter right before the '#'. */
function tagsInText(text: string | null): string[] {
  if (!text) return [];
  const tags: string[] = [];
  for (const match of text.matchAll(/(?:^|[^\p{L}\p{N}_&/])[#＃]([\p{L}\p{M}\p{N}_]+)/gu)) {
    const tag = match[1];
    if (tag && /[^\p{N}]/u.test(tag)) tags.push(tag);
  }
  return tags;
}

/** De-duplicated case-insensitively (X treats #Foo and #foo as one tag), first spelling and order kept. */
function uniqueTags(tags: readonly (string | null)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of tags) {
    if (!tag) continue;
    const key = tag.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}
