import { configureOrt, setModelLoader } from '../ml/ort';

/** Point ORT at the extension's own wasm and model files (no CDN: MV3 forbids remote code). */
export function setupExtensionOrt(): void {
  configureOrt({ wasmPaths: chrome.runtime.getURL('/ort/'), numThreads: 1 });
  setModelLoader(async (name) => {
    const res = await fetch(chrome.runtime.getURL(`/models/${name}.onnx`));
    if (!res.ok) throw new Error(`[sockscope:models] model ${name} missing (HTTP ${res.status})`);
    return new Uint8Array(await res.arrayBuffer());
  });
}
