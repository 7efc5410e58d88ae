/**
 * Open311 GeoReport v2 (wiki.open311.org/GeoReport_v2) over the same data, so
 * existing Open311 apps and dashboards work with Kaarst: JSON at
 * /open311/v2/services.json, services/{code}.json, requests.json (GET, POST)
 * and requests/{id}.json, reached through the gateway's port. Posting needs an
 * API key (`api_key`, as the spec says); the public lists show reports about
 * public places only (request types the catalogue marks PUBLIC_PLACE), without
 * descriptions or contact data (they are personal).
 */
import formbody from '@fastify/formbody';
import { type ApiKeyClaims, HubError, type HubKeys, type Logger, verifyApiKey } from '@kaarst/kit';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Prisma, PrismaClient, RequestType, ServiceRequest } from './generated/prisma/client.ts';
import { submitRequest } from './lifecycle.ts';
import { fieldsOf } from './models.ts';

const BASE = '/open311/v2';
const MAX_LIST = 200;

/** Open311's error shape: a list of { code, description }. */
const fail = (reply: FastifyReply, status: number, description: string) =>
  reply.code(status).send([{ code: status, description }]);

const serviceOf = (type: RequestType) => ({
  service_code: type.code,
  service_name: type.name,
  description: type.description,
  metadata: fieldsOf(type).length > 0,
  type: 'realtime',
  keywords: type.keywords.filter((k) => k !== 'location').join(','),
  group: type.group,
});

const definitionOf = (type: RequestType) => ({
  service_code: type.code,
  attributes: fieldsOf(type).map((field, index) => ({
    variable: true,
    code: field.code,
    datatype: field.datatype,
    required: field.required,
    datatype_description: field.datatype === 'datetime' ? 'YYYY-MM-DD' : '',
    order: index + 1,
    description: field.description,
    ...(field.values ? { values: field.values } : {}),
  })),
});

const OPEN_STATUSES = ['RECEIVED', 'IN_PROGRESS', 'WAITING_FOR_CITIZEN'];

/** The one condition every public read goes through: the list and the lookup by id alike. */
const PUBLISHED: Prisma.ServiceRequestWhereInput = { type: { publication: 'PUBLIC_PLACE' } };

const publicRequest = (request: ServiceRequest & { type: RequestType }) => ({
  service_request_id: request.referenceNumber,
  status: OPEN_STATUSES.includes(request.status) ? 'open' : 'closed',
  service_name: request.type.name,
  service_code: request.typeCode,
  agency_responsible: `Stadt Kaarst, ${request.department}`,
  requested_datetime: request.createdAt.toISOString(),
  updated_datetime: request.updatedAt.toISOString(),
  expected_datetime: request.dueAt.toISOString(),
  address: request.address,
  lat: request.latitude,
  long: request.longitude,
});

type Query = Record<string, string | undefined>;

/** attribute[code]=value (form) or attribute: { code: value } (JSON). */
function attributesOf(body: Record<string, unknown>): { field: string; value: string }[] {
  const nested = body.attribute;
  const pairs: [string, unknown][] =
    nested && typeof nested === 'object'
      ? Object.entries(nested)
      : Object.entries(body)
          .filter(([key]) => /^attribute\[[^\]]+\]$/.test(key))
          .map(([key, value]) => [key.slice('attribute['.length, -1), value]);
  return pairs.map(([field, value]) => ({
    field,
    value: Array.isArray(value) ? value.join(',') : String(value),
  }));
}

const text = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
const number = (value: unknown) => (text(value) === undefined ? undefined : Number(value));

export async function registerOpen311Routes(
  app: FastifyInstance,
  { db, keys, log }: { db: PrismaClient; keys: HubKeys; log: Logger },
): Promise<void> {
  await app.register(async (open311) => {
    await open311.register(formbody, { bodyLimit: 65_536 });

    open311.get(`${BASE}/services.json`, async () =>
      (await db.requestType.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }] })).map(serviceOf),
    );

    open311.get<{ Params: { code: string } }>(`${BASE}/services/:code.json`, async (request, reply) => {
      const type = await db.requestType.findUnique({ where: { code: request.params.code } });
      return type ? definitionOf(type) : fail(reply, 404, `No service ${request.params.code}.`);
    });

    open311.get<{ Querystring: Query }>(`${BASE}/requests.json`, async (request, reply) => {
      const q = request.query;
      const ids = q.service_request_id
        ?.split(',')
        .map((id) => id.trim())
        .slice(0, MAX_LIST);
      const start = q.start_date ? new Date(q.start_date) : undefined;
      const end = q.end_date ? new Date(q.end_date) : undefined;
      if ((start && Number.isNaN(start.getTime())) || (end && Number.isNaN(end.getTime())))
        return fail(reply, 400, 'start_date and end_date must be ISO 8601 dates.');
      if (q.status && !['open', 'closed'].includes(q.status))
        return fail(reply, 400, 'status is open or closed.');
      const rows = await db.serviceRequest.findMany({
        where: {
          AND: [
            PUBLISHED,
            {
              ...(ids ? { referenceNumber: { in: ids } } : {}),
              ...(q.service_code ? { typeCode: { in: q.service_code.split(',') } } : {}),
              ...(start || end
                ? { createdAt: { ...(start ? { gte: start } : {}), ...(end ? { lte: end } : {}) } }
                : {}),
              ...(q.status === 'open' ? { status: { in: OPEN_STATUSES as never } } : {}),
              ...(q.status === 'closed' ? { status: { in: ['DONE', 'REJECTED'] } } : {}),
            },
          ],
        },
        include: { type: true },
        orderBy: { createdAt: 'desc' },
        take: MAX_LIST,
      });
      return rows.map(publicRequest);
    });

    open311.get<{ Params: { id: string } }>(`${BASE}/requests/:id.json`, async (request, reply) => {
      const row = await db.serviceRequest.findFirst({
        where: { AND: [PUBLISHED, { referenceNumber: request.params.id }] },
        include: { type: true },
      });
      if (!row) return fail(reply, 404, `No public request ${request.params.id}.`);
      return [publicRequest(row)];
    });

    open311.post<{ Body: Record<string, unknown> | undefined }>(
      `${BASE}/requests.json`,
      async (request, reply) => {
        const body = request.body ?? {};
        const key = text(body.api_key);
        const application: ApiKeyClaims | null = key ? await verifyApiKey(key, keys) : null;
        if (!application) return fail(reply, 403, 'A valid api_key is required to post requests.');
        const email = text(body.email);
        if (email && (!email.includes('@') || email.length > 254))
          return fail(reply, 400, 'email is not an address.');
        const name = [text(body.first_name), text(body.last_name)].filter(Boolean).join(' ') || null;
        try {
          const { request: created } = await submitRequest(
            db,
            null,
            {
              typeCode: text(body.service_code) ?? '',
              description: text(body.description) ?? '',
              answers: attributesOf(body),
              latitude: number(body.lat) ?? null,
              longitude: number(body.long) ?? null,
              address: text(body.address_string) ?? null,
              // Open311 has no idempotency key: each post is a new report.
              idempotencyKey: `open311:${application.id}:${Date.now()}:${Math.random().toString(36).slice(2)}`,
              contactEmail: email ?? null,
              contactName: name,
            },
            'open311',
          );
          return reply.code(201).send([
            {
              service_request_id: created.referenceNumber,
              service_notice: 'Ihre Meldung ist eingegangen.',
              account_id: null,
            },
          ]);
        } catch (error) {
          if (error instanceof HubError) return fail(reply, 400, error.message);
          log.error({ err: error }, 'open311 post failed');
          return fail(reply, 500, 'The request could not be stored.');
        }
      },
    );
  });
}
