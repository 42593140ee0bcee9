import { browser } from 'wxt/browser';
import { pickUiLocale, useMessages, type Lookup } from '../../core/i18n/translate';

/** Distinct sentences kept; past it the memo starts over rather than grow. */
const MAX_SAID = 2_000;

/**
 * A lookup that asks the browser once per message and substitutions. A context's messages never change
 * while it runs, and a page's badges say the same few sentences hundreds of times: each `getMessage`
 * crosses into the browser's bindings (2026-12-07: 8% of the content script's time on the 500-post page).
 */
export function memoLookup(ask: Lookup): Lookup {
  const said = new Map<string, string>();
  return (key, subs) => {
    const id = subs.length ? `${key}${JSON.stringify(subs)}` : key;
    let text = said.get(id);
    if (text === undefined) {
      if (said.size >= MAX_SAID) said.clear();
      text = ask(key, subs);
      said.set(id, text);
    }
    return text;
  };
}

/**
 * Says every message of this context through the browser's i18n (public/_locales, the browser's UI language,
 * English where a locale lacks a key) and writes figures and dates the UI language's way. Each extension
 * context calls it once, at its start.
 */
export function useBrowserMessages(): void {
  const shown = browser.i18n.getMessage('messagesLocale');
  useMessages(memoLookup((key, subs) => browser.i18n.getMessage(key, [...subs])), pickUiLocale(shown, browser.i18n.getUILanguage()));
}
