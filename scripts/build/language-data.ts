import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
// eld's extra-small n-grams as its own entry file bundles them; eld 2.1.0 exports no path to the data alone.
// @ts-expect-error: eld ships no types for its data module; its one export is typed where it is used.
import { ngramsData } from '../../node_modules/eld/src/ngrams/extrasmall.js';

/**
 * Write eld's extra-small language data as JSON into `dir` and return the file: the extension fetches it on
 * first need (signals/language-data.ts) instead of evaluating it as code when a context starts.
 */
export function writeLanguageData(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, 'eld-extrasmall.json');
  writeFileSync(file, JSON.stringify(ngramsData as unknown));
  return file;
}
