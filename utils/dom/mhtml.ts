/**
 * Decode an MHTML save (RFC 2557 multipart/related, as Chrome's "Save as MHTML" writes it) to its
 * main HTML. Pure: works in the browser and in Node (no Buffer).
 */

/** One part of an MHTML file, headers lower-cased, body decoded to bytes. */
export interface MhtmlPart {
  contentType: string;
  contentLocation: string | null;
  contentId: string | null;
  body: Uint8Array;
}

/** The main HTML of an MHTML save, its URL and where its resources came from. */
export interface DecodedMhtml {
  html: string;
  /** Content-Location of the HTML part (else Snapshot-Content-Location), or null. */
  url: string | null;
  /**
   * Resource parts by Content-Location (and by `cid:<Content-ID>`): Chrome keeps the original URL of
   * every image there, so an avatar `src` in the HTML can be matched to its saved bytes.
   */
  resources: Map<string, MhtmlPart>;
  parts: MhtmlPart[];
  /** When the page was saved (the top `Date:` header, epoch ms), or null. */
  savedAt: number | null;
}

/** Bytes → a "binary string" with one char per byte, so header parsing never touches encodings. */
function toBinary(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return out;
}

function fromBinary(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

/** Quoted-printable → bytes; soft line breaks (`=` at end of line) join lines. */
export function decodeQuotedPrintable(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x3d /* = */) {
      out[n++] = c & 0xff;
      continue;
    }
    const next = s.slice(i + 1, i + 3);
    if (next.startsWith('\r\n')) i += 2;
    else if (next.startsWith('\n')) i += 1;
    else if (/^[0-9A-Fa-f]{2}$/.test(next)) {
      out[n++] = parseInt(next, 16);
      i += 2;
    } else out[n++] = c; // a stray '=' is kept, as lenient decoders do
  }
  return out.subarray(0, n);
}

function decodeBase64(s: string): Uint8Array {
  return fromBinary(atob(s.replace(/[^A-Za-z0-9+/=]/g, '')));
}

/** Parse a header block, unfolding continuation lines. Keys lower-cased. */
function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  let last: string | null = null;
  for (const line of block.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && last !== null) {
      headers.set(last, `${headers.get(last) ?? ''} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim().toLowerCase();
    headers.set(last, line.slice(colon + 1).trim());
  }
  return headers;
}

function param(header: string, name: string): string | null {
  const m = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]*))`, 'i').exec(header);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

function splitHead(s: string): [string, string] {
  const m = /\r?\n\r?\n/.exec(s);
  return m ? [s.slice(0, m.index), s.slice(m.index + m[0].length)] : [s, ''];
}

function decodeBody(body: string, encoding: string): Uint8Array {
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
  if (encoding === 'base64') return decodeBase64(body);
  return fromBinary(body); // 7bit / 8bit / binary
}

function textOf(part: MhtmlPart): string {
  const charset = param(part.contentType, 'charset') ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(part.body);
  } catch {
    return new TextDecoder('utf-8').decode(part.body); // unknown charset label
  }
}

/** True when the bytes / text look like an MHTML file (a MIME header with multipart/related). */
export function isMhtml(source: string | Uint8Array): boolean {
  const head = typeof source === 'string' ? source.slice(0, 4096) : toBinary(source.subarray(0, 4096));
  return /^content-type:\s*multipart\/related/im.test(splitHead(head)[0]);
}

/** Decode an MHTML file; throws when it isn't multipart/related or has no HTML part. */
export function decodeMhtml(source: string | Uint8Array): DecodedMhtml {
  // A string input is re-encoded to UTF-8 bytes; Chrome's parts are 7-bit (QP / base64) anyway.
  const bin = toBinary(typeof source === 'string' ? new TextEncoder().encode(source) : source);
  const [headBlock, rest] = splitHead(bin);
  const top = parseHeaders(headBlock);
  const type = top.get('content-type') ?? '';
  const boundary = param(type, 'boundary');
  if (!/multipart\/related/i.test(type) || !boundary) {
    throw new Error('[sockscope:mhtml] not an MHTML file (no multipart/related boundary)');
  }
  const parts: MhtmlPart[] = [];
  const chunks = rest.split(`--${boundary}`);
  for (const chunk of chunks.slice(1)) {
    if (chunk.startsWith('--')) break; // closing delimiter
    const [h, body] = splitHead(chunk.replace(/^\r?\n/, ''));
    const headers = parseHeaders(h);
    const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
    parts.push({
      contentType: headers.get('content-type') ?? 'text/plain',
      contentLocation: headers.get('content-location') ?? null,
      contentId: headers.get('content-id')?.replace(/^<|>$/g, '') ?? null,
      body: decodeBody(body.replace(/\r?\n$/, ''), encoding),
    });
  }
  const main = parts.find((p) => /^text\/html/i.test(p.contentType));
  if (!main) throw new Error('[sockscope:mhtml] MHTML file has no text/html part');

  const resources = new Map<string, MhtmlPart>();
  for (const p of parts) {
    if (p === main) continue;
    if (p.contentLocation) resources.set(p.contentLocation, p);
    if (p.contentId) resources.set(`cid:${p.contentId}`, p);
  }
  let html = textOf(main);
  // Some savers point the HTML at `cid:` parts that still carry a real URL; give it back. Chrome's
  // own `cid:css-…` parts (inlined <style>) have no URL and stay as they are.
  html = html.replace(/cid:[^"'\s)>]+/g, (ref) => {
    const loc = resources.get(ref)?.contentLocation;
    return loc && !loc.startsWith('cid:') ? loc : ref;
  });
  const url = main.contentLocation ?? top.get('snapshot-content-location') ?? null;
  const date = Date.parse(top.get('date') ?? '');
  return { html, url, resources, parts, savedAt: Number.isFinite(date) ? date : null };
}
