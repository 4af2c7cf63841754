import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** A built single-page app and where it is served. */
export interface WebApp {
  /** URL prefix, e.g. `/` for the counter and public pages, `/designer` for the designer. */
  mount: string;
  /** The Vite output folder holding index.html and assets/. */
  dir: string;
}

/** The apps the server serves (DESIGN.md: one port and one command run everything). */
export const WEB_APPS: readonly WebApp[] = [
  { mount: '/designer', dir: join(root, 'designer/dist') },
  { mount: '/', dir: join(root, 'runtime/dist') },
];

/**
 * Serves each built app's files and answers its client-side routes with its index.html. API,
 * health and docs paths are never answered here, so an unknown `/api/...` stays a 404 problem.
 * An app that is not built is skipped (the API still works; `npm start` builds what is missing).
 */
export function webApps(apps: readonly WebApp[] = WEB_APPS): express.Router {
  const router = express.Router();
  for (const app of apps) {
    const index = join(app.dir, 'index.html');
    if (!existsSync(index)) continue;
    // Hashed asset names never change content: cache them for a year; index.html never.
    router.use(
      app.mount,
      express.static(app.dir, {
        index: false,
        setHeaders: (res, path) => {
          res.setHeader(
            'Cache-Control',
            path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
          );
        },
      }),
    );
    router.get(
      app.mount === '/' ? /^\/(?!api\/|api$|healthz$|readyz$).*/ : new RegExp(`^${app.mount}(/.*)?$`),
      (req, res, next) => {
        if (!req.accepts('html')) return next();
        res.setHeader('Cache-Control', 'no-cache');
        res.sendFile(index);
      },
    );
  }
  return router;
}
