import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { MAPPED_HOSTS } from '../../server/fixture-server';

/**
 * Firefox's counterpart of Chromium's `--host-resolver-rules`: an HTTP proxy that tunnels CONNECTs for
 * the platform hostnames to the fixture server and refuses every other host. Firefox sends all of its
 * traffic (pages, the background page, workers) through it, so `attempts` is a complete list of the
 * hosts the browser tried to reach, which is what the network audit reads.
 */
export interface TunnelProxy {
  port: number;
  /** Every host:port a CONNECT or plain-http request asked for, in order, refused ones included. */
  attempts: string[];
  /** The ones that were refused (not a mapped host, or not https). */
  refused: string[];
  close(): Promise<void>;
}

/** True for a host the fixture server plays (`*.fbcdn.net` is a suffix match, as in the Chromium rules). */
export function isMappedHost(host: string): boolean {
  return MAPPED_HOSTS.some((h) => (h.startsWith('*.') ? host.endsWith(h.slice(1)) : host === h));
}

/** Start the proxy on a free local port, tunnelling mapped hosts to 127.0.0.1:`serverPort`. */
export async function startTunnelProxy(serverPort: number): Promise<TunnelProxy> {
  const attempts: string[] = [];
  const refused: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    // Plain http through a proxy arrives as an absolute URL; the extension must never send any.
    const target = safeHost(req.url ?? '');
    attempts.push(`http://${target}`);
    refused.push(`http://${target}`);
    res.writeHead(403).end();
  });
  server.on('connect', (req, client: Socket, head: Buffer) => {
    const authority = req.url ?? '';
    const [host = '', port = ''] = authority.split(':');
    attempts.push(authority);
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    if (port !== '443' || !isMappedHost(host)) {
      refused.push(authority);
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(serverPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('[sockscope:e2e] proxy has no port');
  return {
    port: addr.port,
    attempts,
    refused,
    close: () =>
      new Promise((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok());
      }),
  };
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url.slice(0, 200);
  }
}
