import { BADGE_CSS } from './badge-css';
import { createBadgeButton } from './badge-button';
import { openBadgePanel, type OpenPanel } from './badge-panel';
import { claimPanel, releasePanel } from './panel-layer';
import type { BadgeContent, BadgeProps } from './types';
import { SHADOW_MODE } from './shadow-mode';

// Keys X binds on a focused post (Enter opens it, Space scrolls): ours while the badge has focus.
const OWN_KEYS = new Set(['Enter', ' ', 'Escape']);

export interface MountOptions {
  /** Shadow root mode when one has to be created (default: closed when shipped, open in test builds). */
  mode?: ShadowRootMode;
}

export interface BadgeHandle {
  /** Show new props (e.g. checking → high); an open panel updates in place. */
  update(props: BadgeProps | BadgeContent): void;
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
function applyBadgeCss(root: ShadowRoot, doc: Document, fresh: boolean): void {
  const sheet = sharedSheet(doc);
  if (sheet && 'adoptedStyleSheets' in root) {
    if (!fresh && root.adoptedStyleSheets.includes(sheet)) return;
    try {
      root.adoptedStyleSheets = fresh ? [sheet] : [sheet, ...root.adoptedStyleSheets];
      return;
    } catch {
      // NotAllowedError (a sheet from another document): fall through to a <style>.
    }
  }
  if (!fresh && root.querySelector('style[data-sockscope]')) return;
  const style = doc.createElement('style');
  style.setAttribute('data-sockscope', '');
  style.textContent = BADGE_CSS;
  root.prepend(style);
}

/** Full props, or a face with its panel's props asked for only when the panel opens. */
function asContent(p: BadgeProps | BadgeContent): BadgeContent {
  return 'face' in p ? p : { face: p, details: () => p };
}

/**
 * Render a badge into `host`'s shadow root (attached if missing, with the badge CSS applied): a plain button
 * showing the face, and the reasons panel's component tree only while the user has it open.
 */
export function mountBadge(host: HTMLElement, content: BadgeProps | BadgeContent, options: MountOptions = {}): BadgeHandle {
  const mode = options.mode ?? SHADOW_MODE;
  let root = roots.get(host) ?? host.shadowRoot;
  const fresh = !root;
  if (!root) {
    root = host.attachShadow({ mode });
    roots.set(host, root);
  }
  const doc = host.ownerDocument;
  applyBadgeCss(root, doc, fresh);
  // A root made just now is empty: nothing to look for in it.
  let container = fresh ? null : root.querySelector<HTMLElement>('[data-sockscope-badge]');
  if (!container) {
    container = doc.createElement('span');
    container.setAttribute('data-sockscope-badge', '');
    // display:contents keeps the button itself as the host's only layout box.
    container.style.display = 'contents';
    root.append(container);
  }
  const target = container;
  let current = asContent(content);
  const badge = createBadgeButton(doc, current.face);
  const { button } = badge;
  target.replaceChildren(button);
  let panel: OpenPanel | null = null;
  const shut = (): void => {
    releasePanel(quiet);
    panel?.close();
    panel = null;
    badge.setExpanded(false);
  };
  const close = (returnFocus: boolean): void => {
    shut();
    if (returnFocus) button.focus({ preventScroll: true });
  };
  // This badge's stable identity in the one-panel-at-a-time registry.
  const quiet = (): void => close(false);
  button.addEventListener('click', (e) => {
    // The badge often sits inside X's post link / clickable article: don't let them navigate.
    e.preventDefault();
    e.stopPropagation();
    if (panel) return close(false);
    claimPanel(quiet);
    panel = openBadgePanel(button, host, mode, current.details(), close);
    badge.setExpanded(true);
  });
  button.addEventListener('keydown', (e) => {
    if (OWN_KEYS.has(e.key)) e.stopPropagation();
  });
  return {
    update: (next) => {
      current = asContent(next);
      badge.paint(current.face);
      panel?.update(current.details());
    },
    unmount: () => {
      shut();
      target.remove();
    },
    shadowRoot: root,
  };
}
