import { describe, expect, it } from 'vitest';
import { detectLanguage, languageName } from './language';

describe('detectLanguage', () => {
  it('names the language of ordinary posts', () => {
    expect(detectLanguage('The council approved the new cycling lanes on the high street this morning')).toBe('eng');
    expect(detectLanguage('Запад снова лжёт о нашей стране, а народ видит правду каждый день')).toBe('rus');
    expect(languageName('rus')).toBe('Russian');
  });
  it('says nothing about text that is too short once links, mentions and tags are gone', () => {
    expect(detectLanguage('#MAGA https://t.co/abc @someone 🔥🔥')).toBeNull();
    expect(detectLanguage('ok thanks')).toBeNull();
    expect(detectLanguage(null)).toBeNull();
  });
});
