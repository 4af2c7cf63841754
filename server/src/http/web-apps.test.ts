import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webApps } from './web-apps.ts';

function builtApp(title: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'onewindow-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), `<!doctype html><title>${title}</title>`);
  writeFileSync(join(dir, 'assets/app-abc123.js'), 'console.log(1)');
  return dir;
}

describe('serving the built web apps', () => {
  let base = '';
  let close = () => {};

  beforeAll(async () => {
    const app = express();
    app.use(
      webApps([
        { mount: '/designer', dir: builtApp('designer') },
        { mount: '/', dir: builtApp('counter') },
        { mount: '/missing', dir: join(tmpdir(), 'not-built-here') },
      ]),
    );
    app.use((_req, res) => res.status(404).json({ status: 404 }));
    const server = app.listen(0);
    await new Promise((r) => server.once('listening', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());

  it('answers client-side routes of each app with its own index.html', async () => {
    const counter = await fetch(`${base}/counter/items/abc`, { headers: { accept: 'text/html' } });
    expect(await counter.text()).toContain('<title>counter</title>');
    expect(counter.headers.get('cache-control')).toBe('no-cache');
    const designer = await fetch(`${base}/designer/items/abc`, { headers: { accept: 'text/html' } });
    expect(await designer.text()).toContain('<title>designer</title>');
  });

  it('serves hashed assets with a long cache', async () => {
    const asset = await fetch(`${base}/assets/app-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('never answers API or health paths with a page', async () => {
    for (const path of ['/api/nothing', '/api', '/healthz']) {
      const res = await fetch(`${base}${path}`, { headers: { accept: 'text/html' } });
      expect(res.status, path).toBe(404);
    }
  });

  it('skips an app that has not been built', async () => {
    const res = await fetch(`${base}/missing/x`, { headers: { accept: 'text/html' } });
    expect(await res.text()).toContain('<title>counter</title>');
  });
});
