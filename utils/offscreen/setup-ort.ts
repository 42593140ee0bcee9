import { BLAZEFACE } from '../analysis/blazeface-config';
import { GAN_MODEL_NAME } from '../ml/gan-classifier';
import { configureOrt, createSession, setModelLoader } from '../ml/ort';

/** Point ORT at the extension's own wasm and model files (no CDN: MV3 forbids remote code). */
export function setupExtensionOrt(): void {
  configureOrt({ wasmPaths: chrome.runtime.getURL('/ort/'), numThreads: 1 });
  setModelLoader(async (name) => {
    const res = await fetch(chrome.runtime.getURL(`/models/${name}.onnx`));
    if (!res.ok) throw new Error(`[sockscope:models] model ${name} missing (HTTP ${res.status})`);
    return new Uint8Array(await res.arrayBuffer());
  });
}

/**
 * Start compiling the wasm and creating both sessions as soon as the document exists, in parallel with
 * the first avatar fetches, instead of one after the other on the first image. A failure is logged and
 * remembered by utils/ml/ort.ts, and the first image then reports "model unavailable".
 */
export function warmModels(): void {
  for (const name of [BLAZEFACE.name, GAN_MODEL_NAME]) void createSession(name).catch(() => undefined);
}
