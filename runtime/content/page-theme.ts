import { themeFromBackground, type Theme } from '../../components/badge';

/** The page's theme from the first opaque background on body/html (X: white, dim #15202B, black). */
export function pageTheme(doc: Document): Theme | undefined {
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const t = themeFromBackground(getComputedStyle(el).backgroundColor);
    if (t) return t;
  }
  return undefined;
}
