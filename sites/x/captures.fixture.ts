import type { PostKind } from '../../core/sighting';

/** Hand-written expectations for every saved X capture in ../shared/data/dom/x (test data only). */

/** What one author in a capture must look like; omitted fields are not checked. */
export interface Expected {
  handle: string;
  displayName?: string;
  /** Exact URL, a RegExp, or null when the capture has no avatar image for this author. */
  avatar?: string | RegExp | null;
  text?: string | null;
  hashtags?: string[];
  time?: string | null;
}

/** A saved capture, named after the layout it pins down. */
export interface Capture {
  layout: string;
  file: string;
  pageUrl: string;
  kinds: PostKind[];
  authors: Expected[];
  /** Indexes of occurrences with no avatar in the capture (lazy images not loaded when saved). */
  noAvatar?: number[];
  /** Indexes of occurrences without text (card/media-only posts, user cells without bio). */
  noText?: number[];
}

const FRAGMENT = 'https://x.com/';
const PBS = 'https://pbs.twimg.com/profile_images/';

export const CAPTURES: Capture[] = [
  {
    layout: '2024 focal post, lazy avatar not loaded (tabindex=-1, no page URL)',
    file: 'beala__mnemosyne__click_in_to_tweet.html',
    pageUrl: FRAGMENT,
    kinds: ['focal'],
    authors: [{ handle: 'caesararum', displayName: 'caesararum, BS, DOGS', avatar: null, text: 'at the rationalist meetup\n\nsee a guy smoking', time: '2024-10-12T17:20:18.000Z' }],
    noAvatar: [0],
  },
  {
    layout: '2024 ad without a time, square avatar, JSON-encoded outerHTML',
    file: 'beala__mnemosyne__invalid_time.html',
    pageUrl: FRAGMENT,
    kinds: ['post'],
    authors: [{ handle: 'premium', displayName: 'Premium', avatar: `${PBS}1683366300054069248/67v23AEj_x96.jpg`, text: "Curious about your profile's stats?", time: null }],
  },
  {
    layout: '2024 timeline post, pretty-printed',
    file: 'beala__mnemosyne__tweet.html',
    pageUrl: FRAGMENT,
    kinds: ['post'],
    authors: [{ handle: 'jarvis_best', displayName: 'Jarvis', avatar: null, text: 'I gotta get my act together you guys', time: '2024-10-03T14:07:42.000Z' }],
    noAvatar: [0],
  },
  {
    layout: '2024 card-only reply (Replying to link, no tweetText)',
    file: 'beala__mnemosyne__tweet_with_card_only.html',
    pageUrl: FRAGMENT,
    kinds: ['reply'],
    authors: [{ handle: 'stephenfhayes', displayName: 'Stephen Hayes', avatar: `${PBS}3240471770/53d2ddf236bb192b6d829498b5fa90f7_x96.jpeg`, text: null, time: '2024-10-09T11:34:36.000Z' }],
    noText: [0],
  },
  {
    layout: '2024 post with image, emoji in display name',
    file: 'beala__mnemosyne__tweet_with_image.html',
    pageUrl: FRAGMENT,
    kinds: ['post'],
    authors: [{ handle: 'thechosenberg', displayName: 'rosey🌹', avatar: null, text: 'More like sky-DYING instructor am I right (am I?)', time: '2024-10-03T13:34:11.000Z' }],
    noAvatar: [0],
  },
  {
    layout: '2024 quote post: quoted author has no links in its User-Name',
    file: 'beala__mnemosyne__tweet_with_qt.html',
    pageUrl: FRAGMENT,
    kinds: ['post', 'quote'],
    authors: [
      { handle: 'tenobrus', displayName: 'Tenobrus', text: 'i legitimately cannot imagine why', time: '2024-10-03T18:41:32.000Z' },
      { handle: 'cedar_xr', displayName: 'Cedar is', text: 'Chinese in USA: 5.2m', time: '2024-10-03T18:38:33.000Z' },
    ],
    noAvatar: [0, 1],
  },
  {
    layout: '2021 home timeline: testid on inner div, text in div[lang], local _files avatars',
    file: 'dasa1341__hwresem2.github.io__Home___Twitter.html',
    pageUrl: 'https://twitter.com/home',
    kinds: ['post', 'post', 'post', 'post'],
    authors: [
      { handle: 'TrendsDhoni', displayName: 'DHONI Trends™', avatar: 'https://twitter.com/Home%20_%20Twitter_files/ck8JAVUC_normal.jpg', text: 'Loved by all generations ❤️\n\n@MSDhoni | #MSDhoni | #WhistlePodu', hashtags: ['MSDhoni', 'WhistlePodu'], time: '2021-06-27T08:40:20.000Z' },
      { handle: 'tuyasmart', displayName: 'Tuya Smart #PoweredByTuya', text: '🤔 Are these possible? ⌛ Create an app', hashtags: [], time: null },
      { handle: 'kalya7pspk', displayName: 'Kalyan pk fan', hashtags: ['PSPKRanaMovie'], time: '2021-06-27T08:39:23.000Z' },
      { handle: 'SrinuVelpula1', displayName: 'VarunTej Konidela 🥊🖌️', hashtags: ['VarunTej', 'SaiTej', 'VaishnavTej'] },
    ],
  },
  {
    layout: 'Feb 2025 home timeline (x.com, dark) with "Who to follow" user cells',
    file: 'ibbi__twooter__Home___X.html',
    pageUrl: 'https://x.com/home',
    kinds: ['post', 'post', 'post', 'post', 'post', 'post', 'user-cell', 'user-cell', 'user-cell'],
    authors: [
      { handle: 'BGatesIsaPyscho', displayName: 'Concerned Citizen', avatar: 'https://x.com/Home%20_%20X_files/R5xYZeL5_x96.jpg', text: 'Study of excess mortality across 9 Countries', time: '2025-02-14T17:52:29.000Z' },
      { handle: 'BGatesIsaPyscho', text: 'Trump framed his famous mugshot & hung it in the hallway to the Oval Office 🤣' },
      { handle: 'BGatesIsaPyscho', text: 'Dude questions the aftermath of the Maui Fires.\nImagine not even' },
      { handle: 'BGatesIsaPyscho', text: 'American Skies look like British skies.' },
      { handle: 'nikitabier', displayName: 'Nikita Bier', avatar: /Fh2HNw5Y_x96\.jpg$/, text: 'I spent 10 minutes prompting Deep Research', time: '2025-02-14T16:50:06.000Z' },
      { handle: 'nikitabier', text: null, time: '2025-02-14T17:12:58.000Z' },
      { handle: 'MarriottIntl', displayName: 'Marriott International', avatar: /rqFEczhf_x96\.jpg$/, text: null, time: null },
      { handle: 'Astro_Doug', displayName: 'Col. Doug Hurley', avatar: /ytHnWvIK_x96\.jpg$/ },
      { handle: 'Marriott', displayName: 'Marriott Hotels', avatar: /jEjBcle9_x96\.jpg$/ },
    ],
    noText: [5, 6, 7, 8],
  },
  {
    layout: '2026 X Article status page: text in the longform body, sidebar user cell with bio',
    file: 'kepano__defuddle__general--x.com-article-2026-02-13.html',
    pageUrl: 'https://x.com/arscontexta/status/2013045749580259680',
    kinds: ['focal', 'user-cell'],
    authors: [
      { handle: 'arscontexta', displayName: 'Heinrich', avatar: `${PBS}2012958446891536384/neq1Tu46_x96.jpg`, text: 'obsidian + claude code 101\n\nive spent the last year building an operating system', time: '2026-01-19T00:28:01.000Z' },
      { handle: 'arscontexta', displayName: 'Heinrich', avatar: `${PBS}2012958446891536384/neq1Tu46_x96.jpg`, text: 'vibe note-taking with @molt_cornelius', time: null },
    ],
  },
  {
    layout: 'Oct 2025 quote of a video post (anonymised)',
    file: 'mlamp__tweetyoink__x-tweet-quote-video.html',
    pageUrl: FRAGMENT,
    kinds: ['post', 'quote'],
    authors: [
      { handle: 'QuotingUser', displayName: 'Quoting User', avatar: `${PBS}placeholder/quoting_user_avatar.jpg`, text: 'How to share Example.com links', time: '2025-10-28T11:08:57.000Z' },
      { handle: 'OriginalPoster', displayName: 'Original Poster', avatar: `${PBS}placeholder/original_poster_avatar.jpg`, text: 'How to share Example.com links?\n\nTap any heading', time: '2025-10-28T07:15:53.000Z' },
    ],
  },
  {
    layout: 'Oct 2025 quote post with image (anonymised)',
    file: 'mlamp__tweetyoink__x-tweet-quote.html',
    pageUrl: FRAGMENT,
    kinds: ['post', 'quote'],
    authors: [
      { handle: 'TestQuoter', displayName: 'Test Quoter', avatar: `${PBS}placeholder/quoter_avatar.jpg`, text: 'This is a quote tweet with additional commentary' },
      { handle: 'OriginalAuthor', displayName: 'Original Author', avatar: `${PBS}placeholder/original_avatar.jpg`, text: 'This is the original quoted tweet content', time: '2025-10-28T11:10:33.000Z' },
    ],
  },
  {
    layout: 'Oct 2025 focal post with card (anonymised)',
    file: 'mlamp__tweetyoink__x-tweet-sample.html',
    pageUrl: FRAGMENT,
    kinds: ['focal'],
    authors: [{ handle: 'TestUser123', displayName: 'Test User Account', avatar: `${PBS}placeholder/avatar_placeholder.jpg`, text: "Democrat Shutdown Jeopardizes America's Skies", time: '2025-10-23T16:34:09.000Z' }],
  },
];
