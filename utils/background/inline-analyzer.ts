import { decodeBrowser } from '../image/decode-browser';
import type { UrlVerdict } from '../messages';
import { analyzeUrls } from '../offscreen/analyze-urls';
import { setupExtensionOrt } from '../offscreen/setup-ort';
import { YieldGate } from '../analysis/yield-gate';

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
