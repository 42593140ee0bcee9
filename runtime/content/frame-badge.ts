import type { AuthorVerdict } from '../../utils/messages';
import type { Settings } from '../../utils/settings';
import type { BadgeView } from './badge-slots';
import type { FrameQueue } from './frame-queue';

/** What a frame badge renders with: the badge's mount, and what it shows for a verdict (`P`). */
export interface FrameBadgeDeps<P> {
  queue: FrameQueue;
  /** Renders the badge into the host for the first time. */
  mount(host: HTMLElement, props: P): { update(props: P): void; unmount(): void };
  /** What to show for a verdict (judged at these settings); asked only when the frame renders it. */
  props(result: AuthorVerdict | null, avatarUrl: string | null, settings: Settings): P;
}

/**
 * A badge whose rendering waits for the next animation frame (FrameQueue): the scan writes nothing to the
 * page, and the frame puts the host in (`place`) and mounts the badge with the newest props it has by then.
 * A verdict that arrives before the frame is rendered directly, without a "checking" render first, and of
 * several updates before a frame only the last is judged and rendered.
 */
export function frameBadge<P>(host: HTMLElement, deps: FrameBadgeDeps<P>, settings: Settings, place: () => void): BadgeView {
  let handle: ReturnType<FrameBadgeDeps<P>['mount']> | null = null;
  let next: (() => P) | null = null;
  let queued = false;
  let gone = false;
  const job = (): void => {
    queued = false;
    const props = next;
    next = null;
    if (gone || !props) return;
    if (handle) return handle.update(props());
    // The host goes into the page in the same frame as its badge: one layout for both.
    place();
    if (host.isConnected) handle = deps.mount(host, props());
  };
  const want = (props: () => P): void => {
    next = props;
    if (queued || gone) return;
    queued = true;
    deps.queue.push(job);
  };
  want(() => deps.props(null, null, settings));
  return {
    update: (result, avatarUrl, s) => want(() => deps.props(result, avatarUrl, s)),
    unmount: () => {
      gone = true;
      next = null;
      handle?.unmount();
      handle = null;
    },
  };
}
