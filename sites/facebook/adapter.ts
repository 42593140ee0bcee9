import type { FoundAuthor, SiteAdapter } from '../types';
import { shareAccountIds } from '../account-ids';
import { queryAllWithSelf } from '../../utils/dom/query';
import { declaredSize, facebookAnalysisUrl } from './avatar';
import { isPost } from './is-post';
import { ogProfile, ogProfileAuthor } from './og-profile';
import { readComment } from './read-comment';
import { readFocalOwner } from './read-focal';
import { readPost } from './read-post';
import { readProfileHeader } from './read-profile';
import { FB_SELECTORS } from './selectors';
import { openViewers, readViewerOwner } from './read-viewer';
import { behindOverlay, hiddenFromReader } from '../on-screen';

const ALL = [FB_SELECTORS.post, FB_SELECTORS.article, FB_SELECTORS.profileName].join(', ');

/** All authors under `root`: profile header, posts (and shares shown in them), photo owner, comments, replies. */
function findFacebookAuthors(root: ParentNode, pageUrl: string): FoundAuthor[] {
  const found: FoundAuthor[] = [];
  let focalDone = false;
  // A photo or video viewer open over the page: its owner first, whether or not anyone commented.
  const viewers = openViewers(root);
  for (const viewer of viewers) {
    if (!queryAllWithSelf(root, FB_SELECTORS.viewer).includes(viewer)) continue;
    const owner = readViewerOwner(viewer, pageUrl);
    if (owner) found.push(owner);
  }
  for (const el of queryAllWithSelf(root, ALL)) {
    if (el.matches(FB_SELECTORS.profileName)) {
      if (el.closest(FB_SELECTORS.article) || el.closest(FB_SELECTORS.post)) continue;
      const header = readProfileHeader(el, pageUrl);
      if (header) found.push(header);
    } else if (isPost(el)) {
      found.push(...readPost(el, pageUrl));
    } else {
      const comment = readComment(el, pageUrl);
      if (!comment) continue; // a loading placeholder
      const inPost = el.parentElement?.closest(`${FB_SELECTORS.post}, ${FB_SELECTORS.article}`) ?? null;
      if (!inPost && !focalDone && !viewers.some((v) => v.contains(el))) {
        // Comments outside any post: the photo viewer or a permalink page; their owner comes first.
        focalDone = true;
        const owner = readFocalOwner(el, pageUrl);
        if (owner) found.push(owner);
      }
      found.push(comment);
    }
  }
  const og = ogProfile(root, pageUrl);
  if (og && !found.some((f) => f.data.kind === 'profile')) {
    const fromOg = ogProfileAuthor(root, og);
    if (fromOg) found.push(fromOg);
  }
  const out = useLargestAvatars(found, og ? [{ handle: og.handle, url: og.avatarUrl }] : []);
  // profile.php?id=N, /people/Name/N and group-member links name the account by its numeric id, which
  // survives a change of vanity name; a slug says nothing about the id.
  for (const f of out) if (f.data.handle && /^\d{5,25}$/.test(f.data.handle)) f.data.accountId = f.data.handle;
  shareAccountIds(out);
  // Badges for what is on screen: nothing the page hides, nothing behind an open viewer (the data stays).
  for (const f of out) if (f.anchor && (hiddenFromReader(f.anchor) || behindOverlay(f.anchor, viewers))) f.anchor = null;
  return out;
}

/**
 * Facebook's avatar URLs are signed, so a bigger one can't be made, only found: give every occurrence of an
 * account the largest URL that account has on the page (the profile picture, og:image).
 */
function useLargestAvatars(found: FoundAuthor[], extra: { handle: string; url: string | null }[]): FoundAuthor[] {
  const best = new Map<string, string>();
  const candidates = [...found.map((f) => ({ handle: f.data.handle, url: f.data.avatarUrl })), ...extra];
  for (const { handle, url } of candidates) {
    if (!handle || !url) continue;
    const current = best.get(handle);
    if (!current || declaredSize(url) > declaredSize(current)) best.set(handle, url);
  }
  for (const f of found) {
    const url = f.data.handle ? best.get(f.data.handle) : undefined;
    if (url && f.data.avatarUrl && declaredSize(url) > declaredSize(f.data.avatarUrl)) f.data.avatarUrl = url;
  }
  return found;
}

/** The Facebook adapter. Pure: works on any DOM (browser, linkedom). */
export const facebookAdapter: SiteAdapter = {
  site: 'facebook',
  matchesUrl: (url: URL) => /(^|\.)(facebook\.com|fb\.com)$/.test(url.hostname),
  find: findFacebookAuthors,
  analysisUrl: facebookAnalysisUrl,
};
