import * as v from 'valibot';

/** popup → background: counts for one tab. */
export const TabCountsRequestSchema = v.object({
  target: v.literal('background'),
  type: v.literal('tab-counts'),
  tabId: v.pipe(v.number(), v.integer()),
});
export type TabCountsRequest = v.InferOutput<typeof TabCountsRequestSchema>;

/** background → popup: the tab's checked avatars by outcome. */
export const TabCountsSchema = v.object({
  checked: v.number(),
  low: v.number(),
  medium: v.number(),
  high: v.number(),
  noFace: v.number(),
  error: v.number(),
});
export type TabCounts = v.InferOutput<typeof TabCountsSchema>;
