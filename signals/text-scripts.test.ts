import { describe, expect, it } from 'vitest';
import { estimateJaccard } from './minhash';
import { comparableLength, scriptOf } from './text-scripts';
import { COPIED_TEXT_DEFAULTS, textFingerprint } from './text-similarity';

// Real posts' style (a Thai shop reply, a Weibo line); the measurements are in docs/signals.md.
const THAI = 'แอดมินขอน้อมรับความคิดเห็นคุณลูกค้ามา ณ ที่นี้ค่ะ';
const ZH = '已经迈入五月，我们遇见初夏。希望大家会度过温柔的五月，一定。';

describe('copied text per script', () => {
  it('tells Thai, Chinese or Japanese, and spaced scripts apart by most letters', () => {
    expect(scriptOf(THAI)).toBe('thai');
    expect(scriptOf(ZH)).toBe('cjk');
    expect(scriptOf('これは日本語の文です')).toBe('cjk');
    expect(scriptOf('plain english with one 中 character')).toBe('spaced');
  });
  it('lets a 30-character Thai post and a 20-character Chinese one be compared, as 40 English characters are', () => {
    expect(comparableLength('ก'.repeat(30))).toBe(40);
    expect(comparableLength('中'.repeat(20))).toBe(40);
    expect(comparableLength('a'.repeat(40))).toBe(40);
    expect(textFingerprint(THAI).length).toBeGreaterThanOrEqual(COPIED_TEXT_DEFAULTS.minChars);
    expect(textFingerprint(ZH).length).toBeGreaterThanOrEqual(COPIED_TEXT_DEFAULTS.minChars);
  });
  it('still matches a lightly edited Chinese copy, and not another post', () => {
    const a = textFingerprint(ZH).signature;
    expect(estimateJaccard(a, textFingerprint(`${ZH}🙏`).signature)).toBeGreaterThanOrEqual(0.8);
    expect(estimateJaccard(a, textFingerprint('四月的不安从打开微博开始，生活在水生火热中的上海市民。').signature)).toBeLessThan(0.3);
  });
});
