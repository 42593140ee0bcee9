import { plainText } from './plain-text';

/** Hashtag links on all three sites: `/hashtag/<tag>` (YouTube, Facebook, X), relative or absolute. */
const HASHTAG_LINK = 'a[href*="/hashtag/"]';

/**
 * Hashtags (without '#') typed in `text` and linked under `elements`, in page order, de-duplicated
 * case-insensitively (first spelling kept). A tag needs one non-digit, so "#1" is not a hashtag.
 */
export function hashtagsOf(elements: readonly (Element | null)[], text: string | null = null): string[] {
  const present = elements.filter((el): el is Element => el !== null);
  const source = text ?? present.map((el) => plainText(el) ?? '').join('\n');
  const fromLinks = present.flatMap((el) => Array.from(el.querySelectorAll(HASHTAG_LINK))).map((a) => tagOfHref(a.getAttribute('href')));
  return uniqueTags([...tagsInText(source), ...fromLinks]);
}

/** Tags in page order, without all-digit ones, de-duplicated case-insensitively (first spelling kept). */
export function uniqueTags(tags: readonly (string | null)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of tags) {
    if (!tag || !/[^\p{N}]/u.test(tag)) continue;
    const key = tag.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** The tag of a `/hashtag/<tag>` link, %-decoded. */
export function tagOfHref(href: string | null): string | null {
  const match = href ? /\/hashtag\/([^/?#]+)/.exec(href) : null;
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1]; // malformed %-escape: keep as written
  }
}

/** Hashtags typed in text (without '#'). */
export function tagsInText(text: string): string[] {
  // No letter, digit, '&' (HTML entity) or '/' (URL fragment) right before the '#'; fullwidth ＃ counts.
  return Array.from(text.matchAll(/(?:^|[^\p{L}\p{N}_&/])[#＃]([\p{L}\p{M}\p{N}_]+)/gu), (m) => m[1] ?? '');
}
