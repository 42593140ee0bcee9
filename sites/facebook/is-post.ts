import { FB_SELECTORS } from './selectors';

/** True for a post (not a comment): it has aria-posinset, or it is an outermost article of the feed. */
export function isPost(el: Element): boolean {
  if (el.matches(FB_SELECTORS.post)) return true;
  if (!el.matches(FB_SELECTORS.article) || !el.closest('[role="feed"]')) return false;
  const outer = el.parentElement?.closest(`${FB_SELECTORS.article}, ${FB_SELECTORS.post}`);
  return !outer;
}
