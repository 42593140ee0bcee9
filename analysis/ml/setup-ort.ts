import { configureOrt, setModelLoader } from './ort';

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
