/** Where a script's time went in a Chromium CPU profile: its samples by the path of named steps, and its hottest functions. */

/** The parts of a CDP `Profiler.Profile` this reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileSplit {
  /** Sampled time with a frame of the script on the stack (ms). */
  totalMs: number;
  /** Sampled ms by the path of named steps on the stack, root first ("run › ensure › mountBadge"). */
  byPath: Map<string, number>;
  /** Sampled ms by the innermost function (any script, the page's DOM calls included). */
  bySelf: Map<string, number>;
  lines: string[];
}

/** The content script's steps worth naming in a split, in the runner's words. */
const STEPS = new Set(['scan', 'run', 'runFrame', 'job', 'flush', 'safeFind', 'splitOnScreen', 'ensure', 'insertBadgeHost', 'mountBadge', 'mountLight', 'upgrade', 'check', 'prune', 'update', 'reband', 'badgePropsFromResult', 'render']);
const DEPTH = 3;

const add = (m: Map<string, number>, k: string, v: number): void => void m.set(k, (m.get(k) ?? 0) + v);

/** Splits the samples whose stack holds a frame from a URL containing `urlPart`. */
export function contentProfileSplit(profile: CpuProfile, urlPart: string): ProfileSplit {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byPath = new Map<string, number>();
  const bySelf = new Map<string, number>();
  let totalMs = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    // A sample's time is the gap to the next one.
    const ms = (deltas[i + 1] ?? 0) / 1000;
    const stack: { functionName: string; url: string }[] = [];
    for (let id: number | undefined = samples[i]; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)?.callFrame;
      if (frame) stack.push(frame);
    }
    if (!stack.some((f) => f.url.includes(urlPart))) continue;
    totalMs += ms;
    const steps = stack.reverse().filter((f) => f.url.includes(urlPart) && STEPS.has(f.functionName)).map((f) => f.functionName);
    add(byPath, steps.filter((s, j) => s !== steps[j - 1]).slice(0, DEPTH).join(' › ') || '(other)', ms);
    add(bySelf, stack[stack.length - 1]?.functionName || '(anonymous)', ms);
  }
  const top = (m: Map<string, number>, n: number): string[] =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${v.toFixed(0).padStart(6)} ms ${((100 * v) / totalMs).toFixed(0).padStart(3)}%  ${k}`);
  return { totalMs, byPath, bySelf, lines: [`content script sampled: ${totalMs.toFixed(0)} ms`, 'by step:', ...top(byPath, 14), 'by innermost function:', ...top(bySelf, 12)] };
}
