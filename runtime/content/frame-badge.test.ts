// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { BadgeProps } from '../../components/badge/types';
import type { AuthorVerdict } from '../../utils/messages';
import { defaultSettings } from '../../utils/settings';
import { frameBadge } from './frame-badge';
import type { FrameQueue } from './frame-queue';

/** A queue that holds its jobs until `frame()` runs them all. */
function heldQueue() {
  let jobs: (() => void)[] = [];
  const queue = { push: (job: () => void) => void jobs.push(job) } as unknown as FrameQueue;
  return {
    queue,
    frame: () => {
      const due = jobs;
      jobs = [];
      due.forEach((j) => j());
    },
    waiting: () => jobs.length,
  };
}

const verdict = (error: string): AuthorVerdict => ({ verdict: { status: 'error', error }, account: null });

function setup() {
  const q = heldQueue();
  const handle = { update: vi.fn(), unmount: vi.fn() };
  const mount = vi.fn((_host: HTMLElement, _props: BadgeProps) => handle);
  const props = vi.fn((result: AuthorVerdict | null): BadgeProps => ({ state: result ? 'error' : 'checking', reasons: [], avatarUrl: null, eyes: null, ...(result?.verdict.status === 'error' ? { error: result.verdict.error } : {}) }));
  const host = document.createElement('sockscope-badge');
  const anchor = document.body.appendChild(document.createElement('b'));
  const place = vi.fn(() => anchor.after(host));
  const view = frameBadge(host, { queue: q.queue, mount, props }, defaultSettings(), place);
  return { q, handle, mount, props, host, view, place };
}

describe('frameBadge', () => {
  it('puts the host in the page and mounts the "checking" badge in the next frame, not at once', () => {
    const { q, mount, host, place } = setup();
    expect(mount).not.toHaveBeenCalled();
    expect(place).not.toHaveBeenCalled();
    q.frame();
    expect(place).toHaveBeenCalledOnce();
    expect(host.isConnected).toBe(true);
    expect(mount).toHaveBeenCalledWith(host, expect.objectContaining({ state: 'checking' }));
  });

  it('mounts nothing when its host could not be placed (the author left the page)', () => {
    const { q, mount, place } = setup();
    place.mockImplementation(() => undefined);
    q.frame();
    expect(mount).not.toHaveBeenCalled();
  });

  it('mounts straight with a verdict that arrives before the frame, judging only the last of several', () => {
    const { q, mount, props, view, handle } = setup();
    view.update(verdict('first'), null, defaultSettings());
    view.update(verdict('second'), null, defaultSettings());
    expect(q.waiting()).toBe(1);
    q.frame();
    expect(props).toHaveBeenCalledOnce();
    expect(mount).toHaveBeenCalledOnce();
    expect(mount.mock.calls[0]?.[1]).toMatchObject({ state: 'error', error: 'second' });
    expect(handle.update).not.toHaveBeenCalled();
  });

  it('renders a later verdict as an update of the mounted badge, in a frame', () => {
    const { q, view, handle } = setup();
    q.frame();
    view.update(verdict('late'), null, defaultSettings());
    expect(handle.update).not.toHaveBeenCalled();
    q.frame();
    expect(handle.update).toHaveBeenCalledWith(expect.objectContaining({ error: 'late' }));
  });

  it('renders nothing once unmounted, and unmounts a mounted badge', () => {
    const { q, view, mount, handle } = setup();
    view.unmount();
    q.frame();
    expect(mount).not.toHaveBeenCalled();
    const second = setup();
    second.q.frame();
    second.view.update(verdict('x'), null, defaultSettings());
    second.view.unmount();
    second.q.frame();
    expect(second.handle.unmount).toHaveBeenCalledOnce();
    expect(second.handle.update).not.toHaveBeenCalled();
    expect(handle.unmount).not.toHaveBeenCalled();
  });
});
