import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../utils/dom/parse-html';
import { youtubeAdapter } from './adapter';
import { youtubeAnalysisUrl } from './avatar-url';

describe('youtubeAnalysisUrl', () => {
  it('asks yt3 for 400 px and keeps the other options', () => {
    expect(youtubeAnalysisUrl('https://yt3.ggpht.com/ytc/AKedOLT9=s68-c-k-c0x00ffffff-no-rj')).toBe('https://yt3.ggpht.com/ytc/AKedOLT9=s400-c-k-c0x00ffffff-no-rj');
    expect(youtubeAnalysisUrl('https://yt3.googleusercontent.com/abc=s88-c-k-c0x00ffffff-no-rj-mo')).toBe('https://yt3.googleusercontent.com/abc=s400-c-k-c0x00ffffff-no-rj-mo');
    expect(youtubeAnalysisUrl('https://yt3.ggpht.com/abc=w48-h48-c-k-nd')).toBe('https://yt3.ggpht.com/abc=s400-c-k-nd');
    expect(youtubeAnalysisUrl('https://yt3.ggpht.com/-x/AAAAAAAAAAI/AAAAAAAAAAA/y/s48-mo-c-c0xffffffff-rj-k-no/photo.jpg')).toBe('https://yt3.ggpht.com/-x/AAAAAAAAAAI/AAAAAAAAAAA/y/s400-mo-c-c0xffffffff-rj-k-no/photo.jpg');
    expect(youtubeAnalysisUrl('https://yt3.ggpht.com/bare')).toBe('https://yt3.ggpht.com/bare=s400-c-k-c0x00ffffff-no-rj');
  });

  it('refuses other hosts (issue 37, finding 1) and what cannot be fetched', () => {
    expect(youtubeAnalysisUrl('https://www.youtube.com/youtube_files/photo_032.jpg')).toBeNull();
    expect(youtubeAnalysisUrl('https://attacker.example/a=s88')).toBeNull();
    expect(youtubeAnalysisUrl('http://127.0.0.1:9/a=s88')).toBeNull();
    expect(youtubeAnalysisUrl('http://yt3.ggpht.com/a=s88')).toBeNull();
    expect(youtubeAnalysisUrl('data:image/gif;base64,R0lGOD')).toBeNull();
    expect(youtubeAnalysisUrl('not a url')).toBeNull();
  });
});

describe('youtubeAdapter on hostile or odd markup', () => {
  const find = (html: string) => youtubeAdapter.find(parseHtml(html), 'https://www.youtube.com/watch?v=x').map((f) => f.data);

  it('returns nothing for markup no selector matches, and does not throw', () => {
    expect(find('<div><a href="/@someone">x</a></div>')).toEqual([]);
    expect(find('')).toEqual([]);
  });

  it('gives nulls, not throws, for a comment with no avatar, no link and no text', () => {
    expect(find('<ytd-comment-view-model><a id="author-text">Just a name</a></ytd-comment-view-model>')).toEqual([
      { site: 'youtube', kind: 'comment', handle: null, displayName: 'Just a name', profileUrl: null, avatarUrl: null, text: null, hashtags: [], time: null },
    ]);
  });

  it('treats a gif placeholder and a bad href as missing', () => {
    const [d] = find('<ytd-comment-renderer><div id="author-thumbnail"><img src="//s.ytimg.com/yts/img/pixel-vfl3z5WfW.gif"></div><a id="author-text" href="http://[bad">N</a><div id="content-text">&lt;img src=x onerror=alert(1)&gt;</div></ytd-comment-renderer>');
    expect(d).toMatchObject({ handle: null, avatarUrl: null, text: '<img src=x onerror=alert(1)>' });
  });

  it('skips elements inside <template> (linkedom keeps template content in the tree)', () => {
    expect(find('<template><ytd-comment-renderer><a id="author-text" href="/@t">T</a></ytd-comment-renderer></template>')).toEqual([]);
  });
});
