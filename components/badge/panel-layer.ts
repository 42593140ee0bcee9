import { PANEL_CSS } from '../reasons-panel/panel-css';

// Panels live in one body-level layer, not next to the badge: X's timeline cells use CSS
// transforms, and position:fixed inside a transformed ancestor is relative to that ancestor.

const LAYER_TAG = 'sockscope-layer';

export interface PanelLayer {
  host: HTMLElement;
  container: HTMLElement;
}

const layers = new WeakMap<Document, PanelLayer>();
let closeCurrent: (() => void) | null = null;

/** The document's panel layer, created (or re-attached, if the page removed it) on demand. */
export function panelLayer(doc: Document, mode: ShadowRootMode): PanelLayer {
  let layer = layers.get(doc);
  if (!layer) {
    const host = doc.createElement(LAYER_TAG);
    // Inline so page CSS can't move it; 0×0 so it never covers (or steals clicks from) the page.
    host.style.cssText = 'all:initial;position:fixed;top:0;left:0;width:0;height:0;z-index:2147483647;';
    const root = host.attachShadow({ mode });
    const style = doc.createElement('style');
    style.textContent = PANEL_CSS;
    const container = doc.createElement('div');
    root.append(style, container);
    layer = { host, container };
    layers.set(doc, layer);
  }
  if (!layer.host.isConnected) (doc.body ?? doc.documentElement).append(layer.host);
  return layer;
}

/** Register the panel that is now open, closing any other one (one panel at a time). */
export function claimPanel(close: () => void): void {
  const previous = closeCurrent;
  closeCurrent = close;
  if (previous && previous !== close) previous();
}

/** Forget `close` if it is the registered one (its panel closed). */
export function releasePanel(close: () => void): void {
  if (closeCurrent === close) closeCurrent = null;
}
