/**
 * The one selector table for YouTube (desktop, Polymer `ytd-…` app). Each role lists its selectors in the
 * order they are tried: custom element names, ids and hrefs first, then fallbacks for older layouts.
 * Never class names. Evidence (counts) refers to the saved pages in ../shared/data/dom/youtube and the
 * hand-written fixtures in ./fixtures, checked by sites/youtube/adapter.test.ts.
 */
export const YT_SELECTORS = {
  /** One comment or reply: today's view-model (fixtures only) and the 2018–2023 renderer (35 on the 2018 watch page). */
  comment: 'ytd-comment-view-model, ytd-comment-renderer',
  /** Replies sit inside this, under the thread (10 on the 2018 watch page). */
  replies: 'ytd-comment-replies-renderer',
  /** Attribute the app sets on reply comments (2018–2025); backs up `replies` when a reply is rendered alone. */
  replyAttr: '[is-reply]',
  /** A comment's author: the name link; then the creator's own badge (channel owner commenting, 2021–2025). */
  commentAuthor: ['a#author-text', 'ytd-author-comment-badge-renderer a[href]'],
  /** A comment's avatar: the thumbnail column in both layouts. */
  commentAvatar: ['#author-thumbnail img', '#author-thumbnail yt-img-shadow img', 'yt-img-shadow img'],
  /** Comment text: yt-formatted-string (2018–2023) or yt-attributed-string (2024–2025), both `#content-text`. */
  commentText: ['#content-text'],

  /** The channel under a watch page's player (2018: in ytd-video-secondary-info-renderer; 2022–2025: ytd-watch-metadata). */
  videoOwner: 'ytd-video-owner-renderer',
  /** Its visible name: ytd-channel-name (2020–2025), `#owner-name` (2018). */
  ownerName: ['ytd-channel-name #text a', 'ytd-channel-name #text', '#owner-name a', '#owner-name'],
  /** Its avatar. */
  ownerAvatar: ['yt-img-shadow#avatar img', '#avatar img', 'yt-avatar-shape img'],
  /** The video's title, used as the owner's text: 2022–2025 first, then 2018. */
  watchTitle: [
    'ytd-watch-metadata #title h1',
    'ytd-watch-metadata h1',
    'ytd-video-primary-info-renderer h1.title',
    'ytd-video-primary-info-renderer h1',
  ],

  /**
   * Feed items: home / subscriptions grid (2019–2025), search results (2017–2025), channel video grids and
   * the watch page sidebar (2017–2024), and the view-model lockup replacing them (2025, fixtures only).
   */
  feedItem:
    'ytd-rich-item-renderer, ytd-video-renderer, ytd-grid-video-renderer, ytd-compact-video-renderer, yt-lockup-view-model',
  /** Ads reuse the feed markup but link to googleadservices; not an author. */
  ad: 'ytd-ad-slot-renderer, ytd-display-ad-renderer, ytd-in-feed-ad-layout-renderer, ytd-promoted-video-renderer, ytd-promoted-sparkles-web-renderer',
  /** Mixes ("My Mix", "Pop mix") are playlists YouTube assembles (ids start with RD); their byline lists artists. */
  mix: '#thumbnail[href*="list=RD"], a[href*="&list=RD"][href*="start_radio"]',
  /** A feed item's channel-name block, most specific first. */
  feedName: [
    'ytd-channel-name #text a', // 2021–2025 rich items, search results
    'ytd-channel-name #text', // same without a link
    '#byline a', // 2018 search / grid results
    '#byline', // 2018 watch sidebar: plain text, no link
    'yt-content-metadata-view-model a[href]', // 2025 lockup: the first metadata row links the channel
  ],
  /** A feed item's channel avatar: 2021–2022 yt-img-shadow, 2025 avatar-shape / decorated view-model. */
  feedAvatar: [
    'yt-img-shadow#avatar img',
    '#channel-thumbnail img', // search results (2019–2025)
    '#avatar-link img',
    'yt-decorated-avatar-view-model img',
    'yt-avatar-shape img',
  ],
  /** The video title, as the item's text. */
  feedTitle: ['#video-title', 'yt-lockup-metadata-view-model h3', 'h3'],

  /** Inline scripts; the one holding ytInitialData pairs channel ids with handles (24 pairs on the 2025 home, 28 on 2021's, 16 on the 2018 watch page). */
  inlineScript: 'script:not([src])',
  initialDataMarker: 'ytInitialData',

  /** Channel page header: 2024–2025 page header, then the c4 header (2017–2023). */
  channelHeader: 'yt-page-header-renderer, ytd-c4-tabbed-header-renderer',
  headerName: ['yt-dynamic-text-view-model h1', 'h1 #channel-title', '#channel-title', '#channel-name #text', 'h1'],
  headerAvatar: ['yt-decorated-avatar-view-model img', 'yt-avatar-shape img', 'yt-img-shadow#avatar img', '#avatar img'],
  /** 2024–2025 header metadata rows: one of them reads `@handle`. */
  headerMeta: 'yt-content-metadata-view-model span, #channel-handle',
  headerDescription: ['yt-description-preview-view-model', '#description'],

  /**
   * Links that may name a channel; channel-link.ts keeps `/@h`, `/channel/UC…`, `/c/…`, `/user/…` and
   * 2021–2022 vanity `/name` ones, and drops /watch, /shorts, ads and other sites.
   */
  channelLink: 'a[href]',
  hashtagLink: 'a[href*="/hashtag/"]',
  /** Pages the SPA keeps in the DOM after navigating away: hidden, not what the user sees. */
  hiddenPage: 'ytd-browse[hidden], ytd-watch-flexy[hidden], ytd-watch[hidden], ytd-search[hidden]',
  /** Polymer templates: the browser keeps them out of the DOM tree, linkedom does not. */
  template: 'template',
} as const;
