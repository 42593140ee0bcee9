// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cycleFocus } from './focus-cycle';

describe('cycleFocus', () => {
  const setup = () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const panel = document.createElement('div');
    panel.tabIndex = -1;
    panel.innerHTML = '<button class="close">×</button><p>text</p><a href="https://example.org/a">a</a><a href="https://example.org/b">b</a>';
    root.append(panel);
    return { root, panel, first: panel.querySelector('button')!, last: panel.querySelectorAll('a')[1]! };
  };
  const tab = (panel: HTMLElement, shiftKey = false) => {
    const e = new KeyboardEvent('keydown', { key: 'Tab', shiftKey, cancelable: true });
    return { moved: cycleFocus(e, panel), prevented: e.defaultPrevented };
  };

  it('goes from the last control back to the first, and Shift+Tab the other way', () => {
    const { root, panel, first, last } = setup();
    last.focus();
    expect(tab(panel)).toEqual({ moved: true, prevented: true });
    expect(root.activeElement).toBe(first);
    expect(tab(panel, true)).toEqual({ moved: true, prevented: true });
    expect(root.activeElement).toBe(last);
  });

  it('enters at either end from the panel itself, and leaves the middle to the browser', () => {
    const { root, panel, first } = setup();
    panel.focus();
    expect(tab(panel).moved).toBe(true);
    expect(root.activeElement).toBe(first);
    (panel.querySelector('a') as HTMLElement).focus();
    expect(tab(panel)).toEqual({ moved: false, prevented: false });
  });
});
