import { describe, expect, it } from 'vitest';
import { parseHtml } from './parse-html';
import { plainText, plainTextLine } from './plain-text';

const el = (html: string) => parseHtml(`<div id="t">${html}</div>`).querySelector('#t');

describe('plainText', () => {
  it('keeps emoji alt text, newlines and <br>, drops scripts and styles', () => {
    expect(plainText(el('<span>a</span><img alt="🌹"><span>\n\n</span>b<br>c<script>x()</script><style>p{}</style>'))).toBe('a🌹\n\nb\nc');
  });

  it('never turns escaped markup into elements', () => {
    expect(plainText(el('&lt;img src=x onerror=alert(1)&gt;'))).toBe('<img src=x onerror=alert(1)>');
  });

  it('drops pretty-printing indentation but not the text', () => {
    expect(plainText(el('\n        <span>one</span>\n        '))).toBe('one');
  });

  it('gives null for empty or missing elements', () => {
    expect(plainText(el('<span> </span>'))).toBeNull();
    expect(plainText(null)).toBeNull();
    expect(plainTextLine(el('a\n\nb'))).toBe('a b');
  });
});
