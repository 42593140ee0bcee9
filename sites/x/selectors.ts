/**
 * The one selector table for X / Twitter. Each role lists its selectors in the order they are tried:
 * stable anchors first (data-testid, ARIA, hrefs), then fallbacks for older layouts. Never css-/r- classes.
 * Evidence (counts) refers to the saved pages in ../shared/data/dom/x, checked by sites/x/adapter.test.ts.
 */
export const X_SELECTORS = {
  /** A post. 2022–2026: the testid sits on the article (6 on the Feb 2025 home timeline). */
  postArticle: 'article[data-testid="tweet"]',
  /** 2021 layout: `article[role=article]` wraps an inner `div[data-testid="tweet"]` (4 on the 2021 home). */
  postInner: '[data-testid="tweet"]',

  /** A row of a follower / following / search / "who to follow" list (3 on the Feb 2025 home). */
  userCell: '[data-testid="UserCell"]',
  /** The profile page header's name block (no hyphen, unlike a post's User-Name). */
  profileName: '[data-testid="UserName"]',
  /** The profile page header's bio. */
  profileBio: '[data-testid="UserDescription"]',
  /** The profile header's banner; its URL names the numeric user id (`/profile_banners/<id>/`). Live markup, not in any saved page: our profile fixtures. */
  profileBanner: 'a[href$="/header_photo"] img[src*="/profile_banners/"]',
  /** The profile header's "Joined March 2011" (English; our profile fixtures). */
  joinDate: '[data-testid="UserJoinDate"]',
  /** Inline scripts; one holds `window.__INITIAL_STATE__` with users' numeric ids (1 user on the 2021 and the Feb 2025 home). */
  inlineScript: 'script:not([src])',
  initialStateMarker: 'window.__INITIAL_STATE__',
  /** The profile page header's avatar: the link to the full-size photo. */
  profilePhotoLink: 'a[href$="/photo"]',

  /** Author block of a post: first child holds the display name, then `@handle` and the time (2022–2026). */
  userName: '[data-testid="User-Name"]',

  /** The avatar of a post's author, most specific first. */
  avatar: [
    '[data-testid="Tweet-User-Avatar"]', // 2022–2026 posts and quotes
    '[data-testid^="UserAvatar-Container-"]', // 2022–2026 user cells, profile header; suffix is the handle
  ],
  /** Prefix of the avatar container's testid; the rest is the handle. */
  avatarContainerPrefix: 'UserAvatar-Container-',
  /** Images that are profile photos when the page still has CDN URLs (live pages, most fragments). */
  avatarImg: 'img[src*="/profile_images/"], img[src*="/default_profile_images/"]',

  /** A quoted post inside the outer one: a clickable card (2023–2026 markup). */
  quoteCard: 'div[role="link"]',

  /** Post text, first match wins. */
  text: [
    '[data-testid="tweetText"]', // 2022–2026
    'div[lang]', // 2021: no tweetText testid, the text div only carries lang
  ],
  /** X Articles (longform, 2024–2026): the status page shows a title and a rich-text body instead of tweetText. */
  articleTitle: '[data-testid="twitter-article-title"]',
  articleBody: [
    '[data-testid="longformRichTextComponent"]', // 2026 article body (draft.js blocks)
    '[data-testid="twitterArticleRichTextView"]', // its wrapper, in case the inner testid goes away
  ],

  /** Hashtag links: relative on live pages, absolute https://twitter.com/hashtag/… in 2021 saves. */
  hashtagLink: 'a[href*="/hashtag/"]',

  /** Post time: the status permalink's time first, then any machine-readable time. */
  time: ['a[href*="/status/"] > time[datetime]', 'time[datetime]'],
  /** The status permalink (gives the post id). */
  statusLink: 'a[href*="/status/"]',

  /** "X reposted", "Y liked": names someone else, not the author; a repost's line links to the reposter (1 on the 2024 card-only status page). */
  socialContext: '[data-testid="socialContext"]',
  /** The action bar's repost button; its aria-label gives the count ("2 reposts. Repost", 2024 card-only status page). */
  repostButton: '[data-testid="retweet"], [data-testid="unretweet"]',
  /** Links inside an author or text block (mentions, profile links). */
  link: 'a[href]',
} as const;

/**
 * The repost line's words ("Matthew Yglesias reposted"; "retweeted" before the 2023 rename), in English.
 * TODO(2026-12-07): other interface languages say it otherwise; add their words as pages are saved.
 */
export const X_REPOSTED = /\s*\b(?:reposted|retweeted)\s*$/i;

/** English label of the "Replying to @x" line; the structural check in reply-marker.ts covers other languages. */
export const X_REPLYING_TO_WORDS = 'Replying to';
/** The label at the start of a line; reply-marker.ts looks for the words in the post's text first. */
export const X_REPLYING_TO = new RegExp(`^\\s*${X_REPLYING_TO_WORDS}\\b`);
