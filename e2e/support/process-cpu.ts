/**
 * Where the CPU goes while the extension works: CPU seconds per Chromium process role, and per thread of
 * the extension process (offscreen document on its main thread, service worker on its own), from
 * Linux's /proc. On a 2-core machine every process competes for the same cores, so this explains
 * throughput better than any one context's timings. Empty where /proc is missing.
 */
import { readdirSync, readFileSync } from 'node:fs';

type Snapshot = Map<number, { role: string; threads: Map<string, number> }>;

const TICKS_PER_S = 100;

function role(cmdline: string): string | null {
  if (!/chrom(e|ium)/.test(cmdline)) return null;
  if (cmdline.includes('--extension-process')) return 'extension';
  const type = /--type=(\S+)/.exec(cmdline)?.[1];
  if (!type) return 'browser';
  if (type === 'renderer') return 'page renderers';
  if (type === 'utility') return cmdline.includes('NetworkService') ? 'network service' : 'other utilities';
  return type;
}

/** CPU seconds by thread name (digits dropped, so a pool counts as one) of one process. */
function threads(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replace(/\d+$/, '');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(name, (out.get(name) ?? 0) + (Number(f[11]) + Number(f[12])) / TICKS_PER_S);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return out;
}

/** CPU seconds so far of every Chromium process, by thread. */
export function cpuSnapshot(): Snapshot {
  const snap: Snapshot = new Map();
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return snap;
  }
  for (const p of pids) {
    try {
      const r = role(readFileSync(`/proc/${p}/cmdline`, 'utf8').replace(/\0/g, ' '));
      if (r) snap.set(Number(p), { role: r, threads: threads(Number(p)) });
    } catch {
      // Gone, or not ours to read.
    }
  }
  return snap;
}

const sum = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);

/** CPU ms per item between two snapshots, by role, with the extension process split by thread. */
export function cpuPerItem(before: Snapshot, after: Snapshot, items: number, harnessCpuS: number): string[] {
  const byRole = new Map<string, number>();
  const ext = new Map<string, number>();
  const browser = new Map<string, number>();
  for (const [pid, { role: r, threads: t }] of after) {
    const old = before.get(pid)?.threads ?? new Map<string, number>();
    const delta = new Map([...t].map(([name, s]) => [name, s - (old.get(name) ?? 0)] as const));
    byRole.set(r, (byRole.get(r) ?? 0) + sum(delta));
    const split = r === 'extension' ? ext : r === 'browser' ? browser : null;
    if (split) for (const [name, s] of delta) split.set(name, (split.get(name) ?? 0) + s);
  }
  if (byRole.size === 0) return ['CPU per avatar: not measurable here (no /proc)'];
  const ms = (s: number): string => ((1000 * s) / items).toFixed(1);
  const total = sum(byRole) + harnessCpuS;
  const label: Record<string, string> = { chromium: 'offscreen document (main thread)', 'ServiceWorker t': 'service worker', ThreadPoolForeg: 'image decoding and other pool work', Chrome_ChildIOT: 'IPC' };
  const parts = (m: Map<string, number>, names: Record<string, string>): string =>
    [...m].filter(([, s]) => s * 1000 >= items * 0.5).sort((a, b) => b[1] - a[1]).map(([n, s]) => `${names[n] ?? n} ${ms(s)}`).join(', ');
  const browserLabel: Record<string, string> = { chromium: 'main thread', Chrome_IOThread: 'IPC', ThreadPoolForeg: 'pool (IndexedDB, files)', ThreadPoolSingl: 'single-thread pools' };
  const roles = [...byRole].filter(([, s]) => s * 1000 >= items * 0.05).sort((a, b) => b[1] - a[1]);
  return [
    `CPU per avatar, all processes: ${ms(total)} ms (${roles.map(([r, s]) => `${r} ${ms(s)}`).join(', ')}, test web server ${ms(harnessCpuS)})`,
    `  extension process by thread: ${parts(ext, label)} ms`,
    `  browser process by thread: ${parts(browser, browserLabel)} ms`,
  ];
}
