import { textDirection, uiLocale } from '../core/i18n/translate';

/** Gives an extension page the UI language and its direction (Arabic and Persian right to left). */
export function pageLanguage(doc: Document): void {
  doc.documentElement.lang = uiLocale();
  doc.documentElement.dir = textDirection();
}
