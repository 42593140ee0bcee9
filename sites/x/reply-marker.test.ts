// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hasReplyMarker } from './reply-marker';

const region = (html: string): Element => {
  const el = document.createElement('article');
  el.innerHTML = html;
  return el;
};

describe('hasReplyMarker', () => {
  it('finds a "Replying to" line without a mention link, and nothing in an ordinary post', () => {
    expect(hasReplyMarker(region('<div dir="ltr"><div dir="auto">Replying to <span>@someone</span></div></div>'), [], 'me')).toBe(true);
    expect(hasReplyMarker(region('<div dir="ltr"><div dir="auto">Just a post</div></div>'), [], 'me')).toBe(false);
    // The words inside a line, not at its start, are no reply marker.
    expect(hasReplyMarker(region('<div dir="auto">I was Replying to nobody</div>'), [], 'me')).toBe(false);
  });

  it('finds a mention link to someone else than the author', () => {
    expect(hasReplyMarker(region('<div><a href="/other">@other</a></div>'), [], 'me')).toBe(true);
    expect(hasReplyMarker(region('<div><a href="/me">@me</a></div>'), [], 'me')).toBe(false);
  });
});
