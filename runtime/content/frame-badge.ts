import type { AuthorVerdict } from '../../utils/messages';
import type { Settings } from '../../utils/settings';
import type { BadgeProps } from '../../components/badge/types';
import type { BadgeView } from './badge-slots';
import type { FrameQueue } from './frame-queue';

/** What a frame badge renders with: the badge component's mount, and the props for a verdict. */
export interface FrameBadgeDeps {
  queue: FrameQueue;
  /** Renders the badge into the host for the first time. */
  mount(host: HTMLElement, props: BadgeProps): { update(props: BadgeProps): void; unmount(): void };
  /** The props for a verdict (judged at these settings); asked only when the frame renders them. */
  props(result: AuthorVerdict | null, avatarUrl: string | null, settings: Settings): BadgeProps;
}

/**
 * A badge whose rendering waits for the next animation frame (FrameQueue): the scan writes nothing to the
 * page, and the frame puts the host in (`place`) and mounts the badge with the newest props it has by then.
 * A verdict that arrives before the frame is rendered directly, without a "checking" render first, and of
 * several updates before a frame only the last is judged and rendered.
 */
export function frameBadge(host: HTMLElement, deps: FrameBadgeDeps, settings: Settings, place: () => void): BadgeView {
  let handle: ReturnType<FrameBadgeDeps['mount']> | null = null;
  let next: (() => BadgeProps) | null = null;
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
  const want = (props: () => BadgeProps): void => {
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
