import { YT_SELECTORS } from './selectors';

const PAIR = /"browseId":"(UC[\w-]{22})","canonicalBaseUrl":"\/([^"]{1,200})"/g;
const cache = new WeakMap<Document, Map<string, string>>();

/** The channel id (UC…) of a handle, /c/ or /user/ name, keyed as the adapter keys handles (lower-cased). */
function key(path: string): string | null {
  const p = decodeURIComponentSafe(path);
  if (p.startsWith('@')) return p.slice(1).toLowerCase();
  const m = /^(?:c|user|channel)\/([^/?#]+)$/.exec(p);
  return m?.[1] ? m[1].toLowerCase() : null;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Channel ids the page's own data names: ytInitialData pairs every channel's `browseId` (its UC… id,
 * which survives renames) with its `canonicalBaseUrl` (/@handle, /c/name, /user/name). Read once per
 * document; saved pages keep the script (2018, 2021 and 2025 captures), MHTML saves drop it.
 */
export function youtubeChannelIds(doc: Document): Map<string, string> {
  let ids = cache.get(doc);
  if (ids) return ids;
  ids = new Map();
  for (const script of doc.querySelectorAll(YT_SELECTORS.inlineScript)) {
    const text = script.textContent ?? '';
    if (!text.includes(YT_SELECTORS.initialDataMarker)) continue;
    for (const m of text.matchAll(PAIR)) {
      const k = key(m[2]!);
      if (k && !ids.has(k)) ids.set(k, m[1]!);
    }
  }
  cache.set(doc, ids);
  return ids;
}

/** A channel's id: the handle itself when it is one (`/channel/UC…` links), else what the page's data says. */
export function channelIdOf(handle: string | null, doc: Document | null): string | null {
  if (!handle) return null;
  if (/^UC[\w-]{22}$/.test(handle)) return handle;
  return doc ? youtubeChannelIds(doc).get(handle.toLowerCase()) ?? null : null;
}
