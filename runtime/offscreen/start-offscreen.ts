import { browser } from 'wxt/browser';
import { startAnalyser } from '../analyser/analyser';

/** Wire the offscreen document (Chrome): it hosts the analyser and answers its messages. */
export function startOffscreen(): void {
  const analyser = startAnalyser();
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    return analyser.handle(raw);
  });
}
