import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AuthorOccurrence, PostKind } from '../../core/sighting';
import { parseHtml } from '../../utils/dom/parse-html';
import { loadSavedPage } from '../../utils/dom/saved-page';
import { hasShared, sharedPath } from '../../utils/testing/shared-data';
import { youtubeAdapter } from './adapter';

type Want = Partial<Omit<AuthorOccurrence, 'avatarUrl'>> & { at: number; avatarPrefix?: string | null };

/** Hand-counted expectations for every YouTube capture in ../shared/data/dom/youtube. */
const CAPTURES: { file: string; kinds: Partial<Record<PostKind, number>>; withHandle: number; withAvatar: number; want: Want[] }[] = [
  {
    // 2018 watch page, ytd-comment-renderer; sidebar bylines are plain text (no link, no avatar).
    file: 'ris58h__blog-skipper__youtube.html',
    kinds: { 'feed-item': 20, 'video-owner': 1, comment: 20, reply: 15 },
    withHandle: 36,
    withAvatar: 28,
    want: [
      { at: 0, kind: 'feed-item', handle: null, displayName: 'MobileTechReview', text: 'Lenovo ThinkPad X1 Carbon 6th Gen (2018) Review' },
      { at: 20, kind: 'video-owner', handle: 'UCW6J17hZ_Vgr6cQgd_kHt5A', displayName: 'MobileTechReview', profileUrl: 'https://www.youtube.com/channel/UCW6J17hZ_Vgr6cQgd_kHt5A', avatarPrefix: 'https://www.youtube.com/youtube_files/AJLlDp2JpMio', text: 'Lenovo ThinkPad X1 Carbon, T480 and T480s: Which to Buy?' },
      { at: 21, kind: 'comment', handle: 'UCu-seaAhfi79bUUu5AwDvjA', displayName: 'booksbagsandscents', avatarPrefix: 'https://www.youtube.com/youtube_files/photo_032.jpg', text: 'I never buy any tech before checking your reviews first.' },
      { at: 22, kind: 'comment', handle: 'Cotictimmy', displayName: 'Cotictimmy', profileUrl: 'https://www.youtube.com/user/Cotictimmy' },
      { at: 25, kind: 'reply', handle: 'sdushdiu', displayName: 'sdushdiu', text: 'and dim.....' },
      { at: 37, kind: 'reply', handle: 'UCdHb_Mu0CPIZRaYADdT9cuQ', displayName: 'Tada_', avatarPrefix: null },
    ],
  },
  {
    // Jul 2025 ru-RU home: /@handle links, view-model avatars; only one avatar had loaded when saved.
    file: 'one-qwentry__one-qwentry.github.io___1_YouTube.html',
    kinds: { 'feed-item': 21 },
    withHandle: 21,
    withAvatar: 1,
    want: [
      { at: 0, handle: 'nedohackerslite', displayName: 'НЕДОХАКЕРЫ Lite', profileUrl: 'https://www.youtube.com/@nedohackerslite', avatarPrefix: 'https://www.youtube.com/(1)%20YouTube_files/channels4_profile(1).jpg', text: 'СКАЧАЛ ОЧЕНЬ СТРАШНЫЙ ЛАУНЧЕР МАЙНКРАФТ!' },
      { at: 1, handle: 'Windowpedia11', displayName: 'Windowpedia', avatarPrefix: null },
      { at: 8, handle: 'daniilbentley', hashtags: ['shorts', 'minecraft'] },
    ],
  },
  {
    // 2021 ja-JP home: /channel/UC… ids; ads and a mix are skipped.
    file: 'rami10131__ggmlt___1_YouTube.html',
    kinds: { 'feed-item': 34 },
    withHandle: 34,
    withAvatar: 21,
    want: [{ at: 0, handle: 'UCN7bRhF6KJrx4W5fA0OG0Dg', displayName: '729 Ryu', avatarPrefix: 'https://www.youtube.com/(1)%20YouTube_files/unnamed(7).jpg', text: 'ランクル300が納車' }],
  },
  {
    // Mar 2022 home saved as MHTML (quoted-printable): avatars keep their yt3 URLs.
    file: 'crishernandez083__youtube__YouTube.mhtml',
    kinds: { 'feed-item': 23 },
    withHandle: 23,
    withAvatar: 11,
    want: [
      { at: 0, handle: 'SkiptheTutorial', displayName: 'Skip the Tutorial', profileUrl: 'https://www.youtube.com/c/SkiptheTutorial', avatarPrefix: 'https://yt3.ggpht.com/ytc/AKedOLT9KhXE_AAP3Ep5BAn6Dg4q_FxPl0NSfT5HyVLpBQ=s68-c-k', text: 'Cheap Minecraft Hacks!' },
      { at: 7, handle: 'howitshouldhaveended', displayName: 'How It Should Have Ended', profileUrl: 'https://www.youtube.com/howitshouldhaveended' },
    ],
  },
];

function check(got: AuthorOccurrence | undefined, want: Want): void {
  const { at, avatarPrefix, text, ...exact } = want;
  expect(got, `occurrence #${at}`).toBeDefined();
  expect(got).toMatchObject(exact);
  if (text !== undefined) expect(got?.text ?? null).toContain(text ?? '');
  if (avatarPrefix === null) expect(got?.avatarUrl).toBeNull();
  else if (avatarPrefix !== undefined) expect(got?.avatarUrl?.startsWith(avatarPrefix), got?.avatarUrl ?? 'null').toBe(true);
}

describe.skipIf(!hasShared())('youtubeAdapter on the saved YouTube captures', () => {
  it('covers every capture', () => {
    expect(readdirSync(sharedPath('data/dom/youtube')).sort()).toEqual(CAPTURES.map((c) => c.file).sort());
  });

  describe.each(CAPTURES)('$file', (capture) => {
    it('finds every author with the hand-checked fields', async () => {
      const page = await loadSavedPage(sharedPath('data/dom/youtube', capture.file), 'youtube');
      const found = youtubeAdapter.find(page.document, page.pageUrl).map((f) => f.data);
      const kinds: Partial<Record<PostKind, number>> = {};
      for (const d of found) kinds[d.kind] = (kinds[d.kind] ?? 0) + 1;
      expect(kinds).toEqual(capture.kinds);
      expect(found.filter((d) => d.handle !== null && d.profileUrl?.startsWith('https://www.youtube.com/')).length).toBe(capture.withHandle);
      expect(found.filter((d) => d.avatarUrl !== null).length).toBe(capture.withAvatar);
      for (const d of found) {
        expect(d.site).toBe('youtube');
        expect(d.displayName ?? d.handle).not.toBeNull();
        expect(d.text).not.toBeNull(); // every comment has text, every feed item a title
        expect(d.time).toBeNull(); // YouTube shows relative times only
      }
      capture.want.forEach((w) => check(found[w.at], w));
    });
  });

  it('reads the 2018 c4 channel header the SPA kept hidden, once un-hidden', async () => {
    const page = await loadSavedPage(sharedPath('data/dom/youtube', 'ris58h__blog-skipper__youtube.html'), 'youtube');
    const browse = page.document.querySelector('ytd-browse[page-subtype="channels"]');
    expect(youtubeAdapter.find(browse as Element, page.pageUrl).length).toBe(0); // hidden page: skipped
    browse?.removeAttribute('hidden');
    const [header] = youtubeAdapter.find(browse as Element, 'https://www.youtube.com/user/MobileTechReview/videos');
    check(header?.data, { at: 0, kind: 'profile', handle: 'MobileTechReview', displayName: 'MobileTechReview', avatarPrefix: 'https://www.youtube.com/user/MobileTechReview/youtube_files/photo_029.jpg' });
  });
});

/** Layouts no capture has: hand-written fixtures named after them (see fixtures/). */
function fixture(name: string): AuthorOccurrence[] {
  const doc = parseHtml(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
  return youtubeAdapter.find(doc, 'https://www.youtube.com/watch?v=fixture0001').map((f) => f.data);
}

describe('youtubeAdapter on today\'s layouts (own fixtures)', () => {
  it('comment-view-model-2025: comments, replies, @handle as name, lazy avatars, RTL, creator badge', () => {
    const [top, rtl, byId, creator, ...rest] = fixture('comment-view-model-2025.html');
    expect(rest).toEqual([]);
    check(top, { at: 0, kind: 'comment', handle: 'maple-drift', displayName: null, profileUrl: 'https://www.youtube.com/@maple-drift', avatarPrefix: 'https://yt3.ggpht.com/ytc/AIdro_fixtureMapleDrift=s88', hashtags: ['urbanism', 'Transit'] });
    expect(top?.text).toContain('what about <b>bold</b> claims?'); // escaped HTML stays text
    check(rtl, { at: 1, kind: 'reply', handle: 'نور', profileUrl: 'https://www.youtube.com/@%D9%86%D9%88%D8%B1', avatarPrefix: null, text: 'أتفق تماماً مع هذا الرأي', hashtags: ['النقل'] });
    check(byId, { at: 2, kind: 'reply', handle: 'quiet-harbor-7', displayName: null, avatarPrefix: null, text: 'Line one\nLine two' });
    check(creator, { at: 3, kind: 'comment', handle: 'fixture-creator', avatarPrefix: 'https://yt3.googleusercontent.com/fixtureCreatorAvatar' });
  });

  it('watch-metadata-owner-2025: the owner under the player; a hidden SPA page is ignored', () => {
    const found = fixture('watch-metadata-owner-2025.html');
    expect(found.map((d) => d.kind)).toEqual(['video-owner']);
    check(found[0], { at: 0, handle: 'river-stone-builds', displayName: 'River Stone Builds', text: 'Building a #tinyhouse from scrap', hashtags: ['tinyhouse'], avatarPrefix: 'https://yt3.ggpht.com/fixtureRiverStone=s48' });
  });

  it('lockup-view-model-2025: home lockups and search results; mixes are skipped', () => {
    const found = fixture('lockup-view-model-2025.html');
    expect(found.length).toBe(2);
    check(found[0], { at: 0, kind: 'feed-item', handle: 'salt-and-rope', displayName: 'Salt & Rope', text: 'Ten knots every sailor should know', avatarPrefix: 'https://yt3.ggpht.com/fixtureLockupAvatar' });
    check(found[1], { at: 1, kind: 'feed-item', handle: 'moon-pull', displayName: 'Moon Pull Science', text: 'Why the tide turns', avatarPrefix: 'https://yt3.ggpht.com/fixtureMoonPull' });
  });

  it('page-header-2025: channel header with an @handle row and a description', () => {
    const [header] = fixture('page-header-2025.html');
    check(header, { at: 0, kind: 'profile', handle: 'lantern-loom', displayName: 'Lantern & Loom', text: 'history of #textiles', hashtags: ['textiles'], avatarPrefix: 'https://yt3.googleusercontent.com/fixtureHeaderAvatar=s160' });
  });
});
