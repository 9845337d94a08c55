// A static HTTP server on 127.0.0.1 (random port) for fixture pages and the news corpus. It records
// every request, so a test can compare what a page fetched with and without the extension.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { FIXTURE_PAGES_DIR } from './paths';

export interface ServedRequest {
  method: string;
  /** Path and query, as the browser sent it. */
  url: string;
  status: number;
  userAgent: string;
  at: number;
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  root: string;
  /** Absolute URL of a file under the root (`url('palmyra-fr.html')`). */
  url(relativePath: string): string;
  /** Every request served so far, oldest first. */
  requests: ServedRequest[];
  clearRequests(): void;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Serves `root` read-only. Paths leaving the root, and anything not a file, get 404. */
export async function serveDirectory(root: string): Promise<StaticServer> {
  const resolvedRoot = path.resolve(root);
  await fs.access(resolvedRoot);
  const requests: ServedRequest[] = [];

  const server = http.createServer((req, res) => {
    void respond(req, res).then((status) => {
      requests.push({
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        status,
        userAgent: req.headers['user-agent'] ?? '',
        at: Date.now(),
      });
    });
  });

  async function respond(req: http.IncomingMessage, res: http.ServerResponse): Promise<number> {
    const send = (status: number, body: string | Buffer, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
      return status;
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      return send(400, 'bad url');
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = path.resolve(resolvedRoot, `.${pathname}`);
    if (file !== resolvedRoot && !file.startsWith(resolvedRoot + path.sep)) return send(404, 'not found');
    try {
      const body = await fs.readFile(file);
      return send(200, body, CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream');
    } catch {
      return send(404, 'not found');
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    port,
    root: resolvedRoot,
    url: (relativePath) => new URL(relativePath.replace(/^\/+/, ''), `${origin}/`).href,
    requests,
    clearRequests: () => void requests.splice(0),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The hand-written fixture pages of test/fixtures/pages/. */
export function serveFixtures(): Promise<StaticServer> {
  return serveDirectory(FIXTURE_PAGES_DIR);
}
