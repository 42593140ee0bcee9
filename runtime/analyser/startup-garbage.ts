/**
 * Compiling onnxruntime's 14 MB wasm leaves about 26 MB of buffers behind in the inference worker (the
 * streaming compiler's copies of the bytes), and only a full collection frees them. The worker allocates so
 * little that V8 may not run one for thousands of avatars: collected by hand after 32 avatars, the worker
 * freed 26–31 MB, and in the bench this start-up garbage was one of the two largest parts of the extension
 * process's memory reading (docs/performance-history.md, 2026-12-05, 1b25c1b).
 *
 * V8 runs a full collection when ArrayBuffers report far more external memory than at its last one, so a
 * large buffer, made and dropped at once, asks for one. Its pages are never written (a fresh mapping is
 * already zero), so it costs address space, not memory.
 */
export const PRESSURE_BYTES = 192 << 20;

/** Asks V8 for one full collection, e.g. once start-up garbage is unreachable; never throws. */
export function requestCollection(allocate: (bytes: number) => unknown = (bytes) => new ArrayBuffer(bytes)): void {
  try {
    allocate(PRESSURE_BYTES);
  } catch {
    // No address space for it (a 32-bit build): nothing is lost but the early collection.
  }
}
