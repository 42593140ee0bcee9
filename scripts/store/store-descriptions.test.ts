import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../utils/testing/source-files';
import { LOCALES, readLocales } from '../dev/locales';
import { descriptionFile, storeDescription } from './store-descriptions';

describe('store listings in each locale', () => {
  const all = readLocales(REPO_ROOT);

  it.each(LOCALES.filter((l) => l !== 'en'))('%s: store/description.<locale>.md is what its messages make', (locale) => {
    expect(readFileSync(descriptionFile(REPO_ROOT, locale), 'utf8')).toBe(storeDescription(locale, all[locale]!));
  });

  it('says the listing in the locale, not in English', () => {
    const ar = storeDescription('ar', all.ar!);
    expect(ar).toContain('موضع العينين');
    expect(ar).not.toContain('Eye position');
  });
});
