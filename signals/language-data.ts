/**
 * eld's language data, loaded on first need instead of at start. The data is about 0.95 MB of n-grams;
 * evaluated as a module it held a stopped service worker's start by 250–450 ms (docs/performance-history.md),
 * and a Chrome service worker refuses `import()`. In the extension it is fetched as JSON from the package
 * (a worker may fetch its own files) and handed to eld's detector; in Node, eld's own module is imported.
 */
// eld's core, without the data its entry files bundle; eld 2.1.0 exports no path to it, so it is reached by file.
// @ts-expect-error: eld ships no types for its core module; its one function used here is typed below.
import { createEld as untypedCreateEld } from '../node_modules/eld/src/languageDetector.js';

/** What signals/language.ts asks of a detector (eld's instance). */
export interface LanguageDetector {
  detect(text: string): { language: string; isReliable(): boolean };
}

/** eld's n-gram data: its type, its languages by id, and each n-gram's scores by language id. */
export interface LanguageData {
  type: string;
  languages: Record<string, string>;
  ngrams: Record<string, Record<string, number>>;
}

const createEld = untypedCreateEld as () => { instance: LanguageDetector; loadData(data: LanguageData): string };

/** Where the build puts the data (wxt.config.ts writes it from eld's extra-small set). */
export const LANGUAGE_DATA_PATH = '/language/eld-extrasmall.json';

/** A detector over this data; throws when the data is not eld's shape. */
export function detectorFromData(data: unknown): LanguageDetector {
  const d = data as Partial<LanguageData> | null;
  if (!d || typeof d.type !== 'string' || typeof d.languages !== 'object' || typeof d.ngrams !== 'object') throw new Error('[sockscope:language] the language data is not eld n-grams');
  const { instance, loadData } = createEld();
  if (!loadData(d as LanguageData)) throw new Error('[sockscope:language] eld refused the language data');
  return instance;
}

/** The package's data, fetched from the extension's own files. */
export async function fetchLanguageDetector(url: string, fetchImpl: typeof fetch = fetch): Promise<LanguageDetector> {
  const res = await fetchImpl(url);
  if (!res.ok) throw new Error(`[sockscope:language] language data missing (HTTP ${res.status})`);
  return detectorFromData(await res.json());
}

// A variable specifier: bundlers leave it alone, so the extension does not ship eld's data module twice.
const NODE_MODULE = 'eld/extrasmall';

/** The detector for where this runs: the extension's packaged JSON, or eld's module under Node. */
export async function loadLanguageDetector(): Promise<LanguageDetector> {
  const here = (globalThis as { location?: { protocol?: string; origin?: string } }).location;
  if (here?.protocol === 'chrome-extension:' || here?.protocol === 'moz-extension:') return fetchLanguageDetector(`${here.origin}${LANGUAGE_DATA_PATH}`);
  const mod = (await import(/* @vite-ignore */ NODE_MODULE)) as { eld: LanguageDetector };
  return mod.eld;
}
