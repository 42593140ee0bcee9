// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SENSITIVITY, defaultSettings, loadSettings, saveSettings } from '../../utils/settings';
import { App } from './app';
import { sensitivityLabel } from './sensitivity-slider';
import type { TabCounts } from './types';

const tick = () => new Promise((r) => setTimeout(r, 0));
const counts: TabCounts = { checked: 12, low: 8, medium: 2, high: 1, noFace: 0, error: 1 };
let root: HTMLElement;

async function show(getTabCounts = () => Promise.resolve<TabCounts | null>(counts)) {
  root = document.createElement('div');
  document.body.append(root);
  render(<App getTabCounts={getTabCounts} />, root);
  // Settings load asynchronously; on a loaded machine two ticks were sometimes not enough (CI saw it).
  await vi.waitFor(() => expect(root.querySelector('#sensitivity')).not.toBeNull());
  await tick();
}

const checkbox = (text: string) =>
  [...root.querySelectorAll('label')].find((l) => l.textContent?.includes(text))!.querySelector('input')!;

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('popup', () => {
  it('shows this tab’s counts and the footer', async () => {
    await show();
    expect(root.querySelector('.counts')!.textContent).toBe(
      "This tab: 12 authors checked, 2 medium, 1 high, 1 couldn't check",
    );
    expect(root.textContent).toContain('Nothing leaves your browser.');
  });

  it('says so on pages Sockscope does not run on, and when counts fail', async () => {
    await show(() => Promise.resolve(null));
    expect(root.textContent).toContain("Sockscope doesn't run on this page.");
    render(null, root);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await show(() => Promise.reject(new Error('no receiver')));
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
    expect(root.textContent).toContain("counts aren't available");
  });

  it('site checkboxes persist', async () => {
    await show();
    const x = checkbox('X (Twitter)');
    expect(x.checked).toBe(true);
    x.click();
    await vi.waitFor(async () => expect((await loadSettings()).sites.x).toBe(false));
  });

  it('sets how long evidence is kept: 90 days by default (issue 37, finding 6)', async () => {
    await show();
    const select = root.querySelector<HTMLSelectElement>('select[name=retention]')!;
    expect(select.value).toBe('90');
    select.value = '30';
    select.dispatchEvent(new Event('change'));
    await vi.waitFor(async () => expect((await loadSettings()).retentionDays).toBe(30));
  });

  it('every signal can be toggled and persists', async () => {
    await show();
    expect(checkbox('Reused photo').disabled).toBe(false);
    checkbox('Copied text').click();
    await vi.waitFor(async () => expect((await loadSettings()).signals.copiedText).toBe(false));
    checkbox('Eye position').click();
    await vi.waitFor(async () => expect((await loadSettings()).signals.eyeGeometry).toBe(false));
  });

  it('has a switch for reposting together, on by default and saved on its own', async () => {
    await show();
    const box = checkbox('Reposting together');
    expect(box.checked).toBe(true);
    box.click();
    await vi.waitFor(async () => expect((await loadSettings()).signals.coRepost).toBe(false));
    expect((await loadSettings()).signals.copiedText).toBe(true);
  });

  it('has a switch for each of the four account signals, each saved on its own', async () => {
    await show();
    const keys = { 'Repurposed account': 'repurposed', 'Non-photo avatar': 'nonPhotoAvatar', 'Cross-platform links': 'crossPlatform', 'Known network content': 'knownContent' } as const;
    for (const [label, key] of Object.entries(keys)) {
      const box = checkbox(label);
      expect(box.checked, label).toBe(true);
      box.click();
      await vi.waitFor(async () => expect((await loadSettings()).signals[key]).toBe(false));
    }
    expect((await loadSettings()).signals.copiedText).toBe(true);
  });

  it('slider: right means more flags, saved as a lower threshold', async () => {
    await show();
    const slider = root.querySelector<HTMLInputElement>('#sensitivity')!;
    const pos = Math.round((1 - DEFAULT_SENSITIVITY) * 100);
    expect(slider.value).toBe(String(pos)); // the release's default threshold
    expect(slider.getAttribute('aria-valuetext')).toMatch(/^Balanced/);
    slider.value = String(pos + 5);
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    slider.dispatchEvent(new Event('change', { bubbles: true }));
    const lower = Math.round((DEFAULT_SENSITIVITY - 0.05) * 100) / 100;
    await vi.waitFor(async () => expect((await loadSettings()).sensitivity).toBe(lower));
    expect(root.textContent).toContain(`texture check reaches ${Math.round(lower * 100)}%`);
  });

  it('follows changes made elsewhere (live)', async () => {
    await show();
    await saveSettings({ ...defaultSettings(), sites: { x: true, facebook: false, youtube: true } });
    await vi.waitFor(() => expect(checkbox('Facebook').checked).toBe(false));
  });

  it('labels every threshold in plain language', () => {
    expect(sensitivityLabel(DEFAULT_SENSITIVITY + 0.15)).toMatch(/^Cautious/);
    expect(sensitivityLabel(DEFAULT_SENSITIVITY)).toMatch(/^Balanced/);
    expect(sensitivityLabel(DEFAULT_SENSITIVITY - 0.2)).toMatch(/^Eager/);
    expect(sensitivityLabel(DEFAULT_SENSITIVITY - 0.4)).toMatch(/^Very eager/);
  });
});
