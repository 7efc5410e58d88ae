/**
 * Open311 GeoReport v2 as an Open311 client uses it, in XML (the specification's first
 * format) and in JSON: each call made twice, the XML read with fast-xml-parser's parser
 * as a client library would. Discovery, services and their definitions, the spec's
 * multi-value attributes, list filters as comma lists and repeated keys, the default
 * 90-day window and the 1,000 cap, 404 for an unknown service, an optional description,
 * refused coordinates, and a private request followed by its token and found in the key
 * owner's myRequests.
 */
import { randomUUID } from 'node:crypto';
import { generateHubKeys, type HubKeys, type RunningSubgraph, signApiKey } from '@kaarst/kit';
import { fetchFromSubgraph, startTestSubgraph, subgraphRequest } from '@kaarst/kit/testing';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { requestsSubgraph } from '../src/subgraph.ts';

type Json = Record<string, unknown>;
const LISTS = ['service', 'request', 'error', 'attribute', 'value', 'endpoint', 'format'];
const xml = new XMLParser({ isArray: (name) => LISTS.includes(name), parseTagValue: false });

describe('Open311 GeoReport v2 in XML and JSON', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient>;
  let base: string;
  let apiKey: string;
  const owner = randomUUID();

  /** GET in one format: status, content type and the parsed answer. */
  async function get(path: string, format: 'json' | 'xml') {
    const [file, query] = path.split('?');
    const response = await fetchFromSubgraph(`${base}/${file}.${format}${query ? `?${query}` : ''}`, keys);
    const body = await response.text();
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      body: format === 'json' ? (JSON.parse(body) as unknown) : (xml.parse(body) as Json),
      raw: body,
    };
  }
  /** The requests of a list answer, from either format. */
  const requestsOf = (answer: { body: unknown }, format: 'json' | 'xml') =>
    (format === 'json'
      ? answer.body
      : ((answer.body as Json).service_requests as Json | '' | undefined) === ''
        ? []
        : (((answer.body as Json).service_requests as Json)?.request ?? [])) as Json[];
  async function post(form: string, format: 'json' | 'xml') {
    const response = await fetchFromSubgraph(`${base}/requests.${format}`, keys, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `api_key=${apiKey}&${form}`,
    });
    const text = await response.text();
    const body = format === 'json' ? (JSON.parse(text) as Json[]) : (xml.parse(text) as Json);
    const items =
      format === 'json'
        ? (body as Json[])
        : ((((body as Json).service_requests as Json | undefined)?.request ??
            ((body as Json).errors as Json | undefined)?.error ??
            []) as Json[]);
    const first = items[0];
    return { status: response.status, first: first as Json };
  }

  beforeAll(async () => {
    keys = await generateHubKeys();
    subgraph = await startTestSubgraph(requestsSubgraph, { keys, demoData: false });
    base = new URL('/open311/v2', subgraph.url).href;
    apiKey = (await signApiKey(keys, { ownerId: owner, ratePerMinute: 60 })).key;
  });
  afterAll(async () => subgraph?.close());

  it('serves discovery, services and service definitions in both formats', async () => {
    for (const format of ['json', 'xml'] as const) {
      const discovery = await get('discovery', format);
      expect(discovery.status).toBe(200);
      const endpoints =
        format === 'json'
          ? ((discovery.body as Json).endpoints as Json[])
          : ((((discovery.body as Json).discovery as Json).endpoints as Json).endpoint as Json[]);
      expect(endpoints[0]).toMatchObject({
        specification: 'http://wiki.open311.org/GeoReport_v2',
        url: base,
      });
      const services = await get('services', format);
      expect(services.type).toContain(format === 'json' ? 'application/json' : 'text/xml');
      const list =
        format === 'json'
          ? (services.body as Json[])
          : (((services.body as Json).services as Json).service as Json[]);
      expect(list.map((s) => s.service_code)).toContain('strassenschaden');
      const definition = await get('services/hausbesuch', format);
      const attributes =
        format === 'json'
          ? ((definition.body as Json).attributes as Json[])
          : ((((definition.body as Json).service_definition as Json).attributes as Json).attribute as Json[]);
      const leistungen = attributes.find((a) => a.code === 'leistungen') as Json;
      expect(leistungen.datatype).toBe('multivaluelist');
      const keys =
        format === 'json'
          ? (leistungen.values as Json[]).map((v) => v.key)
          : ((leistungen.values as Json).value as Json[]).map((v) => v.key);
      expect(keys).toContain('reisepass');
      expect((await get('services/nothing', format)).status).toBe(404);
    }
    expect((await get('services', 'xml')).raw.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(
      true,
    );
  });

  it('takes a public report without a description and lists it, filters as lists or repeats', async () => {
    const made: string[] = [];
    for (const format of ['json', 'xml'] as const) {
      const posted = await post(
        'service_code=strassenschaden&attribute[art]=schlagloch&lat=51.2291&long=6.6172&address_string=Am+Neumarkt+2',
        format,
      );
      expect(posted.status).toBe(201);
      expect(posted.first.service_request_id).toMatch(/^KA-\d{4}-\d{6}$/);
      made.push(posted.first.service_request_id as string);
    }
    const [first, second] = made as [string, string];
    await subgraph.db.serviceRequest.update({ where: { referenceNumber: second }, data: { status: 'DONE' } });
    for (const format of ['json', 'xml'] as const) {
      const ids = async (query: string) =>
        requestsOf(await get(`requests?${query}`, format), format).map((r) => r.service_request_id);
      expect(await ids('')).toEqual([second, first]);
      expect(await ids('status=open,closed')).toEqual([second, first]);
      expect(await ids('status=open&status=closed')).toEqual([second, first]);
      expect(await ids('status=closed')).toEqual([second]);
      expect(await ids('service_code=strassenschaden&service_code=frage')).toEqual([second, first]);
      // service_request_id overrides every other filter.
      expect(await ids(`service_request_id=${first}&status=closed&service_code=frage`)).toEqual([first]);
      expect(await ids(`service_request_id=${first},${second}`)).toEqual([second, first]);
      const one = requestsOf(await get(`requests/${first}`, format), format)[0] as Json;
      expect(one).toMatchObject({
        service_request_id: first,
        status: 'open',
        service_code: 'strassenschaden',
      });
      expect(String(one.requested_datetime)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:00$/);
    }
    const bad = await get('requests?status=pending', 'xml');
    expect(bad.status).toBe(400);
    expect(((bad.body as Json).errors as Json).error).toEqual([
      { code: '400', description: 'status is open or closed.' },
    ]);
  });

  it('answers for the last 90 days by default, and at most 1,000 requests', async () => {
    const old = await post('service_code=strassenschaden&attribute[art]=laterne&lat=51.23&long=6.62', 'json');
    const id = old.first.service_request_id as string;
    await subgraph.db.serviceRequest.update({
      where: { referenceNumber: id },
      data: { createdAt: new Date(Date.now() - 120 * 86_400_000) },
    });
    const ids = async (query: string) =>
      requestsOf(await get(`requests?${query}`, 'json'), 'json').map((r) => r.service_request_id);
    expect(await ids('')).not.toContain(id);
    expect(await ids('start_date=2000-01-01T00:00:00Z')).toContain(id);
    // 1,001 public reports in the window: the answer stops at 1,000.
    const template = await subgraph.db.serviceRequest.findUniqueOrThrow({ where: { referenceNumber: id } });
    const { id: _id, referenceNumber: _ref, idempotencyKey: _key, createdAt: _at, ...rest } = template;
    await subgraph.db.serviceRequest.createMany({
      data: Array.from({ length: 1001 }, (_, n) => ({
        ...rest,
        answers: rest.answers as object,
        referenceNumber: `KA-1999-${String(n).padStart(6, '0')}`,
        idempotencyKey: `bulk-${n}`,
      })),
    });
    expect((await ids('')).length).toBe(1000);
  });

  it('refuses an unknown service with 404 and coordinates that are no numbers with 400', async () => {
    for (const format of ['json', 'xml'] as const) {
      const unknown = await post('service_code=gibtsnicht&lat=51.2&long=6.6', format);
      expect([unknown.status, unknown.first.code]).toEqual([404, format === 'json' ? 404 : '404']);
      const lat = await post('service_code=strassenschaden&attribute[art]=schild&lat=abc&long=6.6', format);
      expect(lat.status).toBe(400);
      expect(lat.first.description).toContain('lat must be a number');
    }
    const stored = await subgraph.db.serviceRequest.count({
      where: { latitude: null, typeCode: 'strassenschaden' },
    });
    expect(stored).toBe(0);
  });

  it('lets the client follow a private request by its token, and gives it to the key owner', async () => {
    const posted = await post(
      'service_code=hausbesuch&attribute[anlass]=alter&attribute[leistungen][]=personalausweis&attribute[leistungen][]=reisepass&lat=51.2291&long=6.6172&address_string=Wohnweg+1',
      'xml',
    );
    expect(posted.status).toBe(201);
    expect(posted.first.service_request_id).toBeUndefined();
    const token = posted.first.token as string;
    expect(token).toBeTruthy();
    const followed = await get(`tokens/${token}`, 'xml');
    const id = requestsOf(followed, 'xml')[0]?.service_request_id as string;
    expect(id).toMatch(/^KA-\d{4}-\d{6}$/);
    expect(requestsOf(await get(`tokens/${token}`, 'json'), 'json')[0]).toEqual({
      service_request_id: id,
      token,
    });
    // Private: not public by id, and a forged token finds nothing.
    expect((await get(`requests/${id}`, 'json')).status).toBe(404);
    expect((await get(`tokens/${token.slice(0, -2)}xx`, 'json')).status).toBe(404);
    const stored = await subgraph.db.serviceRequest.findUniqueOrThrow({ where: { referenceNumber: id } });
    expect(stored.answers).toEqual({ anlass: 'alter', leistungen: 'personalausweis,reisepass' });
    const mine = await subgraphRequest<{ myRequests: Array<{ referenceNumber: string }> }>(
      subgraph.url,
      keys,
      { id: owner, roles: ['citizen'] },
      '{ myRequests { referenceNumber } }',
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.myRequests.map((r) => r.referenceNumber)).toContain(id);
  });
});
