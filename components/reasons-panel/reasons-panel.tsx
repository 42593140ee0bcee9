import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { BadgeProps } from '../badge/types';
import { stateText, statePhrase } from '../badge/labels';
import { displayText } from '../display-text';
import { formatNumber, t, textDirection, uiLocale, type MessageKey } from '../../core/i18n/translate';
import { AvatarFigure } from './avatar-figure';
import { cycleFocus } from './focus-cycle';
import { placePanel, type AnchorRect, type Placement } from './place-panel';
import { useDismiss } from './use-dismiss';

export interface ReasonsPanelProps extends BadgeProps {
  /** The badge's rect in viewport coordinates, taken when the panel opened. */
  anchorRect: AnchorRect;
  /** The page's direction around the badge: decides which edge the panel aligns to. */
  dir: 'ltr' | 'rtl';
  /** Elements whose clicks don't count as "outside" (the badge, its host, the layer host). */
  inside: () => readonly (EventTarget | null)[];
  onClose: (returnFocus: boolean) => void;
}

let nextId = 0;
const EMPTY: Record<BadgeProps['state'], MessageKey> = {
  checking: 'panelEmptyChecking',
  low: 'panelEmptyLow',
  medium: 'panelEmptyMedium',
  high: 'panelEmptyHigh',
  // The title already says why; nothing else is known.
  error: 'panelEmptyError',
  'no-face': 'panelEmptyNoFace',
};

/** Popover with the risk band, a disclaimer, the reasons and the avatar with eye overlay. */
export function ReasonsPanel(props: ReasonsPanelProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [id] = useState(() => `sockscope-panel-${++nextId}`);
  const [pos, setPos] = useState<Placement | null>(null);
  const { state, reasons } = props;
  // The title says what went wrong in the error's own words ("Couldn't check: no avatar image found").
  const phrase = statePhrase({ state, error: props.error });

  useDismiss(() => [ref.current, ...props.inside()], props.onClose);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // The natural height, not the one a previous placement limited.
    const size = { width: el.offsetWidth, height: el.scrollHeight + (el.offsetHeight - el.clientHeight) };
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    setPos(placePanel(props.anchorRect, size, viewport, props.dir));
    // Re-placed when the content (and so the height) changes, e.g. checking → high while open.
  }, [props.anchorRect, props.dir, state, reasons, props.error]);

  // Focus moves in once the panel is placed: until then it is visibility:hidden, which cannot take focus.
  // preventScroll: a scroll would trigger our own close-on-scroll.
  const placed = pos !== null;
  useEffect(() => {
    if (placed) ref.current?.focus({ preventScroll: true });
  }, [placed]);

  return (
    <div
      ref={ref}
      class="panel"
      role="dialog"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
      // The panel reads in the UI language's direction (Arabic and Persian right to left, whatever the page);
      // its placement follows the page's (props.dir). Its CSS uses logical properties, so its layout mirrors.
      dir={textDirection()}
      lang={uiLocale()}
      data-theme={props.theme}
      // Hidden until measured, so it never flashes at 0,0.
      style={pos ? { top: `${pos.top}px`, left: `${pos.left}px`, maxHeight: `${pos.maxHeight}px` } : { top: '0px', left: '0px', visibility: 'hidden' }}
      // Keys and clicks inside the panel are ours: keep X's shortcuts and post-opening handlers out. Tab
      // goes round the panel's controls; Escape (use-dismiss) closes it and gives the focus back to the badge.
      onKeyDown={(e) => {
        e.stopPropagation();
        if (ref.current) cycleFocus(e, ref.current);
      }}
      onClick={(e) => e.stopPropagation()}
    >
      <div class="head">
        <h2 class="title" id={`${id}-title`}>
          <span class="chip" data-state={state} aria-hidden="true">
            {stateText(state).icon}
          </span>
          {phrase.charAt(0).toLocaleUpperCase(uiLocale()) + phrase.slice(1)}
        </h2>
        <button type="button" class="close" aria-label={t('panelClose')} onClick={() => props.onClose(true)}>
          ×
        </button>
      </div>
      <p class="disclaimer">{t('panelDisclaimer')}</p>
      {reasons.length > 0 ? (
        <ul class="reasons">
          {reasons.map((r, i) => (
            <li key={i}>
              <bdi>{displayText(r.text)}</bdi>
              {r.points !== undefined && Number.isFinite(r.points) && (
                <span class="points">{formatNumber(r.points, { signDisplay: 'exceptZero' })}</span>
              )}
              {r.hint && <span class="hint">{displayText(r.hint)}</span>}
              {r.links && r.links.length > 0 && (
                <span class="links">
                  {r.links.filter((l) => /^https:\/\//.test(l.href)).map((l) => (
                    <a key={l.href} href={l.href} target="_blank" rel="noopener noreferrer">
                      <bdi>{displayText(l.label)}</bdi>
                    </a>
                  ))}
                </span>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">{t(EMPTY[state])}</p>
      )}
      <AvatarFigure avatarUrl={props.avatarUrl} eyes={props.eyes} measured={state !== 'error' && state !== 'checking' && props.eyes !== null} />
    </div>
  );
}
