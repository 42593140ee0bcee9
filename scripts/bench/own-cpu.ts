/**
 * CPU seconds used so far by this process's descendants (the browsers a benchmark launched), from Linux's
 * /proc. Unlike a scan of every Chromium on the machine, other work's browsers are left out, so a figure
 * stays this benchmark's own on a shared machine. 0 where /proc is missing.
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_S = 100;

/** Sum of user + system CPU seconds of every live descendant of `root` (default: this process). */
export function descendantsCpuSeconds(root: number = process.pid): number {
  const parent = new Map<number, number>();
  const cpu = new Map<number, number>();
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return 0;
  }
  for (const p of pids) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(p), Number(f[1]));
      cpu.set(Number(p), (Number(f[11]) + Number(f[12])) / TICKS_PER_S);
    } catch {
      // Gone between the listing and the read.
    }
  }
  const isDescendant = (pid: number): boolean => {
    for (let p = parent.get(pid), hops = 0; p !== undefined && p > 1 && hops < 64; p = parent.get(p), hops++) if (p === root) return true;
    return false;
  };
  let total = 0;
  for (const [pid, s] of cpu) if (isDescendant(pid)) total += s;
  return total;
}
