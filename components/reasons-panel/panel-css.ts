// Reasons-panel CSS, injected once into the body-level panel layer's shadow root.

const LIGHT = `
  --sc-bg: #ffffff; --sc-fg: #0f1419; --sc-muted: #536471; --sc-line: #cfd9de; --sc-focus: #1d9bf0;
  --sc-shadow: 0 4px 18px rgba(15,20,25,0.18), 0 0 2px rgba(15,20,25,0.2);`;
const DARK = `
  --sc-bg: #16181c; --sc-fg: #e7e9ea; --sc-muted: #9aa7b2; --sc-line: #38444d; --sc-focus: #8ecdf8;
  --sc-shadow: 0 4px 18px rgba(0,0,0,0.6), 0 0 0 1px rgba(255,255,255,0.12);`;

/** Stylesheet for the panel layer's shadow root. */
export const PANEL_CSS = `
:host { all: initial; }
.panel {${LIGHT}
  position: fixed; z-index: 2147483647; box-sizing: border-box; width: 288px;
  max-width: calc(100vw - 16px); max-height: calc(100vh - 16px); overflow: auto;
  padding: 12px 14px; border: 1px solid var(--sc-line); border-radius: 12px;
  background: var(--sc-bg); color: var(--sc-fg); box-shadow: var(--sc-shadow);
  font: 400 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  text-align: start; overflow-wrap: anywhere;
}
.panel[data-theme="dark"] {${DARK} }
@media (prefers-color-scheme: dark) { .panel:not([data-theme="light"]) {${DARK} } }
.panel:focus { outline: none; }
.panel:focus-visible { outline: 2px solid var(--sc-focus); }
.head { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.title { margin: 0; font-size: 15px; font-weight: 700; display: flex; align-items: center; gap: 6px; }
.chip { display: inline-flex; align-items: center; justify-content: center; min-width: 18px; height: 18px;
  padding: 0 4px; box-sizing: border-box; border-radius: 9px; border: 1px solid var(--sc-line);
  font-size: 12px; font-weight: 700; color: var(--sc-muted); }
.chip[data-state="medium"] { background: #ffc83d; border-color: #9a6b00; color: #1f1600; }
.chip[data-state="high"] { background: #c8102e; border-color: #c8102e; color: #fff; }
.close { all: unset; box-sizing: border-box; width: 26px; height: 26px; border-radius: 13px; text-align: center;
  line-height: 26px; font-size: 18px; color: var(--sc-muted); cursor: pointer; }
.close:hover { background: rgba(128,128,128,0.16); }
.close:focus-visible { outline: 2px solid var(--sc-focus); }
.disclaimer { margin: 4px 0 8px; color: var(--sc-muted); font-size: 12px; }
.reasons { margin: 0 0 10px; padding-inline-start: 18px; }
.reasons li { margin: 2px 0; unicode-bidi: isolate; }
.links { display: flex; flex-wrap: wrap; gap: 2px 8px; margin-top: 2px; font-size: 12px; }
.links a { color: inherit; text-decoration: underline; }
.points { display: inline-block; direction: ltr; unicode-bidi: isolate; margin-inline-start: 6px; color: var(--sc-muted); font-variant-numeric: tabular-nums; white-space: nowrap; }
.empty { margin: 0 0 10px; color: var(--sc-muted); }
.avatar { margin: 0; display: flex; gap: 10px; align-items: flex-start; }
.frame { position: relative; flex: none; width: 128px; height: 128px; border-radius: 6px; overflow: hidden;
  background: rgba(128,128,128,0.2); }
.frame img { display: block; width: 100%; height: 100%; object-fit: fill; }
.noimg { display: flex; align-items: center; justify-content: center; height: 100%; padding: 8px;
  box-sizing: border-box; color: var(--sc-muted); font-size: 12px; text-align: center; }
.reasons .hint { display: block; font-size: 11.5px; color: var(--sc-muted); margin-top: 2px; }
.eye-legend { font-size: 11.5px; color: var(--sc-muted); }
.eye-legend li { display: flex; gap: 4px; align-items: center; margin-bottom: 4px; }
.eye-legend svg { flex: none; }
`;
