import type { FoundAuthor } from '../types';
import { queryAllWithSelf } from '../../utils/dom/query';
import { hiddenFromReader } from '../on-screen';
import { readFocalOwner } from './read-focal';
import { FB_SELECTORS } from './selectors';

/** The page a root belongs to (the root itself for a document). */
function pageOf(root: ParentNode): ParentNode {
  return (root as Node).ownerDocument ?? root;
}

/** The photo and video viewers open on the page of `root` (dialogs holding media, not chat windows). */
export function openViewers(root: ParentNode): Element[] {
  return queryAllWithSelf(pageOf(root), FB_SELECTORS.viewer).filter((d) => !hiddenFromReader(d) && d.querySelector(FB_SELECTORS.viewerMedia) !== null);
}

/**
 * The owner of the photo or video a viewer shows: the first author unit of its side column (where the name,
 * the caption and the comments are), read like a permalink's owner. Photo pages are where investigations
 * of a face start, so the owner is read whether or not anyone commented.
 */
export function readViewerOwner(viewer: Element, pageUrl: string): FoundAuthor | null {
  const side = viewer.querySelector(FB_SELECTORS.viewerSide) ?? viewer;
  const start = side.firstElementChild;
  return start ? readFocalOwner(start, pageUrl) : null;
}
