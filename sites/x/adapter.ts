import type { FoundAuthor, SiteAdapter } from '../types';
import { shareAccountIds } from '../account-ids';
import { queryAllWithSelf } from '../../utils/dom/query';
import { xAnalysisUrl } from './avatar-url';
import { isXHost, xPageType } from './page-type';
import { extractPost, type XScanState } from './post';
import { extractProfileHeader } from './profile-header';
import { X_SELECTORS } from './selectors';
import { xStateUsers } from './account-id';
import { extractUserCell } from './user-cell';

/** Hover cards repeat a profile header's `UserName` for someone who isn't on the page. */
const HOVER_CARD = '[data-testid="HoverCard"]';

const ALL_AUTHORS = [X_SELECTORS.postInner, X_SELECTORS.userCell, X_SELECTORS.profileName].join(', ');

/** All authors under `root`: posts (with their quotes), user cells and the profile header, in page order. */
function findXAuthors(root: ParentNode, pageUrl: string, selector = ALL_AUTHORS): FoundAuthor[] {
  const state: XScanState = { pageUrl, page: xPageType(pageUrl), focalSeen: false };
  const seen = new Set<Element>();
  const found: FoundAuthor[] = [];
  for (const hit of queryAllWithSelf(root, selector)) {
    if (hit.matches(X_SELECTORS.userCell)) {
      if (!seen.has(hit)) found.push(extractUserCell(hit, pageUrl));
      seen.add(hit);
      continue;
    }
    if (hit.matches(X_SELECTORS.profileName)) {
      if (hit.closest(HOVER_CARD) || hit.closest('article')) continue;
      if (!seen.has(hit)) found.push(extractProfileHeader(hit, pageUrl));
      seen.add(hit);
      continue;
    }
    const post = postRoot(hit, root);
    if (seen.has(post)) continue;
    seen.add(post);
    found.push(...extractPost(post, state));
  }
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const users = xStateUsers(doc);
  for (const f of found) {
    const facts = f.data.handle ? users.get(f.data.handle.toLowerCase()) : undefined;
    if (facts) {
      f.data.accountId ??= facts.id;
      if (facts.createdAt) f.data.joined ??= facts.createdAt.slice(0, 10);
    }
  }
  shareAccountIds(found);
  return found;
}

/** 2021 markup puts the testid on a div inside the article; stay inside `root` either way. */
function postRoot(hit: Element, root: ParentNode): Element {
  const article = hit.closest('article');
  if (!article) return hit;
  const inRoot = (root as Node) === article || (root as Node).contains(article);
  return inRoot ? article : hit;
}

/** The X / Twitter adapter. Pure: works on any DOM (browser, linkedom). */
export const xAdapter: SiteAdapter = {
  site: 'x',
  matchesUrl: (url: URL) => isXHost(url.hostname),
  find: findXAuthors,
  // A post (with its quote) or a user cell; the 2021 markup's testid div sits inside the article.
  unitSelector: `article, ${X_SELECTORS.userCell}`,
  // Outside posts and user cells only the profile header has an author (hover cards are skipped).
  findOutsideUnits: (doc, pageUrl) => findXAuthors(doc, pageUrl, X_SELECTORS.profileName),
  analysisUrl: xAnalysisUrl,
};
