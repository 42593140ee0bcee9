/**
 * The one typed protocol for every message between contexts, a file per channel. Every listener parses
 * incoming messages with these schemas and ignores what doesn't match (wrong target, other extensions,
 * page noise). Channels:
 * - analyze.ts: content → background (and offscreen → background, the same response);
 * - tab-counts.ts: popup → background;
 * - user-scrolling.ts: content → the analyser;
 * - offscreen.ts: background → offscreen document;
 * - per-avatar.ts: the per-avatar answers pushed ahead of a request's whole answer (offscreen → background,
 *   background → content);
 * - inference.ts: offscreen document ↔ its inference worker.
 * The payloads they share live in core/ (core/sighting-schema.ts a sighting, core/verdict.ts an image verdict)
 * and evidence-view.ts (an account's evidence).
 */
export * from './analyze';
export * from './background';
export * from './inference';
export * from './offscreen';
export * from './per-avatar';
export { parseResponse } from './parse';
export * from './evidence-view';
export * from './tab-counts';
export * from './user-scrolling';
