import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type TestHub } from '../harness.ts';

interface HostileCase {
  name: string;
  init: RequestInit;
  /** Query string for GET, or another path. */
  url?: (base: string) => string;
  status: number;
  code: string;
}

const json = (body: string): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body,
});
const query = (q: string, extra: Record<string, unknown> = {}) =>
  json(JSON.stringify({ query: q, ...extra }));
const get = (params: string) => (base: string) => `${base}?${params}`;

const CASES: HostileCase[] = [
  {
    name: 'a body over 1 MiB',
    init: query(`{ __typename } #${'x'.repeat(1_100_000)}`),
    status: 413,
    code: 'REQUEST_TOO_LARGE',
  },
  { name: 'invalid JSON', init: json('{"query": '), status: 400, code: 'INVALID_JSON' },
  { name: 'an empty JSON body', init: json(''), status: 400, code: 'INVALID_JSON' },
  { name: 'JSON that is not an object', init: json('"{ __typename }"'), status: 400, code: 'BAD_REQUEST' },
  { name: 'an empty object', init: json('{}'), status: 400, code: 'BAD_REQUEST' },
  {
    name: 'a batch (array of operations)',
    init: json('[{"query":"{ __typename }"}]'),
    status: 400,
    code: 'BAD_REQUEST',
  },
  { name: 'a query that is a number', init: json('{"query": 5}'), status: 400, code: 'BAD_REQUEST' },
  {
    name: 'variables as a string',
    init: query('{ __typename }', { variables: '{"a":1}' }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'text/plain (a cross-site simple request)',
    init: { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' },
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a form post',
    init: {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7B__typename%7D',
    },
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    name: 'XML',
    init: { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<query/>' },
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    name: 'GET without a preflight header (CSRF)',
    init: { method: 'GET' },
    url: get('query=%7B__typename%7D'),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a mutation over GET',
    init: { method: 'GET', headers: { 'apollo-require-preflight': 'true' } },
    url: get(`query=${encodeURIComponent('mutation { cancelAppointment(code: "X") { id } }')}`),
    status: 405,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a syntax error',
    init: query('{ appointmentServices { id '),
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
  },
  { name: 'an unknown field', init: query('{ passwords }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  {
    name: 'two anonymous operations',
    init: query('{ __typename } { __typename }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'an operation name not in the document',
    init: query('query A { __typename }', { operationName: 'B' }),
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
  },
  {
    name: 'a variable of the wrong type',
    init: query('query ($code: String!) { appointmentByCode(code: $code) { id } }', {
      variables: { code: 42 },
    }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a missing required variable',
    init: query('query ($code: String!) { appointmentByCode(code: $code) { id } }'),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'an unknown path',
    init: { method: 'GET' },
    url: (base) => base.replace('/graphql', '/admin'),
    status: 404,
    code: 'NOT_FOUND',
  },
  {
    name: 'a method the endpoint does not take',
    init: { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: '{}' },
    status: 404,
    code: 'NOT_FOUND',
  },
];

describe('hostile and malformed HTTP requests to the gateway', () => {
  let hub: TestHub;
  const statuses: number[] = [];
  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(() => hub?.close());

  it.each(CASES)(
    '$name: HTTP $status, $code, in the GraphQL error shape',
    async ({ init, url, status, code }) => {
      const response = await fetch(url ? url(hub.url) : hub.url, init);
      statuses.push(response.status);
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const body = (await response.json()) as {
        data?: unknown;
        errors?: Array<{ extensions?: { code?: string } }>;
      };
      expect(body.errors?.map((e) => e.extensions?.code)).toContain(code);
      expect(body.data ?? null).toBeNull();
    },
  );

  it('sends security headers with every answer', async () => {
    const response = await fetch(hub.url, query('{ __typename }'));
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('strict-transport-security')).toContain('max-age=');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('lets allowed web origins call from a browser, and no others', async () => {
    const preflight = (origin: string) =>
      fetch(hub.url, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,authorization',
        },
      });
    const local = await preflight('http://localhost:5173');
    expect(local.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(local.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(local.headers.get('access-control-allow-credentials')).toBeNull();
    const evil = await preflight('https://evil.example');
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    const simple = await fetch(hub.url, {
      ...query('{ __typename }'),
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
    });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('never answered 5xx, and still answers normal queries', async () => {
    expect(statuses).toHaveLength(CASES.length);
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    const response = await hub.request<{ appointmentServices: unknown[] }>('{ appointmentServices { id } }');
    expect(response.status).toBe(200);
    expect(response.data?.appointmentServices.length).toBeGreaterThan(0);
  });
});
