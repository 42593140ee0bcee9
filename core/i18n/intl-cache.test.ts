import { describe, expect, it } from 'vitest';
import { dateTimeFormat, languageNames, numberFormat } from './intl-cache';

describe('intl-cache', () => {
  it('hands back one formatter per locale and options, formatting as a fresh one does', () => {
    const pct = { style: 'percent', maximumFractionDigits: 0 } as const;
    expect(numberFormat('ar', { ...pct })).toBe(numberFormat('ar', { ...pct }));
    expect(numberFormat('ar', pct)).not.toBe(numberFormat('en', pct));
    expect(numberFormat('ar', pct).format(0.12)).toBe(new Intl.NumberFormat('ar', pct).format(0.12));
    const day = { year: 'numeric', month: 'short', timeZone: 'UTC' } as const;
    expect(dateTimeFormat('fr', day).format(0)).toBe(new Intl.DateTimeFormat('fr', day).format(0));
    expect(languageNames('de').of('ru')).toBe('Russisch');
  });

  it('formats right across the cache starting over, past its bound', () => {
    for (let d = 0; d < 200; d++) expect(numberFormat('en', { minimumFractionDigits: d % 20, maximumFractionDigits: 20 }).format(1)).toBe(new Intl.NumberFormat('en', { minimumFractionDigits: d % 20, maximumFractionDigits: 20 }).format(1));
  });
});
