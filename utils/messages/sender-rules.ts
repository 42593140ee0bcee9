// Who may ask what (docs/threat-model.md). `sender.id` only says a message came from this extension: a
// content script runs inside the page's renderer, so a compromised renderer speaks with the extension's id.
// The browser-reported sender URL and tab tell an extension page from a content script.

/** The parts of a runtime.MessageSender these rules read. */
export interface SenderInfo {
  url?: string;
  tab?: { id?: number; url?: string };
}

/** True when the message came from one of the extension's own pages (popup, dashboard), not a content script. */
export function isExtensionPage(sender: SenderInfo, extensionBase: string): boolean {
  return !!sender.url && sender.url.startsWith(extensionBase);
}

/** Tab counts: an extension page may read any tab's; a content script only its own tab's. */
export function mayReadTabCounts(tabId: number, sender: SenderInfo, extensionBase: string): boolean {
  return isExtensionPage(sender, extensionBase) || (sender.tab?.id !== undefined && sender.tab.id === tabId);
}

/** True when the message came from the extension's offscreen document (the only sender of per-URL verdicts). */
export function isOffscreenDocument(sender: SenderInfo, documentUrl: string): boolean {
  return !sender.tab && sender.url === documentUrl;
}

/** True when the message came from the extension's service worker (the only sender the offscreen analyser answers). */
export function isServiceWorker(sender: SenderInfo, workerUrl: string): boolean {
  return !sender.tab && sender.url === workerUrl;
}
