/**
 * Plain HTTP APIs that subgraphs serve beside GraphQL (council's OParl, requests' Open311
 * and attachment transfers), reachable on the gateway's port: a path prefix is forwarded,
 * path and query unchanged, to the named subgraph. No session and no context token go
 * along: these routes serve public data, or check a capability in the URL themselves
 * (the single-use upload URLs and signed download links of attachments).
 */
import type { Logger } from '@kaarst/kit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { request as undiciRequest } from 'undici';

export interface RestRoute {
  /** e.g. "/oparl": the prefix itself and everything below it. */
  prefix: string;
  /** The subgraph serving it, by name. */
  subgraph: string;
  /** Default GET and POST. */
  methods?: Method[];
  /** The largest body taken (default Fastify's 1 MiB). */
  bodyLimit?: number;
  /**
   * Readable from any web page: every answer, the gateway's own refusals included (401, 429,
   * 502), carries `Access-Control-Allow-Origin: *`, as OParl 1.1 (chapter 2.6) asks.
   */
  anyOrigin?: boolean;
}

type Method = 'GET' | 'HEAD' | 'OPTIONS' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export const REST_ROUTES: RestRoute[] = [
  // Every method goes on: the export itself answers writes with 405 and an OParl Error.
  {
    prefix: '/oparl',
    subgraph: 'council',
    methods: ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'],
    anyOrigin: true,
  },
  { prefix: '/open311', subgraph: 'requests' },
  // Photos and PDFs of requests (at most 10 MB each; the subgraph checks the exact limit).
  { prefix: '/attachments', subgraph: 'requests', methods: ['GET', 'PUT'], bodyLimit: 11 * 1024 * 1024 },
];

/** Request headers passed on; everything else (cookies, authorization) stays here. */
const FORWARDED_REQUEST = ['accept', 'accept-language', 'content-type', 'if-none-match', 'if-modified-since'];
/** Response headers passed back. */
const FORWARDED_RESPONSE = [
  'content-type',
  'cache-control',
  'etag',
  'last-modified',
  'access-control-allow-origin',
  'location',
  'content-disposition',
  'x-content-type-options',
];
const TIMEOUT_MS = 10_000;

function unavailable(reply: FastifyReply, subgraph: string) {
  return reply.code(502).send({
    errors: [
      { message: `The ${subgraph} service is not reachable.`, extensions: { code: 'SUBGRAPH_UNAVAILABLE' } },
    ],
  });
}

async function forward(
  route: RestRoute,
  subgraphUrl: (name: string) => string | undefined,
  log: Logger,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const base = subgraphUrl(route.subgraph);
  if (!base) return unavailable(reply, route.subgraph);
  const headers: Record<string, string> = {
    'x-forwarded-host': request.host,
    'x-forwarded-proto': request.protocol,
  };
  for (const name of FORWARDED_REQUEST) {
    const value = request.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  try {
    const upstream = await undiciRequest(new URL(request.url, base), {
      method: request.method as Method,
      headers,
      body: Buffer.isBuffer(request.body) ? request.body : null,
      headersTimeout: TIMEOUT_MS,
      bodyTimeout: TIMEOUT_MS,
    });
    reply.code(upstream.statusCode);
    for (const name of FORWARDED_RESPONSE) {
      const value = upstream.headers[name];
      if (value !== undefined) reply.header(name, value);
    }
    return reply.send(Buffer.from(await upstream.body.arrayBuffer()));
  } catch (error) {
    log.warn({ err: error, subgraph: route.subgraph, url: request.url }, 'REST passthrough failed');
    return unavailable(reply, route.subgraph);
  }
}

/** Registers the passthroughs; `subgraphUrl` gives a subgraph's GraphQL URL by name (its origin is used). */
export async function registerRestRoutes(
  app: FastifyInstance,
  subgraphUrl: (name: string) => string | undefined,
  log: Logger,
  routes: RestRoute[] = REST_ROUTES,
): Promise<void> {
  await app.register(async (scope) => {
    // Bodies go on as they came, whatever their type (Open311 posts forms).
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
    for (const route of routes) {
      for (const url of [route.prefix, `${route.prefix}/*`]) {
        scope.route({
          method: route.methods ?? ['GET', 'POST'],
          url,
          ...(route.bodyLimit ? { bodyLimit: route.bodyLimit } : {}),
          // Read by @fastify/cors (gateway/src/cors.ts) in its onRequest hook, before any refusal.
          ...(route.anyOrigin ? { config: { cors: { origin: '*' } } } : {}),
          handler: (request, reply) => forward(route, subgraphUrl, log, request, reply),
        });
      }
    }
  });
}
