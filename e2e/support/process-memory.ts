/**
 * Memory of the extension's renderer process (offscreen document and service worker live there), read
 * from Linux's /proc: Chromium's own counters see only the JS heap, not ORT's wasm memory or bitmaps.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';

export interface ProcessMemory {
  pid: number;
  /** Resident set, shared library pages included. */
  rssMb: number;
  /** Proportional set: shared pages divided among the processes that map them. */
  pssMb: number;
  /** Unique set (private pages): what closing the process would free. */
  ussMb: number;
}

const kb = (text: string, field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN);

/** Memory of the renderer process Chromium started with --extension-process; null where /proc is missing. */
export async function extensionProcessMemory(context: BrowserContext): Promise<ProcessMemory | null> {
  const browser = context.browser();
  if (!browser) return null;
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
    for (const { type, id } of processInfo) {
      if (type !== 'renderer') continue;
      try {
        if (!readFileSync(`/proc/${id}/cmdline`, 'utf8').includes('--extension-process')) continue;
        const rollup = readFileSync(`/proc/${id}/smaps_rollup`, 'utf8');
        const mb = (n: number) => n / 1024;
        return {
          pid: id,
          rssMb: mb(kb(rollup, 'Rss')),
          pssMb: mb(kb(rollup, 'Pss')),
          ussMb: mb(kb(rollup, 'Private_Clean') + kb(rollup, 'Private_Dirty')),
        };
      } catch {
        // The process ended between the listing and the read, or this is not Linux.
      }
    }
    return null;
  } finally {
    await cdp.detach();
  }
}

export const formatMemory = (m: ProcessMemory | null): string =>
  m ? `RSS ${m.rssMb.toFixed(0)} MB, PSS ${m.pssMb.toFixed(0)} MB, private ${m.ussMb.toFixed(0)} MB` : 'not measurable here';
