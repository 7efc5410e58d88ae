import cors from '@fastify/cors';
import { env, isProduction } from '@kaarst/kit/common';
import type { FastifyInstance } from 'fastify';

/** Local development pages (the portal on its dev server, tools on loopback). */
const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

/**
 * Which web origins may call the graph from a browser: `CORS_ORIGINS`
 * (comma-separated, exact origins), plus loopback pages outside production.
 * Other origins get no CORS headers, so browsers keep the answer from them.
 * Tokens travel in the Authorization header, never in cookies: no credentials.
 */
export function corsOrigins(): (origin: string) => boolean {
  const listed = new Set(
    (env('CORS_ORIGINS') ?? '')
      .split(',')
      .map((origin) => origin.trim().replace(/\/$/, ''))
      .filter(Boolean),
  );
  const local = !isProduction();
  return (origin) => listed.has(origin) || (local && LOCAL_ORIGIN.test(origin));
}

export async function registerCors(app: FastifyInstance, allowed = corsOrigins()): Promise<void> {
  await app.register(cors, {
    origin: (origin, callback) => callback(null, origin === undefined ? false : allowed(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'traceparent', 'accept'],
    credentials: false,
    maxAge: 600,
  });
}
