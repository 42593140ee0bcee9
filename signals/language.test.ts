import { beforeAll, describe, expect, it } from 'vitest';
import { detectLanguage, languageName, languageReady } from './language';

beforeAll(() => languageReady());

describe('detectLanguage', () => {
  it('names the language of ordinary posts', () => {
    expect(detectLanguage('The council approved the new cycling lanes on the high street this morning')).toBe('en');
    expect(detectLanguage('Запад снова лжёт о нашей стране, а народ видит правду каждый день')).toBe('ru');
    expect(languageName('ru')).toBe('Russian');
  });
  it('tells close languages apart on tweet-length text', () => {
    expect(detectLanguage('Наши друзья в Африке поддерживают справедливый многополярный мир без диктата Запада')).toBe('ru');
    expect(detectLanguage('Слава Україні! Сьогодні ми знову разом захищаємо нашу землю')).toBe('uk');
  });
  it('names short posts in scripts without spaces, which a 25-letter floor would refuse', () => {
    expect(detectLanguage('台湾是中国的一部分。')).toBe('zh');
    expect(detectLanguage('香港暴徒破坏秩序，西方媒体视而不见。')).toBe('zh');
    expect(detectLanguage('ทุกคนต้องออกมาปกป้องสถาบัน')).toBe('th');
    expect(detectLanguage('坚决反对霸权主义')).toBeNull();
  });
  it('says nothing about text that is too short once links, mentions and tags are gone', () => {
    expect(detectLanguage('#MAGA https://t.co/abc @someone 🔥🔥')).toBeNull();
    expect(detectLanguage('ok thanks')).toBeNull();
    expect(detectLanguage(null)).toBeNull();
  });
});
