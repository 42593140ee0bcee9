import { render } from 'preact';
import { Badge } from './badge';
import { BADGE_CSS } from './badge-css';
import type { BadgeProps } from './types';
import { SHADOW_MODE } from './shadow-mode';

export interface MountOptions {
  /** Shadow root mode when one has to be created (default: closed when shipped, open in test builds). */
  mode?: ShadowRootMode;
}

export interface BadgeHandle {
  /** Re-render with new props (e.g. checking → high); an open panel updates in place. */
  update(props: BadgeProps): void;
  /** Remove the badge (and its panel, if open). The shadow root stays, empty, for a later mount. */
  unmount(): void;
  readonly shadowRoot: ShadowRoot;
}

// Closed roots are invisible through host.shadowRoot, so remember the ones we made.
const roots = new WeakMap<HTMLElement, ShadowRoot>();
const sheets = new WeakMap<Document, CSSStyleSheet | null>();

/**
 * One constructed stylesheet per document, adopted by every badge. With a <style> in each of 500 shadow
 * roots, removing those posts (X recycles cells while scrolling) took about 40% longer than with one
 * shared sheet, and that removal runs inside the page's own task.
 */
function sharedSheet(doc: Document): CSSStyleSheet | null {
  if (sheets.has(doc)) return sheets.get(doc) ?? null;
  let sheet: CSSStyleSheet | null = null;
  // Firefox content scripts run in a sandbox whose constructed sheets a page's shadow root may not adopt.
  const Ctor = import.meta.env.FIREFOX ? undefined : doc.defaultView?.CSSStyleSheet;
  try {
    if (Ctor && 'replaceSync' in Ctor.prototype) {
      sheet = new Ctor();
      sheet.replaceSync(BADGE_CSS);
    }
  } catch {
    sheet = null;
  }
  sheets.set(doc, sheet);
  return sheet;
}

/** Gives a badge root its CSS once: the shared sheet where the browser allows it, else a <style>. */
function applyBadgeCss(root: ShadowRoot, doc: Document): void {
  const sheet = sharedSheet(doc);
  if (sheet && 'adoptedStyleSheets' in root) {
    if (root.adoptedStyleSheets.includes(sheet)) return;
    try {
      root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
      return;
    } catch {
      // NotAllowedError (a sheet from another document): fall through to a <style>.
    }
  }
  if (root.querySelector('style[data-sockscope]')) return;
  const style = doc.createElement('style');
  style.setAttribute('data-sockscope', '');
  style.textContent = BADGE_CSS;
  root.prepend(style);
}

/** Render a badge into `host`'s shadow root (attached if missing, with the badge CSS applied). */
export function mountBadge(host: HTMLElement, props: BadgeProps, options: MountOptions = {}): BadgeHandle {
  const mode = options.mode ?? SHADOW_MODE;
  let root = roots.get(host) ?? host.shadowRoot;
  if (!root) {
    root = host.attachShadow({ mode });
    roots.set(host, root);
  }
  const doc = host.ownerDocument;
  applyBadgeCss(root, doc);
  let container = root.querySelector<HTMLElement>('[data-sockscope-badge]');
  if (!container) {
    container = doc.createElement('span');
    container.setAttribute('data-sockscope-badge', '');
    // display:contents keeps the button itself as the host's only layout box.
    container.style.display = 'contents';
    root.append(container);
  }
  const target = container;
  const draw = (p: BadgeProps) => render(<Badge {...p} host={host} mode={mode} />, target);
  draw(props);
  return {
    update: draw,
    unmount: () => {
      render(null, target);
      target.remove();
    },
    shadowRoot: root,
  };
}
