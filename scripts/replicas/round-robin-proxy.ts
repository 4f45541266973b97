/**
 * A small round-robin HTTP proxy on 127.0.0.1 in front of replicas, for the two-replica test and the
 * replicas benchmark (in production a reverse proxy does this: docs/deploy.md). A request goes to the next
 * replica in turn; a replica that refuses the connection (it died) is skipped and the next one tried, as a
 * load balancer's passive health check would. Bodies are buffered: requests here are small JSON.
 */
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Proxy {
  url: string;
  /** Requests forwarded to each replica, by its URL. */
  forwarded: Map<string, number>;
  close(): Promise<void>;
}

function forward(target: URL, req: IncomingMessage, body: Buffer): Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const out = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers, timeout: 60_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    out.on('timeout', () => out.destroy(new Error('replica timed out')));
    out.on('error', reject);
    out.end(body);
  });
}

export async function startRoundRobinProxy(targets: string[]): Promise<Proxy> {
  const forwarded = new Map(targets.map((t) => [t, 0]));
  let next = 0;
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    for (let tried = 0; tried < targets.length; tried++) {
      const target = targets[next++ % targets.length];
      try {
        const r = await forward(new URL(target), req, body);
        forwarded.set(target, (forwarded.get(target) ?? 0) + 1);
        res.writeHead(r.status, r.headers).end(r.body);
        return;
      } catch (err) {
        // Refused or cut off: the replica is down (or went down mid-request); the next one gets it.
        if ((err as NodeJS.ErrnoException).code !== 'ECONNREFUSED' && (err as NodeJS.ErrnoException).code !== 'ECONNRESET') break;
      }
    }
    res.writeHead(502, { 'content-type': 'application/json' }).end('{"error":"no replica answered"}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    forwarded,
    close: () => new Promise((r) => {
      server.close(() => r());
      server.closeAllConnections();
    }),
  };
}
