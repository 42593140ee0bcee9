import { render } from 'preact';
import { ReasonsPanel } from '../reasons-panel/reasons-panel';
import { panelLayer } from './panel-layer';
import type { BadgeProps } from './types';

/** A badge's open reasons panel. */
export interface OpenPanel {
  /** Show new props in place (checking → high while open, a settings change). */
  update(props: BadgeProps): void;
  /** Remove the panel and its component tree. */
  close(): void;
}

/**
 * Opens the reasons panel of the badge `button` (in `host`) in the document's panel layer. The panel's
 * component tree exists only while it is open: the badges themselves are plain DOM (badge-button.ts).
 */
export function openBadgePanel(button: HTMLElement, host: HTMLElement, mode: ShadowRootMode, props: BadgeProps, onClose: (returnFocus: boolean) => void): OpenPanel {
  const r = button.getBoundingClientRect();
  // Taken once, when the panel opens: the panel closes on scroll and resize, so it stays true.
  const anchorRect = { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  const dir = getComputedStyle(host).direction === 'rtl' ? 'rtl' : 'ltr';
  const doc = host.ownerDocument;
  const layer = panelLayer(doc, mode);
  const target = doc.createElement('div');
  target.style.display = 'contents';
  layer.container.append(target);
  const inside = () => [button, host, layer.host];
  const draw = (p: BadgeProps) => render(<ReasonsPanel {...p} anchorRect={anchorRect} dir={dir} inside={inside} onClose={onClose} />, target);
  draw(props);
  return {
    update: draw,
    close: () => {
      render(null, target);
      target.remove();
    },
  };
}
