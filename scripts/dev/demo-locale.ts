import { LOCALES } from './locales';

/** The demo's locale from SOCKSCOPE_LOCALE ("ar", "zh_CN", "zh-CN"): one Sockscope ships, or null for the browser's own. */
export function demoLocale(raw: string | undefined): string | null {
  if (!raw) return null;
  const folder = raw.replace('-', '_');
  const found = LOCALES.find((l) => l.toLowerCase() === folder.toLowerCase());
  if (!found) throw new Error(`[sockscope:demo] SOCKSCOPE_LOCALE=${raw}: not a shipped locale (${LOCALES.join(', ')})`);
  return found;
}
