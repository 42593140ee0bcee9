import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../utils/testing/source-files';
import { LOCALES, localeProblems, readLocales } from './locales';

describe('translations (public/_locales)', () => {
  it('every shipped locale has every English key, well-formed, and no other locale folder exists', () => {
    expect(localeProblems(readLocales(REPO_ROOT))).toEqual([]);
    expect(readdirSync(join(REPO_ROOT, 'public/_locales')).sort()).toEqual([...LOCALES].sort());
  });

  it('names a missing key, an extra key, a malformed or undeclared placeholder and a changed placeholder set', () => {
    const en = { a: { message: 'Seen $COUNT$ times', placeholders: { count: { content: '$1' } } }, b: { message: 'x' } };
    const problems = localeProblems({
      en,
      fr: { a: { message: 'Vu $count$ fois', placeholders: { COUNT: { content: '$1' } } }, c: { message: 'y' } },
      de: { a: { message: 'Gesehen $COUNT mal' }, b: { message: '' } },
      ar: { a: { message: 'شوهد $n$', placeholders: { n: { content: '$1' } } }, b: { message: 'x' } },
      th: null,
    });
    expect(problems).toEqual([
      'fr: missing b',
      'fr: c is not an English key',
      'de.a: a "$" that is not a placeholder ($name$, $$ or $1-$9)',
      'de.a: placeholders differ from English',
      'de.b: no message',
      'ar.a: placeholders differ from English',
      'th: messages.json is missing',
    ]);
    expect(localeProblems({ en: { a: { message: 'Hi $who$' } } })).toEqual(['en.a: uses $who$, which its placeholders do not declare']);
  });
});
