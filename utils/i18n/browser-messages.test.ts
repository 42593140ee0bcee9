import { describe, expect, it } from 'vitest';
import type { Lookup } from '../../core/i18n/translate';
import { memoLookup } from './browser-messages';

describe('memoLookup', () => {
  it('asks once per message and substitutions, and answers what was asked', () => {
    const asked: string[] = [];
    const ask: Lookup = (key, subs) => {
      asked.push(`${key}(${subs.join(',')})`);
      return `${key}:${subs.join('|')}`;
    };
    const memo = memoLookup(ask);
    expect(memo('extName', [])).toBe('extName:');
    expect(memo('extName', [])).toBe('extName:');
    expect(memo('countOtherAccounts', ['3'])).toBe('countOtherAccounts:3');
    expect(memo('countOtherAccounts', ['4'])).toBe('countOtherAccounts:4');
    // Substitutions that would join to the same text stay apart.
    expect(memo('listSeparator', ['a', 'b'])).toBe('listSeparator:a|b');
    expect(memo('listSeparator', ['a\u0001b'])).toBe('listSeparator:a\u0001b');
    expect(memo('countOtherAccounts', ['3'])).toBe('countOtherAccounts:3');
    expect(asked).toEqual(['extName()', 'countOtherAccounts(3)', 'countOtherAccounts(4)', 'listSeparator(a,b)', 'listSeparator(a\u0001b)']);
  });
});
