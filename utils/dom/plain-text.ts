const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements whose content is never visible text. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg']);

/** Options for {@link plainText}. */
export interface PlainTextOptions {
  /** Subtrees to leave out (e.g. a quoted post inside the outer post). */
  exclude?: readonly Element[];
}

/**
 * Visible plain text of a subtree: text nodes, emoji `<img alt>`, `<br>` as newline, block editors' blocks
 * (`[data-block]`) on their own lines. Never parses or returns HTML. Null when nothing is left.
 */
export function plainText(el: Element | null | undefined, options: PlainTextOptions = {}): string | null {
  if (!el) return null;
  const parts: string[] = [];
  walk(el, parts, options.exclude ?? []);
  return normalise(parts.join(''));
}

/** Like {@link plainText} but on one line: runs of whitespace become one space. */
export function plainTextLine(el: Element | null | undefined, options: PlainTextOptions = {}): string | null {
  const text = plainText(el, options);
  if (text === null) return null;
  const line = text.replace(/\s+/g, ' ').trim();
  return line === '' ? null : line;
}

// Siblings by `nextSibling` rather than a copy of `childNodes`, and each node's type and tag read once: every
// DOM property read crosses into the browser's bindings, and the scan reads the text of every post.
function walk(node: Node, parts: string[], exclude: readonly Element[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    const type = child.nodeType;
    if (type === TEXT_NODE) {
      const value = child.nodeValue ?? '';
      // Pretty-printed captures put indentation-only nodes between elements. Sites' own whitespace nodes
      // (" ", "\n\n" in pre-wrap text) carry meaning and are kept.
      if (value.includes('\n') && /^\s*\n[ \t]{2,}\s*$/.test(value)) continue;
      parts.push(value);
      continue;
    }
    if (type !== ELEMENT_NODE) continue;
    const el = child as Element;
    const tag = el.tagName;
    if (SKIP_TAGS.has(tag) || (exclude.length > 0 && exclude.includes(el))) continue;
    if (tag === 'IMG') {
      parts.push(el.getAttribute('alt') ?? '');
      continue;
    }
    if (tag === 'BR') {
      parts.push('\n');
      continue;
    }
    const block = el.hasAttribute('data-block');
    walk(el, parts, exclude);
    if (block) parts.push('\n');
  }
}

function normalise(raw: string): string | null {
  const text = raw
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text === '' ? null : text;
}
