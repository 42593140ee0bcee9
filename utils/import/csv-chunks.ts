/**
 * A CSV byte stream cut into pieces that each end at a record boundary, so every piece parses on its
 * own: a newline inside a quoted field (tweets have them) is not a boundary. Memory stays at about one
 * source chunk whatever the file's size.
 */
export async function* csvChunks(source: AsyncIterable<Uint8Array>): AsyncGenerator<{ text: string; bytes: number }> {
  const decoder = new TextDecoder('utf-8');
  let buf = '';
  let scanned = 0;
  let inQuote = false;
  let bytes = 0;
  let first = true;
  for await (const chunk of source) {
    bytes += chunk.byteLength;
    buf += decoder.decode(chunk, { stream: true });
    if (first && buf.length > 0) {
      buf = buf.replace(/^\uFEFF/, '');
      first = false;
    }
    let boundary = -1;
    for (let i = scanned; i < buf.length; i++) {
      const c = buf.charCodeAt(i);
      // A doubled quote inside a quoted field toggles twice, which leaves the state as it was.
      if (c === 34) inQuote = !inQuote;
      else if (c === 10 && !inQuote) boundary = i;
    }
    if (boundary >= 0) {
      yield { text: buf.slice(0, boundary + 1), bytes };
      buf = buf.slice(boundary + 1);
    }
    scanned = buf.length;
  }
  buf += decoder.decode();
  if (buf.trim()) yield { text: buf, bytes };
}

/** A web ReadableStream as an async iterable (not every browser iterates streams natively). */
export async function* readableChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (value) yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
