/**
 * The one selector table for Facebook (Comet, 2021–2025). Class names are generated (`x1…`) and
 * aria-labels are localised, so roles, ARIA id references, `data-ad-*` attributes and hrefs come first.
 * Evidence (counts) refers to the saved pages in ../shared/data/dom/facebook, checked by adapter.test.ts.
 */
export const FB_SELECTORS = {
  /** A feed / timeline post: aria-posinset on the story (1 on each feed capture, 2 on the 2024 profile). */
  post: '[aria-posinset]',
  /** Posts inside the feed list when aria-posinset is missing (virtualised placeholders have no author). */
  feedArticle: '[role="feed"] [role="article"]',
  /** Any article: a post, a comment or a reply (6 comments on the 2022 photo viewer). */
  article: '[role="article"]',
  /** Post author, most specific first: 2024–2025 `profile_name`, then headings (2021–2024 h2/h3/h4). */
  postAuthor: ['[data-ad-rendering-role="profile_name"] a[href]', 'h4 a[href]', 'h3 a[href]', 'h2 a[href]'],
  /** Post text: 2024–2025 story_message, then the ad-preview message (2021–2025). */
  postMessage: ['[data-ad-rendering-role="story_message"]', '[data-ad-preview="message"]', '[data-ad-comet-preview="message"]'],
  /** Comment text: the `lang`-tagged body (2021–2025), then any auto-direction block outside links. */
  commentText: ['span[dir="auto"][lang]', 'div[dir="auto"][lang]', '[lang]'],
  /** Avatars are SVG `<image>` elements (href or xlink:href); some lists still use `<img>`. */
  avatarImage: 'image, img',
  /** The profile page's name (one h1 in the main column, 2021–2025). */
  profileName: '[role="main"] h1',
  /** Friends strips and grids beside the profile name show other people's faces. */
  otherPeople: '[role="grid"], [role="row"], [role="cell"], [role="list"]',
  /** Where a shared story's author line, comment composer, etc. live: never an author of their own. */
  composer: 'form, [role="textbox"]',
  link: 'a[href]',
  /**
   * The photo and video viewers (Comet's "theatre"): a dialog over the page holding the media and a side
   * column with the owner, the caption and the comments (Jan 2022 en: role=dialog "Photo viewer", pagelet
   * MediaViewerPhoto, role=complementary). Chat windows are dialogs too, without media.
   * The story viewer (Feb 2025 fr, web.facebook.com/stories/, fixtures/MANIFEST.tsv) is a dialog too, with a
   * `video`, no pagelet and no side column: the owner's name link and picture head the dialog. The video
   * theatre: no saved page is known (none in ../shared/data/dom; public repositories searched on 2026-12-07
   * held only other extensions' selectors naming `[role="dialog"] [data-pagelet="TahoeVideo"] video`). A dialog
   * holding a `video` counts as a viewer by this rule, so the page behind a theatre gets no badges, and its
   * owner is read from its side column if it has one.
   */
  viewer: '[role="dialog"]',
  viewerMedia: '[data-pagelet^="MediaViewer"], [role="complementary"], video',
  viewerSide: '[role="complementary"]',
} as const;
