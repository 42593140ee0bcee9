/**
 * True in the page when every badge on screen has its result. A string, for page.evaluate and
 * waitForFunction: tsx would wrap a function in a helper the page lacks.
 */
export const ON_SCREEN_SETTLED = `(() => {
  const shown = [...document.querySelectorAll('sockscope-badge')].filter((h) => { const r = h.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; });
  return shown.length > 0 && shown.every((h) => { const s = h.shadowRoot?.querySelector('button')?.getAttribute('data-state'); return s && s !== 'checking'; });
})()`;
