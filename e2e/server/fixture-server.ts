import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { generate } from 'selfsigned';
import sharp from 'sharp';
import { AVATARS } from '../fixtures/avatars';
import { renderCell, renderTimeline, renderVirtualTimeline } from '../fixtures/x-timeline';
import { CAMPAIGN_POSTS, EXPLORE_POSTS, HOME_POSTS, REJUDGE_POSTS, REUSED_PHOTO_POSTS, THRESHOLD_POSTS, morePosts } from '../fixtures/x-scenario';
import { serveFuzz } from '../fixtures/hostile-images';
import { serveHostilePage } from '../fixtures/hostile-page';
import { siteGanAvatar } from '../fixtures/site-gan-avatars';
import { investigationAvatars, renderXProfile, renderYoutubeChannel, TRUTH_2024, YT_AVATAR_URL, YT_CHANNEL } from '../fixtures/investigation';
import { avatarUrl } from '../fixtures/x-timeline';
import { renderSecAttack } from '../fixtures/sec-attack';

/** Hostnames the browser maps to this server (--host-resolver-rules). */
export const MAPPED_HOSTS = [
  'x.com',
  'pbs.twimg.com',
  'abs.twimg.com',
  'www.youtube.com',
  'yt3.ggpht.com',
  'yt3.googleusercontent.com',
  'www.facebook.com',
  '*.fbcdn.net',
];

/** Pages served on www.youtube.com / www.facebook.com: our own fixtures of today's markup. */
const SITE_PAGES: Record<string, Record<string, string>> = {
  'www.youtube.com': {
    '/watch': 'sites/youtube/fixtures/comment-view-model-2025.html',
    '/': 'sites/youtube/fixtures/lockup-view-model-2025.html',
    '/@fixture': 'sites/youtube/fixtures/page-header-2025.html',
  },
  'www.facebook.com': {
    '/groups/fixture': 'sites/facebook/fixtures/group-post-comments-rtl-2024.html',
  },
};
const REPO = resolve(import.meta.dirname, '../..');

export interface FixtureServer {
  port: number;
  /** Every request seen, as "host path", for network audits. */
  requests: string[];
  close(): Promise<void>;
}

/** Start the local HTTPS server that plays x.com and pbs.twimg.com for e2e tests and the demo. */
export async function startFixtureServer(sharedDir: string, port = 0): Promise<FixtureServer> {
  const pems = await generate([{ name: 'commonName', value: 'x.com' }], { keyType: 'ec', notAfterDate: new Date(Date.now() + 2 * 86_400_000) });
  const requests: string[] = [];
  const server: Server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    requests.push(`${req.headers.host ?? ''} ${req.url ?? ''}`);
    route(req, res, sharedDir).catch((err: unknown) => send(res, 500, 'text/plain', String(err)));
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('[sockscope:e2e] server has no port');
  return { port: addr.port, requests, close: () => new Promise((ok) => server.close(() => ok())) };
}

async function route(req: IncomingMessage, res: ServerResponse, sharedDir: string): Promise<void> {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '');
  const url = new URL(req.url ?? '/', `https://${host}`);
  // Hardening fixtures (e2e/hardening*.spec.ts): hostile pages on x.com, fuzzed images on pbs.twimg.com.
  if (host === 'x.com' && serveHostilePage(url.pathname, res)) return;
  if (host === 'pbs.twimg.com' && (await serveFuzz(url.pathname, res))) return;
  if (await routeInvestigation(host, url, res)) return;
  if (host === 'x.com') return routeX(url, res);
  if (host === 'pbs.twimg.com') return routeAvatar(url, res, sharedDir);
  const page = SITE_PAGES[host]?.[url.pathname];
  if (page) return send(res, 200, 'text/html; charset=utf-8', await readFile(resolve(REPO, page)));
  if (/^yt3\.|\.fbcdn\.net$/.test(host)) {
    const gan = siteGanAvatar(host, url.pathname);
    if (gan) return send(res, 200, 'image/jpeg', await readFile(resolve(sharedDir, gan)));
    // Any avatar path on these hosts gets a real face, chosen by the path so it is stable.
    let h = 0;
    for (const c of url.pathname + url.search) h = (h * 31 + c.charCodeAt(0)) >>> 0;
    return send(res, 200, 'image/jpeg', await readFile(benchFace(sharedDir, h % 200)));
  }
  send(res, 404, 'text/plain', 'not found');
}

let investigation: Promise<Record<string, Buffer>> | null = null;

/**
 * The cross-platform scenario (e2e/fixtures/investigation.ts): an X profile and a YouTube channel that
 * show the same drawn picture, at two sizes. Every size variant of an avatar serves the same bytes.
 */
async function routeInvestigation(host: string, url: URL, res: ServerResponse): Promise<boolean> {
  if (host === 'x.com' && url.pathname === `/${TRUTH_2024.handle}`) return (send(res, 200, 'text/html; charset=utf-8', renderXProfile(TRUTH_2024, avatarUrl)), true);
  if (host === 'www.youtube.com' && url.pathname === `/@${YT_CHANNEL.handle}`) return (send(res, 200, 'text/html; charset=utf-8', renderYoutubeChannel(YT_AVATAR_URL)), true);
  const x = /^\/profile_images\/\d+\/(anime24|ira)_/.exec(url.pathname);
  const yt = host.startsWith('yt3.') && url.pathname.startsWith(new URL(YT_AVATAR_URL).pathname.replace(/=.*$/, ''));
  if (!(host === 'pbs.twimg.com' && x) && !yt) return false;
  investigation ??= investigationAvatars();
  const img = await investigation;
  send(res, 200, 'image/jpeg', img[x ? x[1]! : 'ytAnime']!);
  return true;
}

const FIXTURE_SCRIPTS: Record<string, string> = {
  '/fixture-timeline.js': 'timeline-script.js',
  '/fixture-virtual-timeline.js': 'virtual-timeline-script.js',
};

async function routeX(url: URL, res: ServerResponse): Promise<void> {
  const theme = url.searchParams.get('theme') === 'dark' ? 'dark' : 'light';
  if (url.pathname === '/home' || url.pathname === '/') return send(res, 200, 'text/html; charset=utf-8', renderTimeline(HOME_POSTS, theme));
  if (url.pathname === '/sec-attack') return send(res, 200, 'text/html; charset=utf-8', renderSecAttack());
  if (url.pathname === '/campaign') return send(res, 200, 'text/html; charset=utf-8', renderTimeline(CAMPAIGN_POSTS, theme));
  if (url.pathname === '/threshold') return send(res, 200, 'text/html; charset=utf-8', renderTimeline(THRESHOLD_POSTS, theme));
  if (url.pathname === '/rejudge') return send(res, 200, 'text/html; charset=utf-8', renderTimeline(REJUDGE_POSTS, theme));
  if (url.pathname === '/reused') return send(res, 200, 'text/html; charset=utf-8', renderTimeline(REUSED_PHOTO_POSTS, theme));
  if (url.pathname === '/explore') return send(res, 200, 'text/html; charset=utf-8', renderTimeline(EXPLORE_POSTS, theme));
  if (url.pathname === '/cells/explore') return send(res, 200, 'text/html; charset=utf-8', EXPLORE_POSTS.map((p, i) => renderCell(p, 500 + i)).join(''));
  if (url.pathname === '/bench' || url.pathname === '/bench/virtual') {
    // n posts, each with its own avatar URL (benchK → a real face file), for load benchmarks: all in the
    // page at once, or mounted a few at a time as x.com's virtual list does.
    const n = Math.min(5_000, Number(url.searchParams.get('n') ?? '500'));
    const posts = Array.from({ length: n }, (_, i) => ({ handle: `bench_${i}`, name: `Bench ${i}`, avatar: `bench${i}`, text: `Benchmark post ${i} #bench` }));
    const render = url.pathname === '/bench' ? renderTimeline : renderVirtualTimeline;
    return send(res, 200, 'text/html; charset=utf-8', render(posts, theme));
  }
  if (url.pathname === '/more') {
    const page = Number(url.searchParams.get('page') ?? '1');
    return send(res, 200, 'text/html; charset=utf-8', morePosts(page).map((p, i) => renderCell(p, 100 * page + i)).join(''));
  }
  const script = FIXTURE_SCRIPTS[url.pathname];
  if (script) return send(res, 200, 'text/javascript', await readFile(resolve(import.meta.dirname, '../fixtures', script)));
  send(res, 404, 'text/plain', 'not found');
}

async function routeAvatar(url: URL, res: ServerResponse, sharedDir: string): Promise<void> {
  // /profile_images/<id>/<key>_<variant>.jpg: every variant serves the same file.
  const m = /^\/profile_images\/\d+\/(.+?)(?:_(?:normal|bigger|mini|x96|200x200|400x400))?\.(?:jpe?g|png|webp)$/.exec(url.pathname);
  const key = m?.[1] ? decodeURIComponent(m[1]) : '';
  const bench = /^bench(\d+)$/.exec(key);
  if (bench) return send(res, 200, 'image/jpeg', await readFile(benchFace(sharedDir, Number(bench[1]))));
  const entry = AVATARS[key];
  if (!entry || entry.kind === 'missing') return send(res, 404, 'text/plain', 'not found');
  if (entry.kind === 'corrupt') return send(res, 200, 'image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 1, 2, 3]));
  const bytes = await readFile(resolve(sharedDir, entry.shared ?? ''));
  if (entry.kind === 'recompressed') return send(res, 200, 'image/jpeg', await sharp(bytes).resize(200).jpeg({ quality: 70 }).toBuffer());
  send(res, 200, entry.shared?.endsWith('.png') ? 'image/png' : 'image/jpeg', bytes);
}

const BENCH_DIRS = ['data/faces/real/wild/Hossein88-eng__gender-classification-doe', 'data/faces/gan/stylegan2/xrv0__whichfaceisreal'];
/** The first StyleGAN2 face among the benchmark faces: 250 ordinary photos come first. */
export const BENCH_GAN_FROM = 250;
let benchFiles: string[] | null = null;

/**
 * The k-th benchmark face: 250 ordinary photos, then the 82 StyleGAN2 faces, cycling when k passes the
 * pool (so a run of 500 has 418 photos and 82 GAN faces).
 */
function benchFace(sharedDir: string, k: number): string {
  benchFiles ??= BENCH_DIRS.flatMap((d) => readdirSync(resolve(sharedDir, d)).filter((f) => /\.jpe?g$/i.test(f)).slice(0, BENCH_GAN_FROM).map((f) => resolve(sharedDir, d, f)));
  return benchFiles[k % benchFiles.length] as string;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'access-control-allow-origin': '*' });
  res.end(body);
}
