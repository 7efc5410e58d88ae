/**
 * The OParl 1.1 export at /oparl/v1.1/: the System (its id is the entry URL), its bodies,
 * paginated lists per body and every object at its id. Public data only: non-public
 * agenda items are never exported. The gateway forwards /oparl to here
 * (gateway/src/http/rest-routes.ts).
 *
 * Every object has one canonical URL (chapter 2.3): other spellings of a path (a
 * trailing or doubled slash, a type in capitals, /system/kaarst) answer 301 to it. Every
 * answer, errors included, carries `Access-Control-Allow-Origin: *` (chapter 2.6);
 * errors are OParl Error objects (chapter 2.9); methods other than GET and HEAD get 405.
 */
import { env, type Logger, publicBaseUrl } from '@kaarst/kit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { SYSTEM_ID } from '../seed.ts';
import { KINDS, type Kind } from './kinds.ts';
import { listPage, listRequest, OparlError, type Query, shapeOf } from './lists.ts';
import { OPARL_TYPE, type OparlType, PATHS, systemJson, type Urls, urlsFor } from './serialize.ts';

export const OPARL_PREFIX = '/oparl/v1.1';
const VERSION = 'v1.1';
const READ_METHODS = ['GET', 'HEAD'];
const ALLOWED = 'GET, HEAD, OPTIONS';

/**
 * The export's base URL, the one place OParl's absolute URLs come from: OPARL_BASE_URL,
 * else the hub's public URL (HUB_PUBLIC_URL, or the gateway's own address), never the
 * caller's Host header.
 */
function baseUrl(request: FastifyRequest): string {
  const configured = env('OPARL_BASE_URL');
  if (configured) return configured.replace(/\/$/, '');
  return `${publicBaseUrl(request)}${OPARL_PREFIX}`;
}

const kindByPath = new Map(
  (Object.entries(PATHS) as Array<[OparlType, string]>).flatMap(([type, path]) => {
    const kind = KINDS[type as Exclude<OparlType, 'System'>];
    return kind ? [[path, kind] as const] : [];
  }),
);

const notFound = (what: string) =>
  new OparlError(404, 'Unter dieser URL gibt es kein Objekt.', `NOT_FOUND: ${what}`);

/** What a path under /oparl names, in canonical segments (below /oparl/v1.1), or why it names nothing. */
type Target =
  | { kind: 'system' }
  | { kind: 'bodies' }
  | { kind: 'list'; bodyId: string; list: Kind }
  | { kind: 'object'; type: Kind; id: string };

/**
 * The canonical spelling of a request path (segments below /oparl/v1.1) and what it names.
 * Empty segments (doubled or trailing slashes) are dropped and type names lower-cased:
 * those spellings are redirected, not refused. Object ids are kept as they are.
 */
function resolve(path: string): { segments: string[]; target: Target } {
  const [version, ...rest] = path
    .replace(/^\/oparl/, '')
    .split('/')
    .filter(Boolean);
  if (version !== undefined && version.toLowerCase() !== VERSION)
    throw notFound(`no OParl version "${version}" here (${OPARL_PREFIX})`);
  const [typeSegment, id, listSegment, ...more] = rest;
  const type = typeSegment?.toLowerCase() ?? PATHS.System;
  if (type === PATHS.System) {
    if (id !== undefined && (id !== SYSTEM_ID || listSegment !== undefined))
      throw notFound(`no system "${id}"`);
    return { segments: [PATHS.System], target: { kind: 'system' } };
  }
  if (type === PATHS.Body && id === undefined) return { segments: [type], target: { kind: 'bodies' } };
  const kind = kindByPath.get(type);
  if (!kind || id === undefined || more.length > 0) throw notFound(`nothing at ${path}`);
  const decoded = decodeSegment(id);
  if (listSegment === undefined)
    return { segments: [type, id], target: { kind: 'object', type: kind, id: decoded } };
  const list = kindByPath.get(listSegment.toLowerCase());
  if (type !== PATHS.Body || !list || list === KINDS.Body) throw notFound(`no list "${listSegment}"`);
  return {
    segments: [type, id, listSegment.toLowerCase()],
    target: { kind: 'list', bodyId: decoded, list },
  };
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw notFound(`malformed id "${segment}"`);
  }
}

async function answer(db: PrismaClient, target: Target, query: Query, u: Urls): Promise<unknown> {
  switch (target.kind) {
    case 'system':
      return systemJson(await db.system.findUniqueOrThrow({ where: { id: SYSTEM_ID } }), u);
    case 'bodies':
      return listPage(db, KINDS.Body, '', listRequest(query), u, `${u.base}/${PATHS.Body}`);
    case 'list': {
      if (!(await db.body.findUnique({ where: { id: target.bodyId }, select: { id: true } })))
        throw notFound(`no body "${target.bodyId}"`);
      const self = u.list(target.bodyId, target.list.type);
      return listPage(db, target.list, target.bodyId, listRequest(query), u, self);
    }
    case 'object': {
      const row = await target.type.one(db, target.id);
      if (!row) throw notFound(`no ${target.type.type} "${target.id}"`);
      return target.type.json(row, u, shapeOf(query));
    }
  }
}

function sendError(reply: FastifyReply, error: OparlError) {
  return reply
    .code(error.status)
    .header('access-control-allow-origin', '*')
    .type('application/json; charset=utf-8')
    .send({ type: `${OPARL_TYPE}Error`, message: error.userMessage, debug: error.debug });
}

const methodNotAllowed = (method: string) =>
  new OparlError(
    405,
    'Diese Schnittstelle kann nur gelesen werden.',
    `METHOD_NOT_ALLOWED: ${method}; OParl is read with GET`,
  );

export async function registerOparlRoutes(
  app: FastifyInstance,
  { db, log }: { db: PrismaClient; log: Logger },
) {
  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.method === 'OPTIONS')
      return reply
        .code(204)
        .header('access-control-allow-origin', '*')
        .header('access-control-allow-methods', ALLOWED)
        .header('access-control-max-age', '600')
        .send();
    const [path = '', search] = request.url.split(/\?(.*)/s);
    const { segments, target } = resolve(path);
    const u = urlsFor(baseUrl(request));
    reply.header('access-control-allow-origin', '*').type('application/json; charset=utf-8');
    if (path !== `${OPARL_PREFIX}/${segments.join('/')}`)
      return reply.redirect(`${u.base}/${segments.join('/')}${search ? `?${search}` : ''}`, 301);
    return answer(db, target, request.query as Query, u);
  };
  await app.register(
    async (scope) => {
      // Before any body is read: a write is refused as such, whatever it carries.
      scope.addHook('onRequest', async (request, reply) => {
        if (!READ_METHODS.includes(request.method) && request.method !== 'OPTIONS')
          return sendError(reply.header('allow', ALLOWED), methodNotAllowed(request.method));
      });
      scope.setErrorHandler((error, request, reply) => {
        if (error instanceof OparlError) return sendError(reply, error);
        const status = (error as { statusCode?: number }).statusCode ?? 500;
        if (status >= 500) log.error({ err: error, url: request.url }, 'OParl export failed');
        return sendError(
          reply,
          status >= 500
            ? new OparlError(500, 'Interner Fehler.', 'INTERNAL_SERVER_ERROR')
            : new OparlError(status, 'Die Anfrage ist ungültig.', `BAD_REQUEST: ${(error as Error).message}`),
        );
      });
      scope.setNotFoundHandler((request, reply) =>
        sendError(
          reply,
          READ_METHODS.includes(request.method)
            ? notFound(`nothing at ${request.url.split('?')[0]}`)
            : methodNotAllowed(request.method),
        ),
      );
      for (const url of ['', '/*'])
        scope.route({ method: [...READ_METHODS, 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'], url, handler });
    },
    { prefix: '/oparl' },
  );
}
