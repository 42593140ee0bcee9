import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Close on outside pointerdown, Escape, page scroll or resize. `inside` lists the elements (and shadow
 * hosts, since composedPath stops at closed shadow roots) that count as "inside". Listeners only
 * observe: nothing is prevented, so the page's own clicks keep working.
 */
export function useDismiss(inside: () => readonly (EventTarget | null)[], onClose: (returnFocus: boolean) => void): void {
  const latest = useRef({ inside, onClose });
  latest.current = { inside, onClose };

  // Layout effect: listening from the same commit that shows the panel, not a frame later.
  useLayoutEffect(() => {
    const ac = new AbortController();
    const opts = { capture: true, signal: ac.signal };
    const isInside = (e: Event): boolean => {
      const path = e.composedPath();
      return latest.current.inside().some((t) => t !== null && path.includes(t));
    };
    document.addEventListener('pointerdown', (e) => isInside(e) || latest.current.onClose(false), opts);
    document.addEventListener(
      'keydown',
      (e) => {
        // Focus goes back to the badge only when it was ours; never steal it from the page.
        if (e.key === 'Escape') latest.current.onClose(isInside(e));
      },
      opts,
    );
    // Capture sees scrolls of any element (scroll doesn't bubble); the panel's own scroll is fine.
    window.addEventListener('scroll', (e) => isInside(e) || latest.current.onClose(false), { ...opts, passive: true });
    window.addEventListener('resize', () => latest.current.onClose(false), { signal: ac.signal });
    return () => ac.abort();
  }, []);
}
