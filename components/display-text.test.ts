import { describe, expect, it } from 'vitest';
import { displayText } from './display-text';

describe('displayText', () => {
  it('drops bidi overrides, embeddings and isolates; keeps the rest', () => {
    expect(displayText('name\u202Egnp.exe')).toBe('namegnp.exe');
    expect(displayText('\u2066a\u2069\u202Ab\u202C')).toBe('ab');
    expect(displayText('zero\u200Bwidth <b>')).toBe('zero\u200Bwidth <b>');
    expect(displayText('שלום')).toBe('שלום');
  });
});
