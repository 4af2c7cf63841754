import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * The server's Content-Security-Policy (server/src/http/security-headers.ts) plus `'unsafe-eval'` in
 * script-src, which ajv needs to compile the form's JSON Schema in the browser (the engine's check
 * and rjsf's validator both do). Serving the app under this policy proves that is the only change.
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export interface ServedApp {
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * Serves the built app (`dist`) with the SPA fallback (every non-/api path that is not a file gets
 * index.html) and proxies `/api` and the health routes to `apiBaseUrl` — what the server will do
 * itself once it hosts the app (then this goes away).
 */
export async function serveApp(dist: string, apiBaseUrl: string): Promise<ServedApp> {
  const root = resolve(dist);
  const api = new URL(apiBaseUrl);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/api/') || url.pathname === '/healthz' || url.pathname === '/readyz') {
      const upstream = httpRequest(
        {
          host: api.hostname,
          port: api.port,
          path: req.url,
          method: req.method,
          headers: { ...req.headers, host: api.host },
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => {
        res.writeHead(502).end();
      });
      req.pipe(upstream);
      return;
    }
    const file = normalize(join(root, decodeURIComponent(url.pathname)));
    const isFile = file.startsWith(root) && existsSync(file) && statSync(file).isFile();
    const path = isFile ? file : join(root, 'index.html');
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Security-Policy': APP_CSP,
      'Cache-Control':
        isFile && path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
