/**
 * How avatars travel in batches, at the two hops where they are grouped: page → background
 * (runtime/content/verdict-client.ts) and background → analyser (runtime/background/analyze-service.ts).
 * Both send a small first batch so the first badges come sooner, then full ones, and keep two batches
 * under way: the receiver works on one while the next travels. They differ where the hops differ.
 */
export interface BatchPolicy {
  /** Items in a full batch. */
  batch: number;
  /** Items in a first batch: a page's first request, or a request to an idle analyser. */
  firstBatch: number;
  /** Batches under way at once. */
  inFlight: number;
  /** How long the first item waits for others to join its batch (ms). */
  windowMs: number;
}

/**
 * Page → background. Large batches: each request's sightings are recorded in one transaction and its
 * account assessments share their store reads, so fewer, fuller requests cost the background less (the
 * protocol allows up to LIMITS.batch, 64). A 40 ms window gathers what one scroll's mutation bursts find.
 */
export const PAGE_BATCHING: BatchPolicy = { batch: 32, firstBatch: 4, inFlight: 2, windowMs: 40 };

/**
 * Background → analyser. Smaller batches: the analyser answers a batch only when its slowest image is
 * done, so one slow image holds back at most 15 others. The window is short because what arrives here is
 * already batched by the pages; it only merges requests that come together (several tabs, two in flight).
 */
export const ANALYSER_BATCHING: BatchPolicy = { batch: 16, firstBatch: 4, inFlight: 2, windowMs: 15 };
