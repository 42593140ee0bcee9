// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HOSTILE, sampleData } from '../../utils/export/sample-data';
import type { AccountKey, ClusterEvidence } from '../../signals/types';
import { App } from './app';
import type { DashboardDeps } from './types';

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
    button('Save review').click();
    expect(deps.saveReview).toHaveBeenCalledWith('x:hostile', expect.objectContaining({ status: 'confirmed' }));
  });

  it('draws the clusters as an SVG graph', async () => {
    await show(fakeDeps());
    button('Clusters').click();
    await tick();
    expect(root.querySelectorAll('svg g.node')).toHaveLength(3);
    expect(root.querySelector('line[data-signal=reused-avatar]')).not.toBeNull();
  });
});
