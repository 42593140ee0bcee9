import { decodeBrowser } from '../../analysis/image/decode-browser';
import type { UrlVerdict } from '../../utils/messages';
import { analyzeUrls } from '../../analysis/analyze-urls';
import { setupExtensionOrt } from '../../analysis/ml/setup-ort';
import { YieldGate } from '../../analysis/yield-gate';

let ready = false;
const gate = new YieldGate();

/** Firefox: its background page has a DOM and wasm, so the models run there instead of an offscreen document. */
export async function analyzeInline(urls: string[]): Promise<UrlVerdict[]> {
  if (!ready) {
    setupExtensionOrt();
    ready = true;
  }
  return analyzeUrls(urls, decodeBrowser, { gate });
}

/** A page is being scrolled: hold new analyses back for a moment. */
export function yieldInline(): void {
  gate.hold();
}
