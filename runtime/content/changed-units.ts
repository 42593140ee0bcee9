/**
 * The smallest set of roots to rescan after DOM changes: each changed node's outermost unit (a post, a
 * comment thread), or the changed subtree itself when it holds units; null means "rescan the page"
 * (a change outside any unit, e.g. a profile header or a channel owner).
 */
export function changedUnits(dirty: Iterable<Element>, unitSelector: string): Element[] | null {
  const roots = new Set<Element>();
  for (const n of dirty) {
    if (!n.isConnected) continue;
    let unit: Element | null = n.closest(unitSelector);
    for (let up = unit?.parentElement?.closest(unitSelector); up; up = up.parentElement?.closest(unitSelector)) unit = up;
    if (unit) roots.add(unit);
    else if (n.matches(unitSelector) || n.querySelector(unitSelector)) roots.add(n);
    else return null;
  }
  // Drop roots inside other roots (a whole added feed page and a post in it): walk up, not all pairs.
  return [...roots].filter((r) => {
    for (let p = r.parentElement; p; p = p.parentElement) if (roots.has(p)) return false;
    return true;
  });
}
