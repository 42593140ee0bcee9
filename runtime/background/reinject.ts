import { browser } from 'wxt/browser';

/** The browser calls reinjection needs; injectable so the logic is tested without a browser. */
export interface ReinjectApi {
  contentScripts(): { matches: string[]; js: string[] }[];
  tabsMatching(patterns: string[]): Promise<{ id?: number; discarded?: boolean }[]>;
  inject(tabId: number, files: string[]): Promise<void>;
}

const chromeApi = (): ReinjectApi | null =>
  browser.scripting
    ? {
        contentScripts: () =>
          (browser.runtime.getManifest().content_scripts ?? []).map((cs) => ({ matches: cs.matches ?? [], js: cs.js ?? [] })),
        tabsMatching: (patterns) => browser.tabs.query({ url: patterns }),
        // The paths come from our own built manifest, so they are public paths of this extension.
        inject: async (tabId, files) => void (await browser.scripting.executeScript({ target: { tabId }, files: files as never })),
      }
    : null;

/**
 * After an update the content scripts already in open tabs are orphaned: their runtime is gone, so they
 * can no longer ask for verdicts. Injecting the new ones lets those pages keep their badges without a
 * reload (the new script's start makes WXT abort the old one, which removes its badges first).
 * Returns how many tabs were re-injected; a tab that refuses (closed, crashed, error page) is skipped.
 */
export async function reinjectContentScripts(api: ReinjectApi | null = chromeApi()): Promise<number> {
  if (!api) return 0;
  let injected = 0;
  for (const cs of api.contentScripts()) {
    if (!cs.js.length || !cs.matches.length) continue;
    for (const tab of await api.tabsMatching(cs.matches)) {
      if (tab.id === undefined || tab.discarded) continue;
      try {
        await api.inject(tab.id, cs.js);
        injected++;
      } catch (e) {
        console.warn('[sockscope:background] could not re-inject into tab', tab.id, String(e).slice(0, 200));
      }
    }
  }
  return injected;
}

/** Re-inject on update (and on a developer reload, which Chrome also reports as 'update'). */
export function registerReinjection(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'update') void reinjectContentScripts();
  });
}
