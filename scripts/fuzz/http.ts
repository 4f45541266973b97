import { connect } from 'node:net';

export interface Answer {
  status: number;
  body: string;
}

/**
 * Sends a request byte for byte on loopback and reads the answer. With `cut`, the body stops after that
 * many bytes and the client closes its side. Status 0: no answer (the server closed or did not reply).
 */
export function rawRequest(
  url: string,
  req: { method?: string; path: string; headers: Record<string, string>; body: Buffer; cut?: number; timeoutMs?: number },
): Promise<Answer> {
  const { hostname, port } = new URL(url);
  const head = [`${req.method ?? 'POST'} ${req.path} HTTP/1.1`, `Host: ${hostname}:${port}`, `Content-Length: ${req.body.length}`, 'Connection: close'];
  for (const [k, v] of Object.entries(req.headers)) head.push(`${k}: ${v}`);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    const done = () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
      resolve({ status, body: text.slice(text.indexOf('\r\n\r\n') + 4) });
    };
    socket.setTimeout(req.timeoutMs ?? 30_000, () => socket.destroy());
    socket.on('data', (d) => chunks.push(d));
    socket.on('close', done);
    socket.on('error', () => undefined);
    socket.write(`${head.join('\r\n')}\r\n\r\n`);
    if (req.cut === undefined) socket.write(req.body);
    else socket.end(req.body.subarray(0, req.cut));
  });
}
