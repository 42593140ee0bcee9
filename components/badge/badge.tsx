import { createPortal } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ReasonsPanel } from '../reasons-panel/reasons-panel';
import type { AnchorRect } from '../reasons-panel/place-panel';
import { badgeAriaLabel, badgeTitle, stateText } from './labels';
import { t, textDirection } from '../../core/i18n/translate';
import { claimPanel, panelLayer, releasePanel } from './panel-layer';
import type { BadgeProps } from './types';

export interface BadgeInternalProps extends BadgeProps {
  /** The element the shadow root hangs on (for direction and "inside" checks). */
  host: HTMLElement;
  mode: ShadowRootMode;
}

// Keys X binds on a focused post (Enter opens it, Space scrolls): ours while the badge has focus.
const OWN_KEYS = new Set(['Enter', ' ', 'Escape']);

/** The small risk button next to an author; opens the reasons panel. */
export function Badge(props: BadgeInternalProps) {
  const button = useRef<HTMLButtonElement>(null);
  const [anchor, setAnchor] = useState<AnchorRect | null>(null);
  const open = anchor !== null;
  const { icon, word } = stateText(props.state);
  const label = badgeAriaLabel(props);

  // `quiet` is this badge's stable identity in the one-panel-at-a-time registry.
  const closeRef = useRef<(returnFocus: boolean) => void>(() => undefined);
  const quiet = useRef(() => closeRef.current(false)).current;
  const close = (returnFocus: boolean) => {
    releasePanel(quiet);
    setAnchor(null);
    if (returnFocus) button.current?.focus({ preventScroll: true });
  };
  closeRef.current = close;
  useEffect(() => () => releasePanel(quiet), [quiet]);

  const onClick = (e: MouseEvent) => {
    // The badge often sits inside X's post link / clickable article: don't let them navigate.
    e.preventDefault();
    e.stopPropagation();
    if (open) return close(false);
    const r = button.current?.getBoundingClientRect();
    if (!r) return;
    claimPanel(quiet);
    setAnchor({ top: r.top, bottom: r.bottom, left: r.left, right: r.right });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (OWN_KEYS.has(e.key)) e.stopPropagation();
  };

  const dir = open && getComputedStyle(props.host).direction === 'rtl' ? 'rtl' : 'ltr';
  const layer = open ? panelLayer(props.host.ownerDocument, props.mode) : null;

  return (
    <>
      <button
        ref={button}
        type="button"
        class="badge"
        // The UI language's direction, whatever the page's: "? med" in English, "؟ متوسط" in Arabic (the host's
        // margin still follows the page).
        dir={textDirection()}
        data-state={props.state}
        data-theme={props.theme}
        // The visible word comes first in the name ("med, Sockscope: medium risk …"): what a sighted
        // speech-input user reads on the badge is what they say to press it (WCAG 2.5.3).
        aria-label={word ? t('badgeNameWithWord', word, label) : label}
        aria-expanded={open}
        aria-haspopup="dialog"
        title={badgeTitle(props)}
        onClick={onClick}
        onKeyDown={onKeyDown}
      >
        <span class="icon" aria-hidden="true">
          {icon}
        </span>
        {word && <span aria-hidden="true">{word}</span>}
      </button>
      {anchor &&
        layer &&
        createPortal(
          <ReasonsPanel
            {...props}
            anchorRect={anchor}
            dir={dir}
            inside={() => [button.current, props.host, layer.host]}
            onClose={close}
          />,
          layer.container,
        )}
    </>
  );
}
