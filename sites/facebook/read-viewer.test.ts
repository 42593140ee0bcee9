import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSavedPage } from '../../utils/dom/saved-page';
import { facebookAdapter } from './adapter';
import { openViewers } from './read-viewer';

/** A real saved story viewer (Feb 2025, fr; fixtures/MANIFEST.tsv names its repository and commit). */
const STORY_FILE = 'story-viewer-2025-02-fr.html';

const loadStory = () => loadSavedPage(fileURLToPath(new URL(`./fixtures/${STORY_FILE}`, import.meta.url)), 'facebook');

describe('facebookAdapter on the story viewer (real saved page, Feb 2025, fr)', () => {
  it('counts the story dialog as a viewer by its video: it has no media-viewer pagelet and no side column', async () => {
    const { document } = await loadStory();
    const viewers = openViewers(document);
    expect(viewers).toHaveLength(1);
    expect(viewers[0]!.querySelector('video')).not.toBeNull();
    expect(viewers[0]!.querySelector('[data-pagelet], [role="complementary"]')).toBeNull();
  });

  it("badges the story's owner in the viewer, and nothing outside it", async () => {
    const { document, pageUrl } = await loadStory();
    expect(pageUrl).toMatch(/^https:\/\/web\.facebook\.com\/stories\//);
    const found = facebookAdapter.find(document, pageUrl);
    const viewer = openViewers(document)[0]!;
    expect(found.map((f) => f.data.kind)).toEqual(['focal']);
    expect(found[0]!.data).toMatchObject({ handle: 'conteur.discret.121', displayName: 'Conteur Très Discret', profileUrl: 'https://www.facebook.com/conteur.discret.121' });
    expect(found[0]!.data.avatarUrl).toMatch(/^https:\/\/scontent\.[^/]+\.fbcdn\.net\/v\/t1\.30497-1\/135531723_/);
    expect(found[0]!.anchor && viewer.contains(found[0]!.anchor)).toBe(true);
    // The page's own bar keeps the reader's profile link and picture (the same account here): not an author.
    expect(document.querySelector('[role="banner"] image')).not.toBeNull();
    expect(found.filter((f) => f.anchor).every((f) => viewer.contains(f.anchor!))).toBe(true);
  });
});
