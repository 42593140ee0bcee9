import * as v from 'valibot';

/**
 * content → background, once per page of a supported site, as the page starts loading: have the analyser
 * (Chrome's offscreen document and its inference worker; Firefox's background page's worker) start loading
 * the models now, about a second before the page's first avatars are read. Carries nothing and is answered
 * with nothing; asking again while the analyser runs changes nothing.
 */
export const WarmAnalyserSchema = v.object({
  target: v.literal('background'),
  type: v.literal('warm-analyser'),
});
export type WarmAnalyser = v.InferOutput<typeof WarmAnalyserSchema>;

/** background → offscreen: start the inference worker if it ended while idle (no answer). */
export const OffscreenWarmSchema = v.object({
  target: v.literal('offscreen'),
  type: v.literal('offscreen-warm'),
});
export type OffscreenWarm = v.InferOutput<typeof OffscreenWarmSchema>;
