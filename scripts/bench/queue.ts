/**
 * Avatars sent to the background as a content script sends them (batches of 32, two in flight), from an
 * extension page that renders nothing, and the JS the extension allocates meanwhile.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { extensionId } from '../../e2e/support/launch';
import { attachTarget, browserCdp, type TargetChannel } from '../../e2e/fixtures/hostile-cdp';

export interface QueueOptions {
  n: number;
  /** Profile-image folder, so each queue's avatars are new to the extension. */
  folder: number;
  /**
   * One hashtag pair and one long text for every account, as a campaign posts: `variants` is one of five
   * near-identical texts; `paraphrase` gives every account its own near-copy (about one word in twelve
   * changed), so no two texts hash alike and every one must be compared.
   */
  campaign?: 'variants' | 'paraphrase';
}

/**
 * An extension page that renders nothing, to send from: the dashboard, used before, loaded its account
 * list on the same main thread as the offscreen document.
 */
export async function queuePage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${await extensionId(context)}/manifest.json`);
  return page;
}

/** Sends the queue and waits for every answer: seconds taken, and avatars analysed without error. */
export function sendQueue(page: Page, opts: QueueOptions): Promise<{ secs: number; answered: number }> {
  return page.evaluate(async ({ n, folder, campaign }) => {
    const template = 'The so-called reports about our region are fabricated by western media to smear our people';
    const items = Array.from({ length: n }, (_, i) => {
      const url = `https://pbs.twimg.com/profile_images/${folder}/bench${i}_400x400.jpg`;
      const text =
        campaign === 'variants' ? `${template} ${i % 5}`
        : campaign === 'paraphrase' ? template.split(' ').map((w, k) => ((i * 31 + k * 17) % 12 === 0 ? `${w}${i}` : w)).join(' ')
        : `Queue post ${i} #bench`;
      const hashtags = campaign ? ['XinjiangCotton', 'StopTheLies'] : ['bench'];
      const occurrence = { site: 'x', kind: 'post', handle: `queue${folder}_${i}`, displayName: `Queue ${i}`, profileUrl: `https://x.com/queue${folder}_${i}`, avatarUrl: url, text, hashtags, time: new Date().toISOString() };
      return { url, occurrence };
    });
    let next = 0;
    let answered = 0;
    const t0 = performance.now();
    // Two senders (no named function inside evaluate: tsx would wrap it in a helper the page lacks).
    await Promise.all(
      [0, 1].map(async () => {
        while (next < items.length) {
          const batch = items.slice(next, (next += 32));
          const res = (await chrome.runtime.sendMessage({ target: 'background', type: 'analyze', items: batch })) as { results?: { verdict: { status: string } }[] };
          answered += (res.results ?? []).filter((r) => r.verdict.status !== 'error').length;
        }
      }),
    );
    return { secs: (performance.now() - t0) / 1000, answered };
  }, opts);
}

interface ProfileNode {
  selfSize: number;
  children: ProfileNode[];
}
const total = (n: ProfileNode): number => n.selfSize + n.children.reduce((s, c) => s + total(c), 0);

/**
 * A campaign's queue with V8's sampling heap profiler on in the service worker and the offscreen
 * document: the JS each allocates per avatar, which is what their garbage collectors must clear later.
 * Steadier than a memory reading, which depends on when each heap last collected.
 */
export async function campaignAllocations(context: BrowserContext, n: number, kind: 'variants' | 'paraphrase' = 'variants'): Promise<string[]> {
  const { cdp } = await browserCdp(context);
  const targets: [string, TargetChannel | null][] = [
    ['service worker', await attachTarget(cdp, '/background.js', 'service_worker')],
    ['offscreen document', await attachTarget(cdp, '/offscreen.html')],
  ];
  const page = await queuePage(context);
  try {
    for (const [, ch] of targets) await ch?.send('HeapProfiler.startSampling', { samplingInterval: 16_384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
    const out = await sendQueue(page, { n, folder: kind === 'variants' ? 4 : 6, campaign: kind });
    const per: string[] = [];
    for (const [name, ch] of targets) {
      if (!ch) continue;
      const { profile } = await ch.send<{ profile: { head: ProfileNode } }>('HeapProfiler.stopSampling');
      per.push(`${name} ${(total(profile.head) / n / 1024).toFixed(0)} KB`);
    }
    return [
      `a campaign of ${n} new accounts, each with ${kind === 'variants' ? 'one of five near-identical long texts' : 'its own near-copy of one long text'} and the same hashtag pair (so every assessment links all of them): ${(n / out.secs).toFixed(1)} avatars/s (${out.answered} analysed without error), with the heap profiler on`,
      `  JS allocated per avatar meanwhile (V8's sampling heap profiler; ArrayBuffer contents not counted): ${per.join(', ')}`,
    ];
  } finally {
    await page.close();
    for (const [, ch] of targets) await ch?.detach();
    await cdp.detach();
  }
}
