import { browser } from 'wxt/browser';
import { startAnalyser } from '../analyser/analyser';
import { isUserScrolling } from '../../utils/messages';
import { isTargeted } from '../../utils/messages/parse';
import { isServiceWorker } from '../../utils/messages/sender-rules';

/** Wire the offscreen document (Chrome): it hosts the analyser and answers its messages. */
export function startOffscreen(): void {
  // Each URL's verdict goes to the service worker as soon as it is done; the batch's answer follows.
  const analyser = startAnalyser((msg) => void browser.runtime.sendMessage(msg).catch(() => undefined));
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    // Pages may only ask it to hold back while they scroll; analyses are the service worker's to ask for,
    // which screens every URL first (a content script could otherwise have any URL fetched).
    // Bench builds also take the benchmark's timing requests, whichever page sends them.
    const bench = import.meta.env.BENCH_BUILD && isTargeted(raw, 'analyser');
    if (bench || isUserScrolling(raw) || isServiceWorker(sender, browser.runtime.getURL('/background.js'))) return analyser.handle(raw);
    return undefined;
  });
}
