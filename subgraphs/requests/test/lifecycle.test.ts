import { randomUUID } from 'node:crypto';
import { generateHubKeys, type HubKeys, type RunningSubgraph, type Viewer } from '@kaarst/kit';
import { type GraphQLResponse, startTestSubgraph, subgraphRequest } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { requestsSubgraph } from '../src/subgraph.ts';

const codes = (response: Pick<GraphQLResponse<unknown>, 'errors'>) =>
  (response.errors ?? []).map((e) => e.extensions?.code);

type Request = {
  id: string;
  referenceNumber: string;
  status: string;
  history: { status: string; reason: string | null }[];
  messages: { body: string; fromOffice: boolean; internal: boolean }[];
};
const FIELDS = 'id referenceNumber status history { status reason } messages { body fromOffice internal }';
const SUBMIT = `mutation ($input: SubmitRequestInput!) { submitRequest(input: $input) { ${FIELDS} } }`;
const GET = `query ($id: ID!) { serviceRequest(id: $id) { ${FIELDS} } }`;
const STATUS = `mutation ($id: ID!, $s: RequestStatus!, $r: String!) { changeRequestStatus(requestId: $id, status: $s, reason: $r) { ${FIELDS} } }`;
const MESSAGE = 'mutation ($id: ID!, $b: String!) { sendRequestMessage(requestId: $id, body: $b) { id } }';
const NOTE = 'mutation ($id: ID!, $b: String!) { addRequestNote(requestId: $id, body: $b) { id } }';

const pothole = (key: string, extra: Record<string, unknown> = {}) => ({
  typeCode: 'strassenschaden',
  description: 'Tiefes Schlagloch vor Hausnummer 12',
  answers: [{ field: 'art', value: 'schlagloch' }],
  latitude: 51.2293,
  longitude: 6.6177,
  idempotencyKey: key,
  ...extra,
});

describe('requests: the life of a request', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient>;
  const anna: Viewer = { id: randomUUID(), roles: ['citizen'] };
  const ben: Viewer = { id: randomUUID(), roles: ['citizen'] };
  const tiefbau: Viewer = { id: randomUUID(), roles: ['staff'], department: 'tiefbau' };
  const buergerbuero: Viewer = { id: randomUUID(), roles: ['staff'], department: 'buergerbuero' };
  const request = <T = Record<string, unknown>>(
    viewer: Viewer | null,
    query: string,
    variables?: Record<string, unknown>,
  ) => subgraphRequest<T>(subgraph.url, keys, viewer, query, variables);
  const count = async (table: string) =>
    Number((await subgraph.db.$queryRawUnsafe<[{ n: bigint }]>(`SELECT count(*) AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    keys = await generateHubKeys();
    subgraph = await startTestSubgraph(requestsSubgraph, { keys });
  });
  afterAll(async () => subgraph?.close());

  it('offers a catalogue with each type’s fields', async () => {
    const types = await request<{
      requestTypes: { code: string; needsLocation: boolean; fields: { code: string; type: string }[] }[];
    }>(null, '{ requestTypes { code needsLocation fields { code type } } }');
    expect(types.data?.requestTypes.map((t) => t.code)).toEqual([
      'strassenschaden',
      'sperrmuell',
      'ummeldung',
      'anregung',
      'frage',
      'hausbesuch',
    ]);
    expect(types.data?.requestTypes[0]).toMatchObject({
      needsLocation: true,
      fields: [{ code: 'art', type: 'SINGLEVALUELIST' }],
    });
  });

  it('submits, follows, talks and closes: received at once, then each step with its reason', async () => {
    const submitted = await request<{ submitRequest: Request }>(anna, SUBMIT, {
      input: pothole('anna-pothole-1'),
    });
    expect(submitted.errors).toBeUndefined();
    const created = submitted.data?.submitRequest as Request;
    expect(created.referenceNumber).toMatch(/^KA-\d{4}-\d{6}$/);
    expect(created.status).toBe('RECEIVED');
    expect(created.history).toEqual([{ status: 'RECEIVED', reason: null }]);

    const again = await request<{ submitRequest: Request }>(anna, SUBMIT, {
      input: pothole('anna-pothole-1'),
    });
    expect(again.data?.submitRequest.id).toBe(created.id);

    const waiting = await request<{ changeRequestStatus: Request }>(tiefbau, STATUS, {
      id: created.id,
      s: 'WAITING_FOR_CITIZEN',
      r: 'Bitte ein Foto der Stelle',
    });
    expect(waiting.data?.changeRequestStatus.status).toBe('WAITING_FOR_CITIZEN');
    expect((await request(tiefbau, NOTE, { id: created.id, b: 'Bauhof informiert' })).errors).toBeUndefined();
    expect(
      (await request(anna, MESSAGE, { id: created.id, b: 'Es ist direkt an der Ampel.' })).errors,
    ).toBeUndefined();

    const asAnna = (await request<{ serviceRequest: Request }>(anna, GET, { id: created.id })).data
      ?.serviceRequest;
    expect(asAnna?.status).toBe('IN_PROGRESS');
    expect(asAnna?.history.map((h) => h.status)).toEqual(['RECEIVED', 'WAITING_FOR_CITIZEN', 'IN_PROGRESS']);
    expect(asAnna?.messages).toEqual([
      { body: 'Es ist direkt an der Ampel.', fromOffice: false, internal: false },
    ]);
    const asStaff = (await request<{ serviceRequest: Request }>(tiefbau, GET, { id: created.id })).data
      ?.serviceRequest;
    expect(asStaff?.messages.map((m) => m.internal)).toEqual([true, false]);

    const done = await request<{ changeRequestStatus: Request }>(tiefbau, STATUS, {
      id: created.id,
      s: 'DONE',
      r: 'Schlagloch verfüllt',
    });
    expect(done.data?.changeRequestStatus.history.at(-1)).toEqual({
      status: 'DONE',
      reason: 'Schlagloch verfüllt',
    });
    expect(
      codes(await request(tiefbau, STATUS, { id: created.id, s: 'IN_PROGRESS', r: 'wieder auf' })),
    ).toEqual(['CONFLICT']);
    expect(codes(await request(anna, MESSAGE, { id: created.id, b: 'Danke' }))).toEqual(['CONFLICT']);
    const audit = await subgraph.db.auditEntry.findMany({
      where: { recordId: created.id },
      orderBy: { at: 'asc' },
    });
    expect(audit.map((a) => a.action)).toEqual(['request.status', 'request.note', 'request.status']);
    expect(audit.every((a) => a.actorId === tiefbau.id && a.actorDepartment === 'tiefbau')).toBe(true);
  });

  it('a citizen never sees another’s request; staff see their own department’s only', async () => {
    const mine = (
      await request<{ submitRequest: Request }>(anna, SUBMIT, { input: pothole('anna-pothole-2') })
    ).data?.submitRequest;
    const id = mine?.id as string;
    expect(codes(await request(ben, GET, { id }))).toEqual(['NOT_FOUND']);
    expect(codes(await request(ben, MESSAGE, { id, b: 'hallo' }))).toEqual(['NOT_FOUND']);
    expect(codes(await request(buergerbuero, GET, { id }))).toEqual(['NOT_FOUND']);
    expect(codes(await request(buergerbuero, STATUS, { id, s: 'DONE', r: 'nicht meins' }))).toContain(
      'NOT_FOUND',
    );
    expect((await request<{ myRequests: unknown[] }>(ben, '{ myRequests { id } }')).data?.myRequests).toEqual(
      [],
    );
    const queue = async (viewer: Viewer, filter: Record<string, unknown> = {}) =>
      (
        await request<{ requestQueue: { id: string }[] }>(
          viewer,
          'query ($f: RequestQueueFilter) { requestQueue(filter: $f) { id } }',
          { f: filter },
        )
      ).data?.requestQueue.map((r) => r.id) ?? [];
    expect(await queue(tiefbau)).toContain(id);
    expect(await queue(buergerbuero)).not.toContain(id);
    expect(
      codes(await request(buergerbuero, 'query { requestQueue(filter: { department: "tiefbau" }) { id } }')),
    ).toEqual(['FORBIDDEN']);
    expect(await queue(tiefbau, { search: 'Hausnummer 12', status: ['RECEIVED'] })).toContain(id);
    expect(await queue(tiefbau, { overdueOnly: true })).not.toContain(id);
  });

  it('refuses bad input and stores nothing', async () => {
    const before = await count('service_request');
    const bad: [Record<string, unknown>, string][] = [
      [{ typeCode: 'gibtsnicht' }, 'typeCode'],
      [{ answers: [] }, 'answers.art'],
      [{ answers: [{ field: 'art', value: 'vulkan' }] }, 'answers.art'],
      [
        {
          answers: [
            { field: 'art', value: 'schlagloch' },
            { field: 'farbe', value: 'rot' },
          ],
        },
        'answers.farbe',
      ],
      [{ latitude: 48.1, longitude: 11.5 }, 'latitude'],
      [{ latitude: null, longitude: null }, 'address'],
      [{ description: ' ' }, 'description'],
      [{ idempotencyKey: 'x' }, 'idempotencyKey'],
    ];
    for (const [change, field] of bad) {
      const response = await request(anna, SUBMIT, { input: pothole(randomUUID(), change) });
      expect(codes(response), field).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.extensions?.field, JSON.stringify(change)).toBe(field);
    }
    const volume = await request(anna, SUBMIT, {
      input: {
        typeCode: 'sperrmuell',
        description: 'Altes Sofa',
        address: 'Am Neumarkt 1',
        answers: [
          { field: 'gegenstaende', value: 'Sofa' },
          { field: 'volumen', value: 'viel' },
        ],
        idempotencyKey: randomUUID(),
      },
    });
    expect(codes(volume)).toEqual(['BAD_USER_INPUT']);
    expect(await count('service_request')).toBe(before);
  });

  it('two submits with one key at once make one request', async () => {
    const key = `race-${randomUUID()}`;
    const [a, b] = await Promise.all([
      request<{ submitRequest: Request }>(anna, SUBMIT, { input: pothole(key) }),
      request<{ submitRequest: Request }>(anna, SUBMIT, { input: pothole(key) }),
    ]);
    expect(a.data?.submitRequest.id).toBe(b.data?.submitRequest.id);
  });
});
