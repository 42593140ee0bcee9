// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HOSTILE, sampleData } from '../../utils/export/testing/sample-data';
import type { AccountKey, ClusterEvidence } from '../../core/evidence';
import { App } from './app';
import type { DashboardDeps } from './types';
import type { ImportProgress } from '../../utils/import/import-tweets';

const tick = () => new Promise((r) => setTimeout(r, 0));
let root: HTMLElement;

function fakeDeps(): DashboardDeps {
  const data = sampleData();
  const link: ClusterEvidence = { signal: 'reused-avatar', score: 1, threshold: 0.5, fired: true, reason: '', count: 1, accounts: ['x:hostile' as AccountKey], truncated: false, day: null, shared: 'ab' };
  data.accounts[0]?.clusters.push(link);
  return {
    load: vi.fn(async () => ({ accounts: data.accounts, posts: data.posts })),
    saveReview: vi.fn(async () => undefined),
    exportZip: vi.fn(async () => undefined),
    exportSettings: vi.fn(async () => undefined),
    importSettings: vi.fn(async () => undefined),
    clearAll: vi.fn(async () => undefined),
    importKnownAccounts: vi.fn(async () => ({ accounts: 2, skipped: 1 })),
    importKnownTweets: vi.fn(async (_file: File, onProgress: (p: ImportProgress) => void) => {
      onProgress({ rows: 10, kept: 2, bytes: 50, totalBytes: 100, skipped: {} });
      return { rows: 20, kept: 4, bytes: 100, totalBytes: 100, skipped: {} };
    }),
  };
}

async function show(deps: DashboardDeps) {
  root = document.createElement('div');
  document.body.append(root);
  render(<App deps={deps} />, root);
  await tick();
  await tick();
}
const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.includes(text)) as HTMLButtonElement;

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('dashboard', () => {
  it('lists flagged accounts and exports a selection or everything', async () => {
    const deps = fakeDeps();
    await show(deps);
    expect([...root.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-account'))).toEqual(['x:gan_face_one']);
    expect(button('Export selection').disabled).toBe(true);
    root.querySelector<HTMLInputElement>('tbody input[type=checkbox]')?.click();
    await tick();
    button('Export selection').click();
    button('Export all').click();
    expect(deps.exportZip).toHaveBeenNthCalledWith(1, ['x:gan_face_one']);
    expect(deps.exportZip).toHaveBeenNthCalledWith(2, undefined);
  });

  it('renders hostile names as text and saves a review', async () => {
    const deps = fakeDeps();
    await show(deps);
    const band = root.querySelector<HTMLSelectElement>('select[name=band]');
    if (band) { band.value = 'all'; band.dispatchEvent(new Event('change')); }
    await tick();
    expect(root.querySelector('img[src=x]')).toBeNull();
    expect(root.textContent).toContain(HOSTILE.slice(0, 30));
    button('@Hostile').click();
    await tick();
    expect(root.querySelector('.account-view')?.textContent).toContain(HOSTILE.slice(0, 30));
    const radio = root.querySelector<HTMLInputElement>('input[value=confirmed]');
    radio?.click();
    radio?.dispatchEvent(new Event('change')); // happy-dom doesn't fire change for a radio click
    await tick();
    // A reviewed account can be kept past the retention period (issue 37, finding 6).
    const keep = root.querySelector<HTMLInputElement>('input[name=keep]');
    expect(keep).not.toBeNull();
    keep?.click();
    keep?.dispatchEvent(new Event('change'));
    await tick();
    button('Save review').click();
    expect(deps.saveReview).toHaveBeenCalledWith('x:hostile', expect.objectContaining({ status: 'confirmed', keep: true }));
  });

  it('draws the clusters as an SVG graph', async () => {
    await show(fakeDeps());
    button('Clusters').click();
    await tick();
    expect(root.querySelectorAll('svg g.node')).toHaveLength(3);
    expect(root.querySelector('line[data-signal=reused-avatar]')).not.toBeNull();
  });

  it('marks platforms in the cluster picture and draws a cross-platform link dashed', async () => {
    const deps = fakeDeps();
    const data = await deps.load();
    const cross: ClusterEvidence = { signal: 'cross-platform', score: 1, threshold: 1, fired: true, reason: 'Same picture as youtube.com/@twin', count: 1, accounts: ['youtube:twin' as AccountKey], truncated: false, day: null, shared: 'ab' };
    data.accounts[0]?.clusters.push(cross);
    await show({ ...deps, load: async () => data });
    button('Clusters').click();
    await tick();
    const yt = root.querySelector('g.node[data-account="youtube:twin"]');
    expect(yt?.getAttribute('data-platform')).toBe('youtube');
    expect(yt?.querySelector('text.platform-mark')?.textContent).toBe('YT');
    expect(root.querySelector('g.node[data-account="x:gan_face_one"] text.platform-mark')?.textContent).toBe('X');
    expect(root.querySelector('line[data-signal=cross-platform]')?.getAttribute('stroke-dasharray')).toBe('4 3');
  });

  it("shows an account's history of names and handles", async () => {
    const deps = fakeDeps();
    const data = await deps.load();
    const a = data.accounts[0]!;
    a.accountId = '42';
    a.history = [
      { field: 'handle', value: 'maria_bakes', firstSeen: Date.UTC(2019, 4, 1), lastSeen: Date.UTC(2019, 4, 1) },
      { field: 'handle', value: 'gan_face_one', firstSeen: Date.UTC(2024, 5, 10), lastSeen: Date.UTC(2024, 5, 10) },
      { field: 'name', value: 'Lily Chen', firstSeen: Date.UTC(2024, 5, 10), lastSeen: Date.UTC(2024, 5, 10) },
    ];
    await show({ ...deps, load: async () => data });
    button('@gan_face_one').click();
    await tick();
    const handles = root.querySelector('.history [data-field=handle]');
    expect(handles?.textContent).toContain('Handles (2: changed)');
    expect([...(handles?.querySelectorAll('dd') ?? [])].map((d) => d.textContent)).toEqual(['@maria_bakes May 1, 2019', '@gan_face_one Jun 10, 2024']);
    expect(root.querySelector('.history')?.textContent).toContain('Platform id 42');
  });

  it('streams a tweets CSV import with a progress bar, then reloads', async () => {
    const deps = fakeDeps();
    let finish: () => void = () => undefined;
    deps.importKnownTweets = vi.fn((_file: File, onProgress: (p: ImportProgress) => void) => {
      onProgress({ rows: 10, kept: 2, bytes: 50, totalBytes: 100, skipped: {} });
      return new Promise<ImportProgress>((ok) => (finish = () => ok({ rows: 20, kept: 4, bytes: 100, totalBytes: 100, skipped: {} })));
    });
    await show(deps);
    const input = [...root.querySelectorAll<HTMLInputElement>('.known-imports input[type=file]')][1]!;
    Object.defineProperty(input, 'files', { value: [new File(['tweetid,tweet_text\n'], 'io_tweets.csv')] });
    input.dispatchEvent(new Event('change'));
    await tick();
    expect(root.querySelector('.import-progress progress')?.getAttribute('value')).toBe('0.5');
    expect(root.querySelector('.import-progress')?.textContent).toContain('50% · 10 rows, 2 kept');
    finish();
    await tick();
    await tick();
    expect(deps.importKnownTweets).toHaveBeenCalledTimes(1);
    expect(root.querySelector('.known-imports .message')?.textContent).toContain('io_tweets.csv: 20 rows read, 4 kept');
    expect(deps.load).toHaveBeenCalledTimes(2);
  });
});
