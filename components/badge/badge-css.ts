// Badge CSS, injected into each badge's shadow root. Colours are custom properties so one
// block per theme switches them; the dark block is used by data-theme="dark" and, when the
// content script gave no theme, by prefers-color-scheme (X's theme can differ from the OS's).

const LIGHT = `
  --sc-muted: #536471; --sc-line: #b9c6cd; --sc-low: #536471; --sc-focus: #1d9bf0;`;
const DARK = `
  --sc-muted: #9aa7b2; --sc-line: #4b5a66; --sc-low: #9aa7b2; --sc-focus: #8ecdf8;`;

/** Stylesheet for the badge's shadow root. */
export const BADGE_CSS = `
:host { all: initial; }
/* The pill's height is taken back by negative block margins: its margin box is 0 px tall, so a badge never
   makes a line or a row taller (X, YouTube and Facebook rows keep their height; e2e/row-heights.spec.ts),
   and it stays centred on the line, in flex rows too. */
:host {
  display: inline-flex; vertical-align: middle; align-items: center; align-self: center;
  height: 16px; margin-block: -8px; margin-inline-start: 4px; line-height: 0; position: static;
}
.badge {${LIGHT}
  box-sizing: border-box; display: inline-flex; align-items: center; justify-content: center; gap: 2px;
  height: 16px; min-width: 16px; margin: 0; padding: 0 4px;
  border: 1px solid var(--sc-line); border-radius: 8px; background: transparent; color: var(--sc-muted);
  font: 700 10px/1 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  letter-spacing: 0; text-transform: none; white-space: nowrap; cursor: pointer; user-select: none;
  -webkit-tap-highlight-color: transparent;
}
.badge[data-theme="dark"] {${DARK} }
@media (prefers-color-scheme: dark) { .badge:not([data-theme="light"]) {${DARK} } }
.badge:focus-visible { outline: 2px solid var(--sc-focus); outline-offset: 1px; }
.badge:hover { filter: brightness(1.08); }
.icon { font-size: 11px; }
.badge[data-state="low"] { color: var(--sc-low); border-style: dotted; }
/* Dimmed, not pulsing: hundreds of badges animating while a long timeline is checked kept the page
   repainting (about 2.4 ms of CPU per avatar on the 500-post benchmark, scripts/bench/extension.ts). */
.badge[data-state="checking"] .icon { opacity: 0.45; }
.badge[data-state="error"] { border-style: dashed; }
/* Filled pills read on white, dim (#15202B) and black alike; the border lifts amber off white. */
.badge[data-state="medium"] { background: #ffc83d; border-color: #9a6b00; color: #1f1600; }
.badge[data-state="high"] { background: #c8102e; border-color: #c8102e; color: #fff; }
`;
