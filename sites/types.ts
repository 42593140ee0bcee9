import type { AuthorOccurrence, Site } from '../core/sighting';

/** One author found in the DOM, with the elements the content script needs. */
export interface FoundAuthor {
  data: AuthorOccurrence;
  /** The post / comment / cell element the author belongs to. */
  root: Element;
  /** The badge goes right after this element (normally the display-name block); null = don't badge. */
  anchor: Element | null;
  /** The avatar element (img, svg image, …), watched for lazy `src` changes. */
  avatarEl: Element | null;
}

/** A pure site adapter: DOM in, data out. No side effects, no globals except the passed root. */
export interface SiteAdapter {
  site: Site;
  /** True when this adapter handles pages at this URL. */
  matchesUrl(url: URL): boolean;
  /** All authors under `root` (a document or an element), in document order. */
  find(root: ParentNode, pageUrl: string): FoundAuthor[];
  /**
   * Elements that are self-contained units (a post, a comment thread): `find(unit)` gives the same
   * authors as a whole-page scan would. Lets the content script rescan only what changed; without it,
   * every change rescans the page.
   */
  unitSelector?: string;
  /**
   * The authors a whole-page scan finds outside every unit (a profile header). With it, the first scan
   * of a long page runs unit by unit over several tasks instead of one long block.
   */
  findOutsideUnits?(doc: Document, pageUrl: string): FoundAuthor[];
  /** Site events that mean "new page content" (YouTube's yt-navigate-finish), besides wxt:locationchange. */
  navigationEvents?: readonly string[];
  /** The largest variant of an avatar URL worth fetching for analysis, or null if it can't be analysed. */
  analysisUrl(avatarUrl: string): string | null;
}
