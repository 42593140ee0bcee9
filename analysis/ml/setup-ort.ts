import { BLAZEFACE } from '../detect/blazeface-config';
import { configureOrt, createSession, setModelLoader } from './ort';

/**
 * Point ORT at the extension's own wasm and model files (no CDN: MV3 forbids remote code). `base` is the
 * extension's root URL; the inference worker, which has no chrome.runtime, passes its own origin.
 */
export function setupExtensionOrt(base: string = chrome.runtime.getURL('/')): void {
  configureOrt({ wasmPaths: new URL('ort/', base).href, numThreads: 1 });
  setModelLoader(async (name) => {
    const res = await fetch(new URL(`models/${name}.onnx`, base));
    if (!res.ok) throw new Error(`[sockscope:models] model ${name} missing (HTTP ${res.status})`);
    return new Uint8Array(await res.arrayBuffer());
  });
}

/**
 * Start compiling the wasm and creating the detector's session as soon as the analyser exists, in parallel
 * with the first avatar fetches, instead of one after the other on the first image. Stage 2 is left to
 * its first run (the first face whose eyes match): creating its session blocks the one wasm thread for
 * longer than the detector's, and most pages' first avatars never need it. A failure is logged and
 * remembered by analysis/ml/ort.ts, and the first image then reports "model unavailable". Resolves once
 * the detector has loaded or failed; it never rejects.
 */
export async function warmModels(): Promise<void> {
  await Promise.allSettled([createSession(BLAZEFACE.name)]);
}
