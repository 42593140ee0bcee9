/**
 * The one typed protocol for every message between contexts, a file per channel. Every listener parses
 * incoming messages with these schemas and ignores what doesn't match (wrong target, other extensions,
 * page noise). Channels:
 * - analyze.ts: content → background (and offscreen → background, the same response);
 * - tab-counts.ts: popup → background;
 * - user-scrolling.ts: content → the analyser;
 * - offscreen.ts: background → offscreen document;
 * - inference.ts: offscreen document ↔ its inference worker.
 * The payloads they share: occurrence.ts (a sighting), verdict.ts (an image verdict), risk-view.ts.
 */
export * from './analyze';
export * from './background';
export { LIMITS } from './fields';
export * from './inference';
export * from './occurrence';
export * from './offscreen';
export { parseResponse } from './parse';
export * from './risk-view';
export * from './tab-counts';
export * from './user-scrolling';
export * from './verdict';
