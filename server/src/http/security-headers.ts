import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

export interface SecurityHeadersOptions {
  /** HTTPS deployment: adds HSTS and `upgrade-insecure-requests`. */
  secure: boolean;
}

/** Response headers as name/value pairs, set on every answer. */
export type HeaderList = readonly (readonly [name: string, value: string])[];

/**
 * helmet's headers with a Content-Security-Policy for the web apps the server hosts: scripts, styles,
 * fonts, images and API calls from this origin only — no CDN, nothing inline but styles, which
 * antd's CSS-in-JS injects as `<style>` elements at run time (it cannot carry a nonce we set).
 * `data:`/`blob:` images are the previews of scanned materials. Framing is refused everywhere
 * (clickjacking). Without HTTPS neither HSTS nor `upgrade-insecure-requests` is sent: a centre
 * reaching the server as `http://10.x.x.x:3000` would otherwise have every asset rewritten to an
 * https URL that does not answer.
 *
 * helmet decides them, but once: its middleware runs here against a recorder and the headers it
 * sets are kept. Nothing in this configuration depends on the request, so every answer gets exactly
 * these, without a chain of thirteen middleware functions rebuilding them per request.
 */
export function securityHeaders({ secure }: SecurityHeadersOptions): HeaderList {
  const middleware = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        // ajv compiles JSON Schemas with new Function, in the browser too (the live check and the
        // form's validator), and so does the engine (its pruner, facts writer and rule leaves): the
        // apps need 'unsafe-eval'. No inline script is allowed.
        'script-src': ["'self'", "'unsafe-eval'"],
        'script-src-attr': ["'none'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'worker-src': ["'self'", 'blob:'],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        ...(secure ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    strictTransportSecurity: secure ? { maxAge: 15_552_000, includeSubDomains: false } : false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
  });
  const headers = new Map<string, string>();
  const recorder = {
    setHeader(name: string, value: string) {
      headers.set(name, String(value));
    },
    removeHeader(name: string) {
      headers.delete(name);
    },
  };
  let failure: unknown = null;
  middleware({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    failure = error ?? null;
  });
  if (failure) throw failure;
  return [...headers];
}
