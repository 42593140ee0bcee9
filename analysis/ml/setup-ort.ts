import { BLAZEFACE } from '../detect/blazeface-config';
import { FORENSIC_MODEL_NAME } from '../classifier/forensic-config';
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
 * Start compiling the wasm and creating the sessions as soon as the analyser exists, in parallel with the
 * first avatar fetches, instead of one after the other on the first image: the detector first, which
 * every avatar needs, then stage 2. Creating a session holds the one wasm thread, so the detector's is
 * never queued behind stage 2's. Stage 2 is not left to the first face whose eyes match: a first batch
 * with a StyleGAN face then waits for the session after its detection (the cold start to the first badge
 * went from 6.8 s to 13.3 s in `npm run bench`'s before/after table, 2026-12-07, medians of two interleaved
 * rounds at a load of 9–14 on 2 cores). A failure is logged and remembered by
 * analysis/ml/ort.ts, and the first image then reports "model unavailable". Resolves once both have
 * loaded or failed; it never rejects.
 */
export async function warmModels(): Promise<void> {
  await Promise.allSettled([createSession(BLAZEFACE.name)]);
  await Promise.allSettled([createSession(FORENSIC_MODEL_NAME)]);
}
