/**
 * The citizens' web portal (clients/web, built by Vite) on the gateway's port:
 * http://localhost:4000/ serves its index.html and hashed assets when a build
 * exists, so `npm start` is one address for the graph and the portal. The
 * portal calls /graphql on the same origin: no CORS needed.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import { env, type Logger, workspaceRoot } from '@kaarst/kit';
import type { FastifyInstance } from 'fastify';

/**
 * Only our own files and our own origin: no inline script or style (Vite's build has
 * none), the graph over HTTP and WebSocket on the same origin ('self' covers ws: there),
 * the .ics download as a blob: URL, and no framing by other sites.
 */
export const PORTAL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Where a built portal is looked for: WEB_PORTAL_DIR, the workspace's build, a bundle's web/ folder. */
export function findWebPortal(): string | undefined {
  const root = workspaceRoot();
  const candidates = [
    env('WEB_PORTAL_DIR'),
    path.join(root, 'clients', 'web', 'dist'),
    path.join(root, 'web'),
  ];
  return candidates.find((dir): dir is string => !!dir && existsSync(path.join(dir, 'index.html')));
}

/** Serves the built portal at / when there is one; the graph's routes keep precedence. */
export async function registerWebPortal(app: FastifyInstance, log: Logger, dir = findWebPortal()) {
  if (!dir) {
    log.info('no built web portal (clients/web/dist): / is not served');
    return;
  }
  await app.register(fastifyStatic, {
    root: dir,
    prefix: '/',
    index: 'index.html',
    // Hashed asset names change with their content: cache them for good, the page itself never.
    setHeaders: (response, file) => {
      response.header('content-security-policy', PORTAL_CSP);
      response.header(
        'cache-control',
        file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  log.info({ dir }, 'web portal served at /');
}
