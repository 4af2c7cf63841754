import type { RequestHandler } from 'express';
import helmet from 'helmet';

export interface SecurityHeadersOptions {
  /** HTTPS deployment: adds HSTS and `upgrade-insecure-requests`. */
  secure: boolean;
}

/**
 * helmet with a Content-Security-Policy for the web apps the server will host: scripts, styles,
 * fonts, images and API calls from this origin only — no CDN, nothing inline but styles, which
 * antd's CSS-in-JS injects as `<style>` elements at run time (it cannot carry a nonce we set).
 * `data:`/`blob:` images are the previews of scanned materials. Framing is refused everywhere
 * (clickjacking). Without HTTPS neither HSTS nor `upgrade-insecure-requests` is sent: a centre
 * reaching the server as `http://10.x.x.x:3000` would otherwise have every asset rewritten to an
 * https URL that does not answer.
 */
export function securityHeaders({ secure }: SecurityHeadersOptions): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        // ajv compiles JSON Schemas with new Function, in the browser too (the live check and the
        // form's validator), so the apps need 'unsafe-eval'; no inline script is allowed.
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
  }) as RequestHandler;
}
