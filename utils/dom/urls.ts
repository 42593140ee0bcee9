/** `href` resolved against `base`; null when empty or unparseable. */
export function resolveUrl(href: string | null | undefined, base: string): string | null {
  const value = href?.trim();
  if (!value) return null;
  try {
    return new URL(value, base).href;
  } catch {
    return null;
  }
}

/** The URL inside an inline `style="background-image:url(…)"`, or null. */
export function backgroundImageUrl(el: Element): string | null {
  const style = el.getAttribute('style');
  if (!style) return null;
  // Chrome's "Save as" writes the quotes as &quot;, which the parser turns back into ".
  const match = /background-image\s*:\s*url\(\s*(["']?)(.*?)\1\s*\)/i.exec(style);
  const url = match?.[2]?.trim();
  return url ? url : null;
}

/** `raw` parsed as an http(s) URL; null for data:, blob:, file:, javascript: and anything unparseable. */
export function httpUrlOf(raw: string): URL | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
}
