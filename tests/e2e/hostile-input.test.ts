import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNA, postGraphQL, startHub, subgraphFetchCount, type TestHub } from '../harness.ts';

interface Case {
  name: string;
  body: Record<string, unknown> | string;
  signedIn?: boolean;
}

const SIGN_IN =
  'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }';
const SIGN_UP = 'mutation ($input: SignUpInput!) { signUp(input: $input) { token } }';

/**
 * The probe's inputs that gave HTTP 500 or INTERNAL_SERVER_ERROR, and their
 * kin: each is the caller's mistake, refused with HTTP 400 and a stable code
 * before any subgraph is asked.
 */
const GRAPHQL_CASES: Array<Case & { code: string }> = [
  {
    name: 'a NUL in signIn’s email (variables)',
    body: { query: SIGN_IN, variables: { email: 'anna\u0000@example.org', password: 'x' } },
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a lone surrogate in signUp’s displayName (variables)',
    body: {
      query: SIGN_UP,
      variables: {
        input: { email: 'new@example.org', displayName: 'Ann\uD800a', password: 'Linde-am-Markt-2026' },
      },
    },
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a lone low surrogate in a list of ids',
    body: {
      query:
        'query ($ids: [ID!]!) { availableSlots(serviceIds: $ids, from: "2030-01-01T00:00:00Z", to: "2030-01-02T00:00:00Z") { start } }',
      variables: { ids: ['personalausweis', '\uDC00'] },
    },
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a NUL in an inline literal (appointmentByCode)',
    body: { query: '{ appointmentByCode(code: "AB\\u0000CD") { id } }' },
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a lone surrogate in an inline literal (councilSearch)',
    body: { query: '{ councilSearch(text: "Haus\\ud800halt") { rank } }' },
    // graphql-js' lexer refuses the escape itself: a parse error, 400 before anything else.
    code: 'GRAPHQL_PARSE_FAILED',
  },
  {
    name: 'a NUL in councilSearch (variables)',
    body: {
      query: 'query ($t: String!) { councilSearch(text: $t) { rank } }',
      variables: { t: 'Haus\u0000halt' },
    },
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'latitude: 1e400 as an inline literal, signed in',
    body: {
      query:
        'mutation { submitRequest(input: { typeCode: "strassenschaden", description: "Schlagloch", latitude: 1e400, longitude: 6.6, idempotencyKey: "fuzz-1e400" }) { id } }',
    },
    signedIn: true,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'latitude: 1e400 in the variables, signed in',
    body: '{"query":"mutation ($i: SubmitRequestInput!) { submitRequest(input: $i) { id } }","variables":{"i":{"typeCode":"strassenschaden","description":"Schlagloch","latitude":1e400,"longitude":6.6,"idempotencyKey":"fuzz-var-1e400"}}}',
    signedIn: true,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a subscription sent as a plain POST',
    body: { query: 'subscription { availabilityChanged(locationId: "rathaus-kaarst") { freeSlots } }' },
    code: 'BAD_REQUEST',
  },
  {
    name: 'an automatic persisted query of version 2',
    body: { extensions: { persistedQuery: { version: 2, sha256Hash: 'a'.repeat(64) } } },
    code: 'PERSISTED_QUERY_NOT_SUPPORTED',
  },
  {
    name: 'an automatic persisted query of version 2 with its text',
    body: {
      query: '{ __typename }',
      extensions: { persistedQuery: { version: 2, sha256Hash: 'a'.repeat(64) } },
    },
    code: 'PERSISTED_QUERY_NOT_SUPPORTED',
  },
];

describe('hostile input through the gateway', () => {
  let hub: TestHub;
  let anna: string;
  let fetchesBefore: number;
  const statuses: number[] = [];

  beforeAll(async () => {
    hub = await startHub({ subgraphs: ['council', 'requests'] });
    anna = await hub.signIn(ANNA);
    fetchesBefore = await subgraphFetchCount(hub);
  });
  afterAll(() => hub?.close());

  it.each(GRAPHQL_CASES)('$name: HTTP 400 $code', async ({ body, signedIn, code }) => {
    const response = await fetch(hub.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(signedIn ? { authorization: `Bearer ${anna}` } : {}),
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    statuses.push(response.status);
    expect(text).not.toContain('INTERNAL_SERVER_ERROR');
    expect(response.status, text).toBe(400);
    expect(
      (JSON.parse(text) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code,
    ).toBe(code);
  });

  it('asked no subgraph for any of them', async () => {
    expect(statuses).toHaveLength(GRAPHQL_CASES.length);
    expect(await subgraphFetchCount(hub)).toBe(fetchesBefore);
  });

  it('refuses NUL and broken encodings on the REST routes too (Open311, OParl), in their own shape', async () => {
    const origin = new URL(hub.url).origin;
    const posted = await fetch(`${origin}/open311/v2/requests.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'service_code=strassenschaden&description=Loch%00im%00Weg&lat=51.2&long=6.6',
    });
    expect(posted.status).toBe(400);
    expect(((await posted.json()) as Array<{ code: number }>)[0]?.code).toBe(400);
    const json = await fetch(`${origin}/open311/v2/requests.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"service_code":"strassenschaden","description":"Loch \\ud800"}',
    });
    expect(json.status).toBe(400);
    for (const path of [
      '/oparl/v1.1/meeting/%00',
      '/oparl/v1.1/meeting/%E0%A4%A',
      '/open311/v2/requests.json?service_code=%00',
    ]) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status, path).toBe(400);
    }
  });

  it('still answers a normal query and a normal sign-in', async () => {
    const answer = await postGraphQL<{ signIn: { token: string } }>(hub.url, {
      query: SIGN_IN,
      variables: { email: ANNA, password: 'kaarst-demo' },
    });
    expect(answer.data?.signIn.token).toBeTruthy();
  });
});
