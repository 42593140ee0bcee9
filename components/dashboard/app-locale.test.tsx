// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleData } from '../../utils/export/testing/sample-data';
import { formatDay, messagesLookup, useMessages } from '../../core/i18n/translate';
import { readLocales } from '../../scripts/dev/locales';
import { REPO_ROOT } from '../../utils/testing/source-files';
import { App } from './app';
import type { DashboardDeps } from './types';

const all = readLocales(REPO_ROOT);
let root: HTMLElement;

function deps(): DashboardDeps {
  const data = sampleData();
  const done = vi.fn(async () => undefined);
  return {
    load: vi.fn(async () => ({ accounts: data.accounts, posts: data.posts })),
    saveReview: done, exportZip: done, exportSettings: done, importSettings: done, clearAll: done,
    importKnownAccounts: vi.fn(async () => ({ accounts: 0, skipped: 0 })),
    importKnownTweets: vi.fn(async () => ({ rows: 0, kept: 0, bytes: 0, totalBytes: 0, skipped: {} })),
  };
}

/** The dashboard rendered in a shipped locale's messages. */
async function showIn(folder: string, locale: string): Promise<HTMLElement> {
  useMessages(messagesLookup(all[folder]!), locale);
  root = document.createElement('div');
  document.body.append(root);
  render(<App deps={deps()} />, root);
  // The store's rows arrive asynchronously: wait for the table and its count rather than a fixed number of ticks.
  await vi.waitFor(() => {
    if (!root.querySelector('main .count') || !root.querySelector('main tbody tr')) throw new Error('the dashboard has not shown its rows yet');
  }, { timeout: 5_000, interval: 10 });
  return root.querySelector('main')!;
}

afterEach(() => {
  render(null, root);
  root.remove();
  useMessages(messagesLookup({}), 'en');
});

describe('dashboard in other languages', () => {
  it('reads right to left in Arabic, with Arabic words, bands and dates', async () => {
    const main = await showIn('ar', 'ar');
    expect([main.getAttribute('dir'), main.getAttribute('lang')]).toEqual(['rtl', 'ar']);
    expect(main.querySelector('h1')!.textContent).toBe('لوحة Sockscope');
    expect([...main.querySelectorAll('nav button')].map((b) => b.textContent)).toEqual(['الحسابات', 'المجموعات']);
    const row = main.querySelector('tbody tr[data-account="x:gan_face_one"]')!;
    expect(row.querySelector('.risk small')!.textContent).toBe('متوسطة');
    const firstSeen = row.querySelectorAll('td')[4]!.textContent!;
    expect(firstSeen).toBe(formatDay(new Date(sampleData().accounts[0]!.firstSeen).toISOString().slice(0, 10), 'ar'));
    expect(firstSeen).not.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Nothing English left in the page's own words: headings, buttons, labels.
    expect(main.querySelector('.hint')!.textContent).toBe(all.ar!.dashHint!.message);
    expect(main.querySelector('form.filters')!.getAttribute('aria-label')).toBe('عوامل التصفية');
  });

  it('reads left to right in Chinese, with Chinese words', async () => {
    const main = await showIn('zh_CN', 'zh-CN');
    expect([main.getAttribute('dir'), main.getAttribute('lang')]).toEqual(['ltr', 'zh-CN']);
    expect(main.querySelector('h1')!.textContent).toBe('Sockscope 面板');
    expect(main.querySelector('.count')!.textContent).toBe('显示 1 个账号，共 2 个');
    expect([...main.querySelectorAll('thead th button')].map((b) => b.textContent?.replace(/[ ▲▼]/g, ''))).toEqual(['风险', '账号', '平台', '首次发现', '最近发现', '审核']);
  });
});
