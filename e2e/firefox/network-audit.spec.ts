import { waitSettled } from './support/badges';
import { expect, test } from './support/fixtures';

const PAGE_HOSTS = ['x.com', 'www.youtube.com', 'www.facebook.com'];
const IMAGE_HOSTS = ['pbs.twimg.com', 'abs.twimg.com', 'yt3.ggpht.com', 'yt3.googleusercontent.com'];
const platformHost = (h: string): boolean => PAGE_HOSTS.includes(h) || IMAGE_HOSTS.includes(h) || h.endsWith('.fbcdn.net');
// The saved YouTube pages load their own thumbnails from i.ytimg.com: the page's request, not ours.
const PAGE_ONLY = ['i.ytimg.com'];

// The attack page plants avatars on other origins (issue 37, finding 1): none of them may be requested.
const PAGES = ['https://x.com/home', 'https://x.com/sec-attack', 'https://www.youtube.com/watch?v=fixture0001', 'https://www.youtube.com/', 'https://www.facebook.com/groups/fixture'];

test('Firefox network audit: the whole browser reaches only the platforms’ hosts, over https', async ({ tab, tunnel, server }) => {
  // Every connection Firefox opens (tabs, the background page, its inference worker) goes through the
  // tunnel proxy, so its list is complete, unlike a per-page request log.
  const [fromAttempt, fromRefused, fromRequest] = [tunnel.attempts.length, tunnel.refused.length, server.requests.length];
  for (const url of PAGES) {
    await tab.goto(url);
    await waitSettled(tab);
  }
  const attempts = tunnel.attempts.slice(fromAttempt);
  const requests = server.requests.slice(fromRequest);
  const hosts = [...new Set(attempts.map((a) => a.replace(/^http:\/\//, '').replace(/:\d+$/, '')))].sort();
  console.log(`[firefox] network audit: ${attempts.length} connections, hosts ${JSON.stringify(hosts)}; ${requests.length} requests served`);
  expect(attempts.filter((a) => !a.endsWith(':443'))).toEqual([]); // https only: no plain http, no other port
  expect(hosts.filter((h) => !platformHost(h) && !PAGE_ONLY.includes(h))).toEqual([]);
  expect(tunnel.refused.slice(fromRefused).filter((a) => !PAGE_ONLY.some((h) => a.startsWith(`${h}:`)))).toEqual([]);
  // The add-on did fetch: the large avatar variants (X's _400x400, YouTube's =s400) are only its requests.
  const ours = requests.filter((r) => /_400x400\.|=s400-/.test(r));
  expect(ours.length).toBeGreaterThan(0);
  expect(ours.filter((r) => !IMAGE_HOSTS.includes(r.split(' ')[0] ?? ''))).toEqual([]);
});
