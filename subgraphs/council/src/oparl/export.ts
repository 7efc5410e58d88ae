/**
 * The OParl 1.1 export at /oparl/v1.1/: the system, its bodies, paginated lists per
 * body (with links and the created/modified filters) and every object by id. Public
 * data only: non-public agenda items are never exported. The gateway forwards
 * /oparl to here (gateway/src/rest-routes.ts).
 */
import { env, type Logger, publicBaseUrl } from '@kaarst/kit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { SYSTEM_ID } from '../seed.ts';
import { KINDS, type Kind } from './kinds.ts';
import { type OparlType, PATHS, systemJson, type Urls, urlsFor } from './serialize.ts';

export const OPARL_PREFIX = '/oparl/v1.1';
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;

class OparlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The export's base URL: OPARL_BASE_URL, else the hub's public URL
 * (HUB_PUBLIC_URL, or the gateway's own address), never the caller's Host header.
 */
function baseUrl(request: FastifyRequest): string {
  const configured = env('OPARL_BASE_URL');
  if (configured) return configured.replace(/\/$/, '');
  return `${publicBaseUrl(request)}${OPARL_PREFIX}`;
}

type Query = Record<string, string | undefined>;

function instant(query: Query, name: string): Date | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime()))
    throw new OparlError(400, `${name} must be an ISO 8601 date-time.`);
  return date;
}

function positive(query: Query, name: string, fallback: number, max: number): number {
  const value = query[name];
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new OparlError(400, `${name} must be between 1 and ${max}.`);
  return n;
}

/** The filters of OParl's lists; deleted objects are listed only to incremental (modified_since) readers. */
function filters(query: Query) {
  const created = { gte: instant(query, 'created_since'), lte: instant(query, 'created_until') };
  const modified = { gte: instant(query, 'modified_since'), lte: instant(query, 'modified_until') };
  return { created, modified, ...(modified.gte ? {} : { deleted: false }) };
}

async function listPage(db: PrismaClient, kind: Kind, bodyId: string, query: Query, u: Urls, self: string) {
  const limit = positive(query, 'limit', DEFAULT_LIMIT, MAX_LIMIT);
  const page = positive(query, 'page', 1, 1_000_000);
  const where = { AND: [kind.scope(bodyId), filters(query)] };
  const [total, rows] = await Promise.all([
    kind.count(db, where),
    kind.find(db, where, { skip: (page - 1) * limit, take: limit }),
  ]);
  const totalPages = Math.max(1, Math.ceil(total / limit));
  const link = (p: number) => {
    const url = new URL(self);
    for (const [key, value] of Object.entries(query))
      if (value !== undefined) url.searchParams.set(key, value);
    url.searchParams.set('page', String(p));
    return url.toString();
  };
  return {
    data: rows.map((row) => kind.json(row, u)),
    pagination: { totalElements: total, elementsPerPage: limit, currentPage: page, totalPages },
    links: {
      first: link(1),
      ...(page > 1 ? { prev: link(Math.min(page - 1, totalPages)) } : {}),
      ...(page < totalPages ? { next: link(page + 1) } : {}),
      last: link(totalPages),
      self: link(page),
    },
  };
}

const kindByPath = new Map(
  (Object.entries(PATHS) as Array<[OparlType, string]>).flatMap(([type, path]) => {
    const kind = KINDS[type as Exclude<OparlType, 'System'>];
    return kind ? [[path, kind] as const] : [];
  }),
);

export function registerOparlRoutes(app: FastifyInstance, { db, log }: { db: PrismaClient; log: Logger }) {
  const answer =
    (handler: (request: FastifyRequest, u: Urls) => Promise<unknown>) =>
    async (request: FastifyRequest, reply: FastifyReply) => {
      reply.header('access-control-allow-origin', '*').type('application/json; charset=utf-8');
      try {
        return await handler(request, urlsFor(baseUrl(request)));
      } catch (error) {
        // The hub's one error shape (kit/src/http.ts).
        if (!(error instanceof OparlError)) {
          log.error({ err: error, url: request.url }, 'OParl export failed');
          return reply.code(500).send({
            errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
          });
        }
        const code = error.status === 404 ? 'NOT_FOUND' : 'BAD_USER_INPUT';
        return reply.code(error.status).send({ errors: [{ message: error.message, extensions: { code } }] });
      }
    };
  const bodyExists = async (id: string) => {
    if (!(await db.body.findUnique({ where: { id }, select: { id: true } })))
      throw new OparlError(404, 'No such body.');
  };

  app.get(
    `${OPARL_PREFIX}/system`,
    answer(async (_request, u) =>
      systemJson(await db.system.findUniqueOrThrow({ where: { id: SYSTEM_ID } }), u),
    ),
  );
  app.get(
    `${OPARL_PREFIX}/body`,
    answer(async (request, u) => listPage(db, KINDS.Body, '', request.query as Query, u, `${u.base}/body`)),
  );
  app.get(
    `${OPARL_PREFIX}/body/:id/:list`,
    answer(async (request, u) => {
      const { id, list } = request.params as { id: string; list: string };
      const kind = kindByPath.get(list);
      if (!kind || list === PATHS.Body) throw new OparlError(404, `No list "${list}".`);
      await bodyExists(id);
      return listPage(db, kind, id, request.query as Query, u, u.list(id, kind.type));
    }),
  );
  app.get(
    `${OPARL_PREFIX}/:type/:id`,
    answer(async (request, u) => {
      const { type, id } = request.params as { type: string; id: string };
      if (type === PATHS.System && id === SYSTEM_ID)
        return systemJson(await db.system.findUniqueOrThrow({ where: { id } }), u);
      const kind = kindByPath.get(type);
      const row = kind ? await kind.one(db, id) : null;
      if (!kind || !row) throw new OparlError(404, 'No such object.');
      return kind.json(row, u);
    }),
  );
}
