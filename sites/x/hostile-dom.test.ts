import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../utils/dom/parse-html';
import { xAdapter } from './adapter';

const find = (html: string, pageUrl = 'https://x.com/home') => xAdapter.find(parseHtml(html), pageUrl);

describe('xAdapter on odd and hostile markup', () => {
  it('returns nothing (and does not throw) when no selector matches', () => {
    expect(find('<div><p>hello</p><img src="x.png"></div>')).toEqual([]);
    expect(find('')).toEqual([]);
  });

  it('gives null fields, never a throw, for an empty post', () => {
    const [post] = find('<article data-testid="tweet"></article>');
    expect(post?.data).toEqual({
      site: 'x', kind: 'post', handle: null, displayName: null, profileUrl: null, avatarUrl: null, text: null, hashtags: [], time: null,
    });
  });

  it('keeps text plain: markup-looking text stays text, nothing is parsed', () => {
    const [post] = find(`<article data-testid="tweet"><div data-testid="User-Name"><div><a href="/eve">&lt;b&gt;Eve&lt;/b&gt;</a></div><div><a href="/eve">@eve</a></div></div>
      <div data-testid="tweetText"><span>&lt;script&gt;alert(1)&lt;/script&gt; #tag </span><script>steal()</script></div>
      <a href="/eve/status/1"><time datetime="not a date">now</time></a></article>`);
    expect(post?.data.text).toBe('<script>alert(1)</script> #tag');
    expect(post?.data.displayName).toBe('<b>Eve</b>');
    expect(post?.data.hashtags).toEqual(['tag']);
    expect(post?.data.time).toBeNull();
    expect(post?.data.avatarUrl).toBeNull();
  });

  it('uses the background-image URL when the avatar img is missing', () => {
    const [post] = find(`<article data-testid="tweet"><div data-testid="Tweet-User-Avatar"><div data-testid="UserAvatar-Container-bob">
      <div style="background-image: url(&quot;https://pbs.twimg.com/profile_images/1/a_normal.jpg&quot;);"></div></div></div>
      <div data-testid="User-Name"><div><a href="/bob">Bob</a></div><div><a href="/bob">@bob</a></div></div></article>`);
    expect(post?.data.avatarUrl).toBe('https://pbs.twimg.com/profile_images/1/a_normal.jpg');
    expect(post?.data.handle).toBe('bob');
  });

  it('reports a post once even when the root is the post itself', () => {
    const doc = parseHtml('<article data-testid="tweet"><div data-testid="User-Name"><a href="/a">A</a><a href="/a">@a</a></div></article>');
    const article = doc.querySelector('article');
    expect(article && xAdapter.find(article, 'https://x.com/home')).toHaveLength(1);
  });

  it('marks the focal post and the replies under it on a status page', () => {
    const post = (h: string, id: string) =>
      `<article data-testid="tweet"><div data-testid="User-Name"><a href="/${h}">${h}</a><a href="/${h}">@${h}</a></div><a href="/${h}/status/${id}"><time datetime="2025-01-01T00:00:00Z">x</time></a></article>`;
    const found = find(post('a', '1') + post('b', '2') + post('c', '3'), 'https://x.com/b/status/2');
    expect(found.map((f) => f.data.kind)).toEqual(['post', 'focal', 'reply']);
  });

  it('reads a profile header (2024–2026 markup, no capture yet)', () => {
    const [profile] = find(
      `<div data-testid="primaryColumn"><div><a href="/jack/photo"><div data-testid="UserAvatar-Container-jack">
      <img src="https://pbs.twimg.com/profile_images/1115644092329758721/AFjOr-K8_200x200.jpg"></div></a>
      <div data-testid="UserName"><div><div dir="ltr"><span>jack</span></div></div><div><div dir="ltr"><span>@jack</span></div></div></div>
      <div data-testid="UserDescription"><span>no state is the best state #bitcoin</span></div></div></div>`,
      'https://x.com/jack',
    );
    expect(profile?.data).toMatchObject({
      kind: 'profile', handle: 'jack', displayName: 'jack', text: 'no state is the best state #bitcoin', hashtags: ['bitcoin'],
      avatarUrl: 'https://pbs.twimg.com/profile_images/1115644092329758721/AFjOr-K8_200x200.jpg',
    });
  });
});
