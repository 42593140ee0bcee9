/**
 * The buffers of `arrays` that can be moved to another thread: each only once, and only where the array
 * owns its whole buffer (a view into a larger one, such as wasm memory, must be cloned instead). Its own
 * module so the offscreen document's bundle, which imports it, never pulls in onnxruntime.
 */
export function transferable(arrays: Float32Array[]): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  for (const a of arrays) if (a.byteOffset === 0 && a.byteLength === a.buffer.byteLength && a.buffer instanceof ArrayBuffer) out.add(a.buffer);
  return [...out];
}
