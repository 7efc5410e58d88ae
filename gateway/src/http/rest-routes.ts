/**
 * Plain HTTP APIs that subgraphs serve beside GraphQL (e.g. OParl, Open311, attachment
 * transfers), declared by each subgraph in its package.json ("hub.restRoutes", the registry),
 * reachable on the gateway's port: a path prefix is forwarded, path and query unchanged, to
 * the named subgraph, with an anonymous context token (the subgraphs answer nobody else) and
 * the hub's public URL for absolute links. No session goes along: these routes serve public
 * data, or check a capability in the URL themselves (the single-use upload URLs and signed
 * download links of attachments).
 */
import { CONTEXT_HEADER, HttpRefusal, type Logger, PUBLIC_URL_HEADER, unsafeValue } from '@kaarst/kit/common';
import {
  type RestMethod as Method,
  type RestRoute as RegistryRestRoute,
  type RestErrorFormat,
  restRoutes,
} from '@kaarst/kit/registry';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { request as undiciRequest } from 'undici';
import type { GuardedPrefix } from '../access/http-checks.ts';

/** A registry REST route (package.json "hub.restRoutes") with the subgraph serving it. */
export interface RestRoute extends RegistryRestRoute {
  /** The subgraph serving it, by name. */
  subgraph: string;
}

/** The gateway's own refusals in the error shape of the standard a route speaks. */
const REFUSAL_BODIES: Record<RestErrorFormat, (refusal: HttpRefusal) => unknown> = {
  // Open311 GeoReport v2 clients read errors as [{ code, description }].
  open311: (refusal) => [{ code: refusal.statusCode, description: refusal.message }],
};

/** The access gate's view of a route: where the key may also come from, how refusals look. */
export function guardedPrefix(route: RestRoute): GuardedPrefix {
  return {
    prefix: route.prefix,
    ...(route.apiKeyParam ? { apiKeyParam: route.apiKeyParam } : {}),
    ...(route.errorFormat ? { refusalBody: REFUSAL_BODIES[route.errorFormat] } : {}),
  };
}

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

export interface RestRoutesOptions {
  /** A subgraph's GraphQL URL by name (its origin is used). */
  subgraphUrl: (name: string) => string | undefined;
  log: Logger;
  /** The context token the subgraphs require (anonymous: no session is passed on). */
  contextToken: () => Promise<string>;
  /** The hub's public base URL (HUB_PUBLIC_URL, or where the gateway listens). */
  publicUrl: () => string | undefined;
}

/**
 * Why the request's text is refused (kit/src/input-safety.ts), or null: the
 * decoded path and query, and form or JSON bodies (files go on as bytes).
 */
function unsafeRestInput(request: FastifyRequest): string | null {
  const url = new URL(request.url, 'http://gateway');
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return 'The path is not valid percent-encoded UTF-8.';
  }
  const body = Buffer.isBuffer(request.body) ? request.body.toString('utf8') : '';
  const type = request.headers['content-type'] ?? '';
  let parsed: unknown = {};
  if (type.startsWith('application/x-www-form-urlencoded')) parsed = [...new URLSearchParams(body)];
  else if (type.startsWith('application/json') && body !== '') {
    try {
      parsed = JSON.parse(body);
    } catch {
      parsed = {}; // the subgraph answers malformed JSON itself
    }
  }
  return unsafeValue({ path, query: [...url.searchParams], body: parsed });
}

async function forward(
  route: RestRoute,
  options: RestRoutesOptions,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const { log } = options;
  const unsafe = unsafeRestInput(request);
  if (unsafe) {
    const refused = new HttpRefusal(400, 'BAD_USER_INPUT', unsafe);
    const refusalBody = guardedPrefix(route).refusalBody;
    return reply.code(400).send(
      refusalBody?.(refused) ?? {
        errors: [{ message: unsafe, extensions: { code: 'BAD_USER_INPUT' } }],
      },
    );
  }
  const base = options.subgraphUrl(route.subgraph);
  if (!base) return unavailable(reply, route.subgraph);
  const headers: Record<string, string> = { [CONTEXT_HEADER]: await options.contextToken() };
  const publicUrl = options.publicUrl();
  if (publicUrl) headers[PUBLIC_URL_HEADER] = publicUrl;
  for (const name of [...FORWARDED_REQUEST, ...(route.forwardHeaders ?? [])]) {
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

/** Registers the passthroughs. */
export async function registerRestRoutes(
  app: FastifyInstance,
  options: RestRoutesOptions,
  routes: RestRoute[] = restRoutes(),
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
          handler: (request, reply) => forward(route, options, request, reply),
        });
      }
    }
  });
}
