/**
 * User-timing marks on the way to the first badge (the service worker, the offscreen document, its
 * inference worker), which `scripts/bench/cold-start.ts` reads from a browser trace. Bench and test builds
 * only: the shipped build drops the call.
 */
export function startupMark(name: string): void {
  if (import.meta.env.TEST_HOOKS) performance.mark?.(`sockscope:startup:${name}`);
}
