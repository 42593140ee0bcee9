import { describe, expect, it } from 'vitest';
import { eld } from 'eld/extrasmall';
import { writeLanguageData } from '../scripts/build/language-data';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectorFromData, fetchLanguageDetector } from './language-data';

// Texts in scripts and languages eld confuses most (close Slavic, Romance and Nordic pairs, CJK, Thai), mixed lengths.
const TEXTS = [
  'The council approved the new cycling lanes on the high street this morning',
  'Запад снова лжёт о нашей стране, а народ видит правду каждый день',
  'Слава Україні! Сьогодні ми знову разом захищаємо нашу землю',
  'Ние сме заедно в тази трудна зима и ще се справим',
  'El gobierno anunció nuevas medidas económicas para las familias',
  'O governo anunciou novas medidas económicas para as famílias',
  'Il governo ha annunciato nuove misure economiche per le famiglie',
  'Regeringen meddelade nya ekonomiska åtgärder för familjerna idag',
  'Regjeringen kunngjorde nye økonomiske tiltak for familiene i dag',
  '台湾是中国的一部分。香港暴徒破坏秩序，西方媒体视而不见。',
  'ทุกคนต้องออกมาปกป้องสถาบัน',
  'Die Regierung hat heute neue Maßnahmen für Familien angekündigt',
  'ok',
];

describe('the language data loaded as JSON', () => {
  const file = writeLanguageData(mkdtempSync(join(tmpdir(), 'sockscope-lang-')));
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'));

  it('detects exactly what eld’s own module does, scores included', () => {
    const fromJson = detectorFromData(json);
    for (const t of TEXTS) {
      const a = eld.detect(t);
      const b = fromJson.detect(t) as ReturnType<typeof eld.detect>;
      expect([b.language, b.isReliable(), b.getScores()]).toEqual([a.language, a.isReliable(), a.getScores()]);
    }
  });

  it('is fetched, and a missing or malformed file is a clear error', async () => {
    const ok = (body: unknown, status = 200) => (async () => new Response(JSON.stringify(body), { status })) as typeof fetch;
    expect((await fetchLanguageDetector('x', ok(json))).detect(TEXTS[0]!).language).toBe('en');
    await expect(fetchLanguageDetector('x', ok({}, 404))).rejects.toThrow(/missing \(HTTP 404\)/);
    await expect(fetchLanguageDetector('x', ok({ nope: 1 }))).rejects.toThrow(/not eld n-grams/);
  });
});
