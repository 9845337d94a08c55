// The browsers' proxy during tests: a listener on 127.0.0.1 that refuses and records every request
// that tried to leave the machine (loopback is never proxied). It catches what route interception
// cannot see: requests from the Firefox background page, browser-internal fetches, WebSockets.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TrappedRequest {
  /** `GET http://host/path`, or `CONNECT host:443` for https and wss (the path is not visible). */
  method: string;
  target: string;
  at: number;
}

export interface RequestTrap {
  /** `127.0.0.1:<port>`, for --proxy-server or Firefox's proxy prefs. */
  hostPort: string;
  port: number;
  requests: TrappedRequest[];
  close(): Promise<void>;
}

/** `onRequest` sees each refused request as it happens. */
export async function startRequestTrap(onRequest: (request: TrappedRequest) => void = () => {}): Promise<RequestTrap> {
  const requests: TrappedRequest[] = [];
  const record = (request: TrappedRequest) => {
    requests.push(request);
    onRequest(request);
  };
  const server = http.createServer((req, res) => {
    record({ method: req.method ?? 'GET', target: req.url ?? '', at: Date.now() });
    res.writeHead(403, { 'content-type': 'text/plain', connection: 'close' });
    res.end('blocked by the Palmyra e2e harness: tests never reach the network');
  });
  server.on('connect', (req: http.IncomingMessage, socket) => {
    record({ method: 'CONNECT', target: req.url ?? '', at: Date.now() });
    socket.on('error', () => {});
    socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
  });
  server.on('clientError', (_error, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    hostPort: `127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
