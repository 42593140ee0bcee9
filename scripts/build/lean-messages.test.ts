import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatMessage, type Messages } from '../../core/i18n/format-message';
import { withoutDescriptions } from './lean-messages';

const EN = readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8');

describe('withoutDescriptions', () => {
  it('keeps every key and says every English message the same, with and without substitutions', () => {
    const full = JSON.parse(EN) as Messages;
    const lean = JSON.parse(withoutDescriptions(EN)) as Messages;
    expect(Object.keys(lean)).toEqual(Object.keys(full));
    for (const [key, m] of Object.entries(full)) {
      expect(formatMessage(lean[key]!, ['7', 'x', 'y']), key).toBe(formatMessage(m, ['7', 'x', 'y']));
      expect(lean[key]!.description, key).toBeUndefined();
    }
  });

  it('drops placeholders\' examples but keeps their content', () => {
    const json = JSON.stringify({ n: { message: '$COUNT$ posts', description: 'd', placeholders: { count: { content: '$1', example: '3' } } } });
    expect(JSON.parse(withoutDescriptions(json))).toEqual({ n: { message: '$COUNT$ posts', placeholders: { count: { content: '$1' } } } });
  });
});
