/**
 * Open311 GeoReport v2 (wiki.open311.org/GeoReport_v2) over the same data, so existing
 * Open311 apps and dashboards work with Kaarst, in XML and JSON (open311-format.ts):
 * discovery, services, services/{code}, requests (GET, POST), requests/{id} and
 * tokens/{token} under /open311/v2, reached through the gateway's port. Posting needs an
 * API key (`api_key`, as the spec says) and the request belongs to the key's owner (it is
 * in their myRequests); the answer carries a `token` that tokens/{token} turns into the
 * request's id also where the request's type is not public. The public lists show
 * reports about public places only (types the catalogue marks PUBLIC_PLACE), without
 * descriptions or contact data (they are personal).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import formbody from '@fastify/formbody';
import {
  type ApiKeyClaims,
  HubError,
  type HubKeys,
  type Logger,
  publicBaseUrl,
  townDateTime,
  verifyApiKey,
} from '@kaarst/kit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Prisma, PrismaClient, RequestType, ServiceRequest } from './generated/prisma/client.ts';
import { submitRequest } from './lifecycle.ts';
import { fieldsOf } from './models.ts';
import { attributesOf, type Format, resource, send, sendError, values } from './open311-format.ts';

const BASE = '/open311/v2';
/** The spec: at most 1000 requests per answer, the last 90 days unless dates are given. */
const MAX_LIST = 1000;
const DEFAULT_WINDOW_DAYS = 90;

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

const OPEN_STATUSES = ['RECEIVED', 'IN_PROGRESS', 'WAITING_FOR_CITIZEN'] as const;
const CLOSED_STATUSES = ['DONE', 'REJECTED'] as const;

/** The one condition every public read goes through: the list and the lookup by id alike. */
const PUBLISHED: Prisma.ServiceRequestWhereInput = { type: { publication: 'PUBLIC_PLACE' } };

const publicRequest = (request: ServiceRequest & { type: RequestType }) => ({
  service_request_id: request.referenceNumber,
  status: (OPEN_STATUSES as readonly string[]).includes(request.status) ? 'open' : 'closed',
  service_name: request.type.name,
  service_code: request.typeCode,
  agency_responsible: `Stadt Kaarst, ${request.department}`,
  requested_datetime: townDateTime(request.createdAt),
  updated_datetime: townDateTime(request.updatedAt),
  expected_datetime: townDateTime(request.dueAt),
  address: request.address,
  lat: request.latitude,
  long: request.longitude,
});

const REQUESTS = { root: 'service_requests', item: 'request' };

/** A token names one request: its reference number, signed with the hub's internal secret. */
function tokenFor(keys: HubKeys, referenceNumber: string): string {
  const mac = createHmac('sha256', keys.internalSecret).update(`open311-token:${referenceNumber}`).digest();
  return `${Buffer.from(referenceNumber).toString('base64url')}.${mac.subarray(0, 16).toString('base64url')}`;
}

function referenceOfToken(keys: HubKeys, token: string): string | null {
  const [encoded = ''] = token.split('.');
  const reference = Buffer.from(encoded, 'base64url').toString();
  const expected = Buffer.from(tokenFor(keys, reference));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given) ? reference : null;
}

const text = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** A coordinate, if given: a number in range, else a refusal (never stored as null). */
function coordinate(body: Record<string, unknown>, name: 'lat' | 'long', limit: number): number | null {
  const raw = text(body[name]);
  if (raw === undefined) return null;
  const value = Number(raw);
  if (!Number.isFinite(value) || Math.abs(value) > limit)
    throw new Refusal(400, `${name} must be a number between -${limit} and ${limit}, got "${raw}".`);
  return value;
}

function dateParameter(query: Record<string, unknown>, name: string): Date | undefined {
  const [raw] = values(query, name);
  if (raw === undefined) return undefined;
  const date = new Date(raw.replace(/ (\d{2}:?\d{2})$/, '+$1'));
  if (Number.isNaN(date.getTime())) throw new Refusal(400, `${name} must be a W3C date-time.`);
  return date;
}

/** GET requests: service_request_id alone wins; else service_code, status and the date window. */
function requestFilter(query: Record<string, unknown>): Prisma.ServiceRequestWhereInput {
  const ids = values(query, 'service_request_id').slice(0, MAX_LIST);
  if (ids.length > 0) return { referenceNumber: { in: ids } };
  const statuses = values(query, 'status');
  if (statuses.some((s) => s !== 'open' && s !== 'closed'))
    throw new Refusal(400, 'status is open or closed.');
  const wanted = [
    ...(statuses.includes('open') ? OPEN_STATUSES : []),
    ...(statuses.includes('closed') ? CLOSED_STATUSES : []),
  ];
  const codes = values(query, 'service_code');
  let start = dateParameter(query, 'start_date');
  const end = dateParameter(query, 'end_date');
  if (!start && !end) start = new Date(Date.now() - DEFAULT_WINDOW_DAYS * 86_400_000);
  return {
    ...(codes.length ? { typeCode: { in: codes } } : {}),
    ...(wanted.length ? { status: { in: wanted } } : {}),
    createdAt: { ...(start ? { gte: start } : {}), ...(end ? { lte: end } : {}) },
  };
}

export async function registerOpen311Routes(
  app: FastifyInstance,
  { db, keys, log }: { db: PrismaClient; keys: HubKeys; log: Logger },
): Promise<void> {
  const listRequests = async (query: Record<string, unknown>) =>
    (
      await db.serviceRequest.findMany({
        where: { AND: [PUBLISHED, requestFilter(query)] },
        include: { type: true },
        orderBy: { createdAt: 'desc' },
        take: MAX_LIST,
      })
    ).map(publicRequest);

  const discovery = (request: FastifyRequest) => ({
    changeset: '2026-12-06T00:00:00+01:00',
    contact: 'Stadt Kaarst, Bürgerbüro: buergerbuero@example.org',
    key_service: `${publicBaseUrl(request)}/developers/#schluessel`,
    endpoints: [
      {
        specification: 'http://wiki.open311.org/GeoReport_v2',
        url: `${publicBaseUrl(request)}${BASE}`,
        changeset: '2026-12-06T00:00:00+01:00',
        type: 'production',
        formats: ['text/xml', 'application/json'],
      },
    ],
  });

  async function post(request: FastifyRequest, reply: FastifyReply, format: Format) {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const key = text(body.api_key);
    const application: ApiKeyClaims | null = key ? await verifyApiKey(key, keys) : null;
    if (!application) throw new Refusal(403, 'A valid api_key is required to post requests.');
    const code = text(body.service_code);
    if (!code) throw new Refusal(400, 'service_code is required.');
    const type = await db.requestType.findUnique({ where: { code } });
    if (!type) throw new Refusal(404, `No service ${code}.`);
    const email = text(body.email);
    if (email && (!email.includes('@') || email.length > 254))
      throw new Refusal(400, 'email is not an address.');
    const latitude = coordinate(body, 'lat', 90);
    const longitude = coordinate(body, 'long', 180);
    const name = [text(body.first_name), text(body.last_name)].filter(Boolean).join(' ') || null;
    const { request: created } = await submitRequest(
      db,
      // The key's owner made it: it is theirs to follow (myRequests), as with the portal.
      application.ownerId,
      {
        typeCode: code,
        // The service definitions do not ask for one (Open311 makes it optional): say what it is.
        description: text(body.description) ?? `Meldung über Open311: ${type.name}`,
        answers: attributesOf(body),
        latitude,
        longitude,
        address: text(body.address_string) ?? null,
        // Open311 has no idempotency key: each post is a new report.
        idempotencyKey: `open311:${application.id}:${Date.now()}:${Math.random().toString(36).slice(2)}`,
        contactEmail: email ?? null,
        contactName: name,
      },
      'open311',
    );
    const published = type.publication === 'PUBLIC_PLACE';
    return send(reply, format, {
      status: 201,
      body: [
        {
          // A request about a public place is public at once; any other is followed by its token.
          ...(published ? { service_request_id: created.referenceNumber } : {}),
          token: tokenFor(keys, created.referenceNumber),
          service_notice: 'Ihre Meldung ist eingegangen.',
          account_id: application.ownerId,
        },
      ],
      ...REQUESTS,
    });
  }

  /** Runs a route for the format of its file name; refusals become Open311 errors in that format. */
  const route =
    (
      handle: (
        request: FastifyRequest,
        reply: FastifyReply,
        name: string,
        format: Format,
      ) => Promise<unknown>,
    ) =>
    async (request: FastifyRequest, reply: FastifyReply) => {
      const found = resource((request.params as { file: string }).file);
      if (!found) return sendError(reply, 'json', 404, 'Open311 answers in .json or .xml.');
      try {
        return await handle(request, reply, found.name, found.format);
      } catch (error) {
        if (error instanceof Refusal) return sendError(reply, found.format, error.status, error.message);
        if (error instanceof HubError) return sendError(reply, found.format, 400, error.message);
        log.error({ err: error, url: request.url }, 'open311 failed');
        return sendError(reply, found.format, 500, 'The request could not be answered.');
      }
    };

  await app.register(async (open311) => {
    await open311.register(formbody, { bodyLimit: 65_536 });
    open311.get(
      `${BASE}/:file`,
      route(async (request, reply, name, format) => {
        if (name === 'discovery')
          return send(reply, format, {
            body: discovery(request),
            root: 'discovery',
            item: null,
            nesting: { endpoints: 'endpoint', formats: 'format' },
          });
        if (name === 'services') {
          const types = await db.requestType.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }] });
          return send(reply, format, { body: types.map(serviceOf), root: 'services', item: 'service' });
        }
        if (name === 'requests')
          return send(reply, format, {
            body: await listRequests(request.query as Record<string, unknown>),
            ...REQUESTS,
          });
        throw new Refusal(404, `No ${name} here.`);
      }),
    );
    open311.get(
      `${BASE}/services/:file`,
      route(async (_request, reply, code, format) => {
        const type = await db.requestType.findUnique({ where: { code } });
        if (!type) throw new Refusal(404, `No service ${code}.`);
        return send(reply, format, {
          body: definitionOf(type),
          root: 'service_definition',
          item: null,
          nesting: { attributes: 'attribute', values: 'value' },
        });
      }),
    );
    open311.get(
      `${BASE}/requests/:file`,
      route(async (_request, reply, id, format) => {
        const row = await db.serviceRequest.findFirst({
          where: { AND: [PUBLISHED, { referenceNumber: id }] },
          include: { type: true },
        });
        if (!row) throw new Refusal(404, `No public request ${id}.`);
        return send(reply, format, { body: [publicRequest(row)], ...REQUESTS });
      }),
    );
    open311.get(
      `${BASE}/tokens/:file`,
      route(async (_request, reply, token, format) => {
        const reference = referenceOfToken(keys, token);
        const row = reference
          ? await db.serviceRequest.findUnique({ where: { referenceNumber: reference } })
          : null;
        if (!row) throw new Refusal(404, 'No request for this token.');
        return send(reply, format, {
          body: [{ service_request_id: row.referenceNumber, token }],
          ...REQUESTS,
        });
      }),
    );
    open311.post(
      `${BASE}/:file`,
      route(async (request, reply, name, format) => {
        if (name !== 'requests') throw new Refusal(404, `No ${name} here.`);
        return post(request, reply, format);
      }),
    );
  });
}
