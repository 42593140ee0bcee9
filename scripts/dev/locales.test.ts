import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTestOnly, REPO_ROOT, sourceFiles, sourceText } from '../../utils/testing/source-files';
import { LOCALES, localeProblems, readLocales } from './locales';

/** Keys the product's code names in a message call: t('k'), said('k'), say(voice, 'k'), counted(n, 'k1', 'k2'). */
function keysCalled(text: string): string[] {
  const calls = [...text.matchAll(/\b(?:t|said|say)\(\s*(?:[\w.]+,\s*)?'([A-Za-z]\w*)'/g)].map((m) => m[1]!);
  const counts = [...text.matchAll(/\bcounted\([^,()]+,\s*'(\w+)',\s*'(\w+)'\)/g)].flatMap((m) => [m[1]!, m[2]!]);
  return [...calls, ...counts];
}

describe('translations (public/_locales)', () => {
  const en = readLocales(REPO_ROOT).en!;
  const product = sourceFiles().filter((f) => !isTestOnly(f) && !f.startsWith('scripts/'));

  it('every key the code says exists in English, and every English key is said somewhere', () => {
    const called = new Set(product.flatMap((f) => keysCalled(sourceText(f))));
    expect(called.size).toBeGreaterThan(50);
    expect([...called].filter((k) => !(k in en))).toEqual([]);
    // Keys reach the code as literals (maps typed MessageKey included); a key no file names is dead.
    const literals = new Set(product.flatMap((f) => [...sourceText(f).matchAll(/'([A-Za-z]\w*)'/g)].map((m) => m[1]!)));
    const manifest = ['extName', 'extDescription'];
    expect(Object.keys(en).filter((k) => !literals.has(k) && !manifest.includes(k))).toEqual([]);
  });

  it('finds the keys of each kind of call (the check above is not vacuous)', () => {
    expect(keysCalled("t('a'); said('b', x); say(voice, 'c', []); counted(n.x, 'd', 'e'); st('no')")).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

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
