import type { RouteDef } from '../http/route.ts';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function schemaBlock(label: string, schema: Record<string, unknown> | undefined): string {
  if (!schema) return '';
  return `<details><summary>${label}</summary><pre>${escapeHtml(JSON.stringify(schema, null, 2))}</pre></details>`;
}

const STYLE = `
body{font:15px/1.5 system-ui,"Noto Sans CJK SC",sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1f1f1f}
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #d9d9d9}
.op{border:1px solid #d9d9d9;border-radius:6px;padding:.6rem .9rem;margin:.6rem 0}
.m{display:inline-block;min-width:4.2rem;font-weight:600;font-family:monospace}
.GET{color:#0a5c2a}.POST{color:#0b4f9c}.PUT,.PATCH{color:#7a4a00}.DELETE{color:#a8071a}
code{font-size:.95em}.roles{color:#434343;font-size:.9em}pre{background:#f5f5f5;padding:.6rem;overflow:auto;font-size:.85em}
summary{cursor:pointer;color:#0b4f9c}`;

/**
 * The docs page: every operation grouped by tag — method, path, roles, summary, and its schemas
 * folded open on demand. Self-contained (no script, no CDN; its one inline style is allowed by the
 * CSP), so it works on a centre's closed network.
 */
export function docsPage(routes: readonly RouteDef[]): string {
  const byTag = new Map<string, RouteDef[]>();
  for (const route of routes) byTag.set(route.tag, [...(byTag.get(route.tag) ?? []), route]);
  const sections = [...byTag].map(([tag, list]) => {
    const ops = list.map((route) => {
      const roles = route.roles === 'public' ? 'public' : route.roles.join(', ');
      return `<div class="op"><span class="m ${route.method}">${route.method}</span> <code>${escapeHtml(route.path)}</code>
<div>${escapeHtml(route.summary)} <span class="roles">— roles: ${escapeHtml(roles)}</span></div>
${schemaBlock('Query schema', route.querySchema)}${schemaBlock('Body schema', route.bodySchema)}${schemaBlock('Answer schema', route.responseSchema)}</div>`;
    });
    return `<h2>${escapeHtml(tag)}</h2>\n${ops.join('\n')}`;
  });
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>OneWindow API</title><style>${STYLE}</style></head>
<body><h1>OneWindow (一窗通) API</h1>
<p>${routes.length} operations. Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).
Errors are <code>application/problem+json</code> (RFC 9457). Log in with <code>POST /api/auth/login</code>; the session is the <code>ow_session</code> cookie.</p>
${sections.join('\n')}
</body></html>`;
}
