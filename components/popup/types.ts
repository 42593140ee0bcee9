// TabCounts is owned by the message protocol (the background sends it); re-exported so the popup
// components don't reach into utils/messages for their props.
export type { TabCounts } from '../../utils/messages';
import type { TabCounts } from '../../utils/messages';

/** Counts for the active tab; null where Sockscope doesn't run (not X/Facebook/YouTube). */
export type GetTabCounts = () => Promise<TabCounts | null>;
