import { parseHTML } from 'linkedom';

/**
 * Parse an HTML string into a Document in Node (linkedom). Fragments (a post's outerHTML) are wrapped
 * in a body first, since linkedom only builds `documentElement` for whole documents.
 */
export function parseHtml(html: string): Document {
  const whole = /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype[^>]*>|<html[\s>])/i.test(html);
  const source = whole ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  // linkedom's own Document type is structurally the DOM one; the cast is where the two libraries meet.
  return parseHTML(source).document as unknown as Document;
}
