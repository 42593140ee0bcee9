import { firstOutside } from '../../utils/dom/query';
import { plainText } from '../../utils/dom/plain-text';
import type { RepostSighting } from '../../core/sighting';
import { X_REPOSTED, X_SELECTORS } from './selectors';

/** "1,234", "12.5K", "3M" → a number; null when the label has none. */
export function countOf(label: string): number | null {
  const m = /([\d][\d,.]*)\s*([KkMm])?\s+(?:reposts?|retweets?)\b/.exec(label);
  if (!m) return null;
  const n = Number(m[1]!.replace(/,/g, ''));
  if (!Number.isFinite(n)) return null;
  const scale = m[2] ? (/[Kk]/.test(m[2]) ? 1e3 : 1e6) : 1;
  return Math.round(n * scale);
}

/**
 * "X reposted" above a post: who reposted it (the context line's profile link), and the repost count X
 * shows in the post's action bar. The post itself stays its author's; this is the reposter's act. Null
 * when the line is absent or says something else ("liked", "pinned").
 */
export function readRepost(article: Element, exclude: readonly Element[], postId: string | null, author: string | null): RepostSighting | null {
  const context = firstOutside(article, [X_SELECTORS.socialContext], exclude);
  if (!context) return null;
  const text = plainText(context) ?? '';
  if (!X_REPOSTED.test(text)) return null;
  const link = context.closest('a[href]') ?? context.querySelector('a[href]');
  const by = /^\/([A-Za-z0-9_]{1,15})\/?$/.exec(link?.getAttribute('href') ?? '')?.[1] ?? null;
  if (!by) return null;
  const label = firstOutside(article, [X_SELECTORS.repostButton], exclude)?.getAttribute('aria-label') ?? '';
  return { by, byName: text.replace(X_REPOSTED, '').trim() || null, postId, author, shownCount: countOf(label) };
}
