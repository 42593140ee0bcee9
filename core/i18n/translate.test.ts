import { afterEach, describe, expect, it } from 'vitest';
import { formatMessage } from './format-message';
import { ENGLISH_VOICE, formatDay, messagesLookup, normaliseLocale, pickUiLocale, say, t, textDirection, uiLocale, useMessages } from './translate';
import { counted, said, sayEnglish, sayIn, sayLocal } from './said';
import { readLocales } from '../../scripts/dev/locales';

const ROOT = new URL('../..', import.meta.url).pathname;
const all = readLocales(ROOT);
const english = messagesLookup({});

afterEach(() => useMessages(english, 'en'));

describe('formatMessage, as the browser fills a message in', () => {
  const m = { message: 'Used $TAGS$ with $Count$ others, cost $$5; $1 again', placeholders: { tags: { content: '$1' }, count: { content: '$2' } } };

  it('replaces $name$ (any case) by its content, then $1–$9 by the substitutions, and $$ by $', () => {
    expect(formatMessage(m, ['#a #b', '7'])).toBe('Used #a #b with 7 others, cost $5; #a #b again');
  });

  it('leaves a missing substitution empty and an undeclared $name$ as written', () => {
    expect(formatMessage(m, ['x'])).toBe('Used x with  others, cost $5; x again');
    expect(formatMessage({ message: 'keep $odd$ here' }, [])).toBe('keep $odd$ here');
  });

  it('puts literal placeholder content in as it is', () => {
    expect(formatMessage({ message: 'by $WHO$', placeholders: { who: { content: 'Sockscope' } } }, [])).toBe('by Sockscope');
  });
});

describe('the message layer', () => {
  it('says English by default, and a locale once chosen, with English where the locale lacks a key', () => {
    expect(t('badgePhraseHigh')).toBe('high risk');
    useMessages(messagesLookup({ badgePhraseHigh: { message: 'riesgo alto' } }), 'es');
    expect(t('badgePhraseHigh')).toBe('riesgo alto');
    expect(t('badgePhraseMedium')).toBe('medium risk');
  });

  it("writes numbers in the locale's digits", () => {
    useMessages(messagesLookup(all.fa!), 'fa');
    expect(t('reasonAccountRisk', 72)).toBe('خطر حساب ۷۲/100 بر پایهٔ همهٔ شواهد');
    expect(uiLocale()).toBe('fa');
    useMessages(messagesLookup(all.de!), 'de');
    expect(t('countDays', 1234)).toBe('1.234 Tage');
  });

  it('knows which locales read right to left', () => {
    expect(['ar', 'fa', 'ar_EG', 'fa-IR', 'en', 'zh_CN', 'th'].map((l) => textDirection(l))).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'ltr', 'ltr', 'ltr']);
  });

  it("writes in the messages' language, with the browser's region when the languages agree", () => {
    expect(pickUiLocale('ar', 'en-US')).toBe('ar');
    expect(pickUiLocale('fr', 'fr-CA')).toBe('fr-CA');
    expect(pickUiLocale('zh_CN', 'zh-CN')).toBe('zh-CN');
    expect(pickUiLocale('', 'de-AT')).toBe('de-AT');
  });

  it('normalises POSIX and browser locale names', () => {
    expect(['zh_CN', 'zh-tw', 'ar_EG.UTF-8', 'de', '', '12'].map(normaliseLocale)).toEqual(['zh-CN', 'zh-TW', 'ar-EG', 'de', 'en', 'en']);
  });

  it('formats ISO days and months in the locale, read as UTC', () => {
    expect(formatDay('2024-03-05', 'en')).toBe('Mar 5, 2024');
    expect(formatDay('2024-03', 'de')).toBe('März 2024');
    expect(formatDay('not a day', 'en')).toBe('not a day');
  });
});

describe('sentences as data', () => {
  const s = said('reasonHashtagBurst', '#a #b', 3, { day: '2021-03-01' });

  it('says the English stored text with ISO dates, and the reader its own way', () => {
    expect(sayEnglish(s)).toBe('Used the same hashtags (#a #b) as 3 other accounts on 2021-03-01');
    expect(sayIn({ lookup: messagesLookup(all.fr!), locale: 'fr' }, s)).toBe('A utilisé les mêmes hashtags (#a #b) que 3 autres comptes le 1 mars 2021');
    useMessages(messagesLookup(all.zh_CN!), 'zh-CN');
    expect(sayLocal(s)).toBe('2021年3月1日 与另外 3 个账号使用了相同的话题标签（#a #b）');
  });

  it('picks the one or many form of a count, and nests clauses and lists', () => {
    const one = said('reasonReusedAvatarExact', counted(1, 'countAccountOne', 'countAccounts'));
    expect(sayEnglish(one)).toBe('Same profile picture as 1 other account (identical file)');
    const list = said('reasonRepurposed', { all: [said('repurposedPicture'), said('repurposedLanguage', { lang: 'en' }, { lang: 'zh' })] });
    expect(sayEnglish(list)).toBe('Possibly repurposed: new picture; older posts in English, newer in Chinese');
    expect(sayIn({ lookup: messagesLookup(all.ar!), locale: 'ar' }, list)).toBe('ربما أعيد توظيفه: صورة جديدة؛ المنشورات الأقدم بـالإنجليزية، والأحدث بـالصينية');
  });

  it('says a key the lookup lacks in English rather than nothing', () => {
    expect(say({ lookup: () => '', locale: 'fr' }, 'panelClose', [])).toBe('Close');
    expect(say(ENGLISH_VOICE, 'countDays', [4])).toBe('4 days');
  });
});
