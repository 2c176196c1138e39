// A local HTTP server that answers like a provider, for adapter and client tests. It records every
// request (method, path, headers, body) so tests can assert what was sent and to whom, and it can
// misbehave on purpose: stall before headers, stall mid-body, reset the connection, redirect.
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface FakeRequest {
  method: string;
  /** Path and query as received. */
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON (content-type application/json unless headers say otherwise); a Buffer as is. */
  body?: string | Buffer | object;
  /** Milliseconds to wait before answering. */
  delayMs?: number;
}

/** What a handler may do instead of answering normally. */
export type FakeBehaviour = FakeResponse | 'stall-headers' | 'stall-body' | 'reset';

export type FakeHandler = (request: FakeRequest) => FakeBehaviour | Promise<FakeBehaviour>;

export interface FakeProvider {
  /** Base URL, e.g. http://127.0.0.1:40123 */
  url: string;
  requests: FakeRequest[];
  /** Exchanges open now and the most ever open at once: from a request's arrival until its response closes. */
  inFlight: { now: number; max: number };
  close(): Promise<void>;
}

export async function startFakeProvider(handler: FakeHandler): Promise<FakeProvider> {
  const requests: FakeRequest[] = [];
  const sockets = new Set<Socket>();
  const inFlight = { now: 0, max: 0 };
  const server: Server = createServer((req, res) => {
    inFlight.now++;
    inFlight.max = Math.max(inFlight.max, inFlight.now);
    res.on('close', () => inFlight.now--);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const request: FakeRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(request);
      try {
        respond(res, await handler(request));
      } catch {
        res.statusCode = 599;
        res.end();
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    inFlight,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function respond(res: ServerResponse, behaviour: FakeBehaviour): void {
  if (behaviour === 'stall-headers') return; // never answers; the client's deadline must end it
  if (behaviour === 'reset') {
    res.socket?.destroy();
    return;
  }
  if (behaviour === 'stall-body') {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
    res.write('{"login":"half');
    return; // the rest never comes
  }
  const send = (): void => {
    const isObject =
      behaviour.body !== undefined && typeof behaviour.body !== 'string' && !Buffer.isBuffer(behaviour.body);
    const body = isObject ? JSON.stringify(behaviour.body) : ((behaviour.body as string | Buffer | undefined) ?? '');
    res.writeHead(behaviour.status, {
      ...(isObject ? { 'content-type': 'application/json; charset=utf-8' } : {}),
      ...behaviour.headers,
    });
    res.end(body);
  };
  if (behaviour.delayMs) setTimeout(send, behaviour.delayMs);
  else send();
}

/** A JSON response. */
export function json(status: number, body: object, headers: Record<string, string> = {}): FakeResponse {
  return { status, body, headers };
}

/** An HTML page, as a WAF or proxy answers. */
export function html(status: number): FakeResponse {
  return { status, body: '<html><body><h1>Access denied</h1></body></html>', headers: { 'content-type': 'text/html' } };
}
