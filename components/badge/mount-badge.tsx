import { render } from 'preact';
import { Badge } from './badge';
import { BADGE_CSS } from './badge-css';
import type { BadgeProps } from './types';

export interface MountOptions {
  /** Shadow root mode when one has to be created (default 'open', so e2e tests can reach inside). */
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

/** Render a badge into `host`'s shadow root (attached if missing, with the style reset injected). */
export function mountBadge(host: HTMLElement, props: BadgeProps, options: MountOptions = {}): BadgeHandle {
  const mode = options.mode ?? 'open';
  let root = roots.get(host) ?? host.shadowRoot;
  if (!root) {
    root = host.attachShadow({ mode });
    roots.set(host, root);
  }
  const doc = host.ownerDocument;
  if (!root.querySelector('style[data-sockscope]')) {
    const style = doc.createElement('style');
    style.setAttribute('data-sockscope', '');
    style.textContent = BADGE_CSS;
    root.prepend(style);
  }
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
