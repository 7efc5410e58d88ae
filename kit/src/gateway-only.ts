/**
 * Subgraphs answer only the gateway: every request must carry the gateway's
 * signed context token (CONTEXT_HEADER), on /graphql and on the plain HTTP
 * routes alike (OParl, Open311, attachments). Only the health probes and
 * /metrics (which guards itself) are open, and a real WebSocket handshake on
 * /graphql, whose connection_init must then carry the token instead.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { GraphQLError } from 'graphql';
import { CONTEXT_HEADER, readContextToken, type Viewer } from './auth.ts';
import type { HubKeys } from './keys.ts';

declare module 'fastify' {
  interface FastifyRequest {
    viewer: Viewer | null;
    /** The caller's address, as the gateway signed it into the context token. */
    client: string | null;
    /** The gateway asking for itself (its token says so), not on a caller's behalf. */
    gatewayService: boolean;
  }
}

/** The WebSocket route: the only place an upgrade is answered. */
export const WEBSOCKET_PATH = '/graphql';
const OPEN_PATHS = /^\/(?:health(?:\/[a-z]*)?|metrics)(?:\?|$)/;

/**
 * A WebSocket handshake Node itself took as an upgrade (Connection: Upgrade),
 * a GET asking for `websocket`, on the WebSocket route. Such a request never
 * reaches an HTTP handler: it becomes a socket or is refused by the handshake.
 * An `Upgrade` header on any other request is just a header.
 */
export function isWebSocketHandshake(request: FastifyRequest): boolean {
  return (
    (request.raw as { upgrade?: boolean }).upgrade === true &&
    request.method === 'GET' &&
    request.headers.upgrade?.toLowerCase() === 'websocket' &&
    request.url.split('?')[0] === WEBSOCKET_PATH
  );
}

/** Adds the check to every route of `app` (call before any route is registered). */
export function requireGatewayContext(app: FastifyInstance, keys: HubKeys): void {
  app.decorateRequest('viewer', null);
  app.decorateRequest('client', null);
  app.decorateRequest('gatewayService', false);
  app.addHook('onRequest', async (request, reply) => {
    if (OPEN_PATHS.test(request.url) || isWebSocketHandshake(request)) return;
    try {
      const claims = await readContextToken(keys, request.headers[CONTEXT_HEADER] as string | undefined);
      request.viewer = claims.viewer;
      request.client = claims.client;
      request.gatewayService = claims.gatewayService;
    } catch (error) {
      const e = error as GraphQLError;
      return reply.code(401).send({ data: null, errors: [{ message: e.message, extensions: e.extensions }] });
    }
  });
}
