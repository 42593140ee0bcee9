import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AuthorOccurrence, PostKind } from '../../core/sighting';
import { parseHtml } from '../../utils/dom/parse-html';
import { loadSavedPage } from '../../utils/dom/saved-page';
import { hasShared, sharedPath } from '../../utils/testing/shared-data';
import { facebookAdapter } from './adapter';

type Want = Partial<Omit<AuthorOccurrence, 'avatarUrl' | 'text'>> & { avatarPrefix?: string | null; text?: string | null };

const CDN = 'https://scontent.';
const PAGE_ID = '100028295814975';
const PAGE_URL = 'https://www.facebook.com/people/P%C3%B3%C5%82-%C5%BBartem-P%C3%B3%C5%82-Serio/100028295814975/';

/** Hand-checked expectations for every Facebook capture in ../shared/data/dom/facebook, in page order. */
const CAPTURES: { file: string; kinds: PostKind[]; want: Want[] }[] = [
  {
    // Logged-out Page: the post (text, author, creation_time) exists only as Comet JSON in <script>; the DOM has
    // no post. Only the Page itself is found, from og:url / og:title / og:image.
    file: 'apankowski__garcon__real-page-a-text-story-with-image.html',
    kinds: ['profile'],
    want: [{ handle: PAGE_ID, displayName: 'Pół Żartem Pół Serio', profileUrl: PAGE_URL, avatarPrefix: 'https://scontent-waw1-1.xx.fbcdn.net/v/t39.30808-1/295099345_', text: null }],
  },
  {
    file: 'apankowski__garcon__real-page-b-text-story.html',
    kinds: ['profile'],
    want: [{ handle: PAGE_ID, displayName: 'Pół Żartem Pół Serio', avatarPrefix: 'https://scontent-waw2-2.xx.fbcdn.net/v/t39.30808-1/295099345_' }],
  },
  {
    // 2022 es feed: "Sara y Eva compartieron una publicación" — Paco's post, both shares, one comment.
    file: 'marcesand__PARCIALII___1_Facebook.html',
    kinds: ['post', 'post', 'post', 'comment'],
    want: [
      { handle: 'francisco.grande.9828', displayName: 'Paco Myers', profileUrl: 'https://www.facebook.com/francisco.grande.9828', avatarPrefix: `${CDN}fsal2-1.fna.fbcdn.net/v/t39.30808-1/277169413_`, text: 'Ya solo falta que venga Jesucristo a El Salvador y yo sin pisto😞' },
      { handle: '100009817873523', displayName: 'Sara Matamoros', profileUrl: 'https://www.facebook.com/profile.php?id=100009817873523', avatarPrefix: `${CDN}fsal3-1.fna.fbcdn.net/v/t39.30808-1/241288573_`, text: null },
      { handle: 'eva.483', displayName: 'Eva Ramírez', text: 'Todo ticket ya ha de tener todas las localidades vendidas' },
      { handle: 'estephanie.cruz.58', displayName: 'Laura Cruz', avatarPrefix: `${CDN}fsal3-1.fna.fbcdn.net/v/t39.30808-1/228009818_`, text: 'Maje te va a caer un rayo😂' },
    ],
  },
  {
    // Aug 2024 fr profile page: header, then two own posts (a profile-picture change, a life event: no message).
    file: 'salim29056__checkpoint___20_Facebook.html',
    kinds: ['profile', 'post', 'post'],
    want: [
      { handle: '61562462307405', displayName: 'Salim Mohamed', profileUrl: 'https://www.facebook.com/profile.php?id=61562462307405', avatarPrefix: `${CDN}ftun1-2.fna.fbcdn.net/v/t39.30808-1/450259729_`, text: null },
      { handle: '61562462307405', displayName: 'Salim Mohamed', text: null },
      { handle: '61562462307405', displayName: 'Salim Mohamed', text: null },
    ],
  },
  {
    // Jul 2025 en feed: profile_name / story_message roles; the other two articles are loading placeholders.
    file: 'samiri4615__protfolio___20_Facebook.html',
    kinds: ['post'],
    want: [{ handle: 'Indiancricketsarcasm1', displayName: 'Indian Cricket Sarcasm', profileUrl: 'https://www.facebook.com/Indiancricketsarcasm1', avatarPrefix: `${CDN}fric1-1.fna.fbcdn.net/v/t39.30808-1/375675484_`, text: 'This is what Virat Kohli has earned 🙇‍♂️' }],
  },
  {
    // Jan 2022 en photo viewer (dark) over the owner's profile: the photo owner (the viewer is read first),
    // the profile header hidden behind it, six comments (one GIF only).
    file: 'sudhirbarik2__ReactPortfolio___1_Facebook.html',
    kinds: ['focal', 'profile', 'comment', 'comment', 'comment', 'comment', 'comment', 'comment'],
    want: [
      // The viewer shows a p80x80 avatar; the header's p480x480 one of the same account is used instead.
      { handle: 'vicky.barik2', displayName: 'Vicky Barik', avatarPrefix: `${CDN}fccu3-1.fna.fbcdn.net/v/t39.30808-1/p480x480/`, text: 'FaR FrOm ThE LiGhT...' },
      { handle: 'vicky.barik2', displayName: 'Vicky Barik', avatarPrefix: `${CDN}fccu3-1.fna.fbcdn.net/v/t39.30808-1/p480x480/245922206_` },
      { handle: 'pappu.das.3939', displayName: 'Pappu Das', profileUrl: 'https://www.facebook.com/pappu.das.3939', avatarPrefix: `${CDN}fccu3-1.fna.fbcdn.net/v/t1.6435-1/cp0/p64x64/156375513_`, text: 'Awesome lg6e toke\nJust too good.. Capture' },
      { handle: 'yu.das.779', displayName: 'Sanjukta Das', text: 'Ki dekh6o go?' },
      { handle: 'eagleeyeguy', displayName: 'Subhadeep Banerjee', text: 'Nice shot!! ❤️' },
      { handle: '100015097744819', displayName: 'Swati Omprakash', profileUrl: 'https://www.facebook.com/profile.php?id=100015097744819' },
      { handle: 'amlan.paul.906', displayName: 'Amlan Paul', text: 'Outstanding' },
      { handle: 'sourav.mukherjee.501', displayName: 'Sourav Prince Mukherjee', text: null },
    ],
  },
];

function check(got: AuthorOccurrence | undefined, want: Want, label: string): void {
  const { avatarPrefix, text, ...exact } = want;
  expect(got, label).toBeDefined();
  expect(got, label).toMatchObject(exact);
  if (text === null) expect(got?.text, label).toBeNull();
  else if (text !== undefined) expect(got?.text ?? '', label).toContain(text);
  if (avatarPrefix === null) expect(got?.avatarUrl, label).toBeNull();
  else if (avatarPrefix !== undefined) expect(got?.avatarUrl?.startsWith(avatarPrefix), `${label}: ${got?.avatarUrl}`).toBe(true);
}

describe.skipIf(!hasShared())('facebookAdapter on the saved Facebook captures', () => {
  it('covers every capture', () => {
    expect(readdirSync(sharedPath('data/dom/facebook')).sort()).toEqual(CAPTURES.map((c) => c.file).sort());
  });

  describe.each(CAPTURES)('$file', (capture) => {
    it('finds every author with the hand-checked fields', async () => {
      const page = await loadSavedPage(sharedPath('data/dom/facebook', capture.file), 'facebook');
      const found = facebookAdapter.find(page.document, page.pageUrl).map((f) => f.data);
      expect(found.map((d) => d.kind)).toEqual(capture.kinds);
      for (const d of found) {
        expect(d.site).toBe('facebook');
        expect(d.profileUrl).toMatch(/^https:\/\/www\.facebook\.com\/[^?]*(\?id=\d+)?$/); // no tracking params
        expect(d.avatarUrl).toMatch(/^https:\/\/scontent[-.]/);
        expect(d.time).toBeNull(); // Comet timestamps are scrambled
      }
      capture.want.forEach((w, i) => check(found[i], w, `${capture.file} #${i}`));
    });
  });
});

describe.skipIf(!hasShared())('facebookAdapter on the photo viewer (Jan 2022 en, dark: ../shared sudhirbarik2 capture)', () => {
  const file = 'sudhirbarik2__ReactPortfolio___1_Facebook.html';
  const load = async () => loadSavedPage(sharedPath('data/dom/facebook', file), 'facebook');

  it("badges the owner in the viewer, and nothing of the profile hidden behind it", async () => {
    const page = await load();
    const found = facebookAdapter.find(page.document, page.pageUrl);
    const viewer = page.document.querySelector('[role="dialog"][aria-label="Photo viewer"]')!;
    const owner = found.find((f) => f.data.kind === 'focal')!;
    expect(owner.anchor && viewer.contains(owner.anchor)).toBe(true);
    // The header behind the viewer is still read (its larger avatar serves the owner) but gets no badge.
    const header = found.find((f) => f.data.kind === 'profile')!;
    expect(header.anchor).toBeNull();
    expect(found.filter((f) => f.anchor).every((f) => viewer.contains(f.anchor!))).toBe(true);
  });

  it('finds the owner of a photo nobody commented on', async () => {
    const page = await load();
    for (const c of page.document.querySelectorAll('[role="dialog"] [role="complementary"] [role="article"]')) c.remove();
    const found = facebookAdapter.find(page.document, page.pageUrl);
    const owner = found.find((f) => f.data.kind === 'focal');
    expect(owner?.data).toMatchObject({ handle: 'vicky.barik2', displayName: 'Vicky Barik' });
    expect(owner?.anchor).not.toBeNull();
  });

  it('badges the page again once the viewer is closed', async () => {
    const page = await load();
    page.document.querySelector('[role="dialog"][aria-label="Photo viewer"]')!.remove();
    for (const h of page.document.querySelectorAll('[hidden]')) h.removeAttribute('hidden');
    const header = facebookAdapter.find(page.document, page.pageUrl).find((f) => f.data.kind === 'profile');
    expect(header?.anchor?.tagName).toBe('H1');
  });
});

describe('facebookAdapter on a 2023–2025 group post with comments, RTL (own fixture)', () => {
  const doc = parseHtml(readFileSync(new URL('./fixtures/group-post-comments-rtl-2024.html', import.meta.url), 'utf8'));
  const found = facebookAdapter.find(doc, 'https://www.facebook.com/groups/123456/').map((f) => f.data);

  it('finds the post, both comments and the reply; skips placeholders and the composer', () => {
    expect(found.map((d) => d.kind)).toEqual(['post', 'comment', 'reply', 'comment']);
    check(found[0], { handle: '100000000000001', displayName: 'نور الهدى', profileUrl: 'https://www.facebook.com/groups/123456/user/100000000000001/', hashtags: ['الحي'], text: 'اجتماع الحي يوم السبت #الحي <script>alert(1)</script>', avatarPrefix: 'https://scontent.xx.fbcdn.net/v/t39.30808-1/111_n.jpg?stp=cp0_dst-jpg_s40x40' }, 'post');
    check(found[1], { handle: 'sami.haddad.77', displayName: 'سامي حداد', profileUrl: 'https://www.facebook.com/sami.haddad.77', text: 'سأحضر بالتأكيد' }, 'comment');
    // The reply shows a 24 px avatar; the 40 px one of the same account on the page is used (signed URL, unedited).
    check(found[2], { handle: '100000000000001', text: 'شكرًا يا سامي', avatarPrefix: 'https://scontent.xx.fbcdn.net/v/t39.30808-1/111_n.jpg?stp=cp0_dst-jpg_s40x40&_nc_cat=1&oh=00_FAKE&oe=6700AAAA' }, 'reply');
    check(found[3], { handle: '100000000000003', displayName: 'Lina K.', avatarPrefix: null, text: 'No avatar on this one' }, 'no avatar');
  });
});

describe('facebookAdapter on hostile or odd markup', () => {
  const find = (html: string) => facebookAdapter.find(parseHtml(html), 'https://www.facebook.com/').map((f) => f.data);

  it('returns nothing for markup no selector matches, and does not throw', () => {
    expect(find('<div><a href="https://www.facebook.com/someone">x</a></div>')).toEqual([]);
    expect(find('<div role="article"></div><div aria-posinset="1"></div>')).toEqual([]);
  });

  it('falls back to the English "Comment by" label only when no name link exists', () => {
    expect(find('<div role="article" aria-label="Comment by Jo Doe 3 days ago"><span lang="en">hi</span></div>')).toEqual([
      { site: 'facebook', kind: 'comment', handle: null, displayName: 'Jo Doe', profileUrl: null, avatarUrl: null, text: 'hi', hashtags: [], time: null },
    ]);
  });

  it('keeps signed avatar URLs as they are', () => {
    const url = 'https://scontent.xx.fbcdn.net/v/t39.30808-1/1_n.jpg?stp=cp0_dst-jpg_s40x40&oh=00_SIG&oe=67000000';
    expect(facebookAdapter.analysisUrl(url)).toBe(url);
    expect(facebookAdapter.analysisUrl('blob:https://www.facebook.com/x')).toBeNull();
  });
});
