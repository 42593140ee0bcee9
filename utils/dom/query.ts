/** Elements under `root` matching `selector`, plus `root` itself when it matches, in document order. */
export function queryAllWithSelf(root: ParentNode, selector: string): Element[] {
  const found = Array.from(root.querySelectorAll(selector));
  if (isElement(root) && root.matches(selector)) found.unshift(root);
  return found;
}

/** True when `node` is an Element (works without DOM globals, e.g. in linkedom). */
export function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as { nodeType?: unknown }).nodeType === 1;
}

/** True when `el` is inside (or is) one of `containers`. */
export function isInsideAny(el: Element, containers: readonly Element[]): boolean {
  return containers.some((c) => c === el || c.contains(el));
}

/** First element under `root` matching one of `selectors` (tried in order) that is outside `exclude`. */
export function firstOutside(
  root: ParentNode,
  selectors: readonly string[],
  exclude: readonly Element[] = [],
): Element | null {
  for (const selector of selectors) {
    // Nothing to leave out (a post without quotes, most of them): the first match in document order, without
    // listing every match of the post's subtree.
    const hit = exclude.length === 0 ? firstWithSelf(root, selector) : queryAllWithSelf(root, selector).find((el) => !isInsideAny(el, exclude));
    if (hit) return hit;
  }
  return null;
}

/** All elements under `root` matching `selector` that are outside `exclude`. */
export function allOutside(root: ParentNode, selector: string, exclude: readonly Element[] = []): Element[] {
  return queryAllWithSelf(root, selector).filter((el) => !isInsideAny(el, exclude));
}

/** The first of `root` itself and the elements under it that matches `selector`, in document order. */
function firstWithSelf(root: ParentNode, selector: string): Element | null {
  return isElement(root) && root.matches(selector) ? root : root.querySelector(selector);
}
