import { browser } from 'wxt/browser';
import { pickUiLocale, useMessages } from '../../core/i18n/translate';

/**
 * Says every message of this context through the browser's i18n (public/_locales, the browser's UI language,
 * English where a locale lacks a key) and writes figures and dates the UI language's way. Each extension
 * context calls it once, at its start.
 */
export function useBrowserMessages(): void {
  const shown = browser.i18n.getMessage('messagesLocale');
  useMessages((key, subs) => browser.i18n.getMessage(key, [...subs]), pickUiLocale(shown, browser.i18n.getUILanguage()));
}
