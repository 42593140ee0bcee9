import { describe, expect, it } from 'vitest';
import { parseHtml } from '../utils/dom/parse-html';
import { behindOverlay, hiddenFromReader, hiderOf } from './on-screen';

describe('on screen', () => {
  const doc = parseHtml(`<main><a id="shown">a</a><div hidden><a id="h">b</a></div><div aria-hidden="true"><a id="ah">c</a></div>
    <div inert><a id="in">d</a></div><div aria-hidden="false"><a id="af">e</a></div></main><div role="dialog"><a id="dlg">f</a></div>`);
  const el = (id: string) => doc.getElementById(id)!;
  it('reads hidden, aria-hidden and inert on the element or an ancestor', () => {
    expect(['shown', 'h', 'ah', 'in', 'af'].map((id) => hiddenFromReader(el(id)))).toEqual([false, true, true, true, false]);
    // What hides each: the marked ancestor, whose change alone can show it again.
    expect(['shown', 'h', 'ah', 'in', 'af'].map((id) => hiderOf(el(id))?.outerHTML.slice(0, 8) ?? null)).toEqual([null, '<div hid', '<div ari', '<div ine', null]);
  });
  it('puts everything outside an open overlay behind it, and nothing when none is open', () => {
    const dialog = doc.querySelector('[role="dialog"]')!;
    expect(behindOverlay(el('shown'), [dialog])).toBe(true);
    expect(behindOverlay(el('dlg'), [dialog])).toBe(false);
    expect(behindOverlay(el('shown'), [])).toBe(false);
  });
});
