import { DeleteMyAccountDocument, RevokeApiKeyDocument, SignUpDocument } from '@kaarst/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey, STAFF, startHub, type TestHub } from '../harness.ts';
import { wsClient } from '../live.ts';

interface Outcome {
  status: number;
  /** The hub's code, or for Open311 the description of its error. */
  code: string | undefined;
}

/** Each way into the hub, called once with an API key, answering what the gateway made of it. */
interface EntryPoint {
  name: string;
  call(hub: TestHub, key: string): Promise<Outcome>;
}

const hubCode = async (response: Response): Promise<Outcome> => {
  const text = await response.text();
  let code: string | undefined;
  try {
    const body = JSON.parse(text) as
      | { errors?: Array<{ extensions?: { code?: string } }> }
      | Array<{ description?: string }>;
    code = Array.isArray(body) ? body[0]?.description : body.errors?.[0]?.extensions?.code;
  } catch {
    // An event stream or a file: no error.
  }
  return { status: response.status, code };
};

const origin = (hub: TestHub) => new URL(hub.url).origin;
const STATUS_OF: Record<string, number> = { INVALID_API_KEY: 401, UNAUTHENTICATED: 401, RATE_LIMITED: 429 };

const ENTRY_POINTS: EntryPoint[] = [
  {
    name: 'GraphQL over HTTP',
    call: async (hub, key) =>
      hubCode(
        await fetch(hub.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-key': key },
          body: JSON.stringify({ query: '{ officeLocations { id } }' }),
        }),
      ),
  },
  {
    name: 'GraphQL over SSE',
    call: async (hub, key) =>
      hubCode(
        await fetch(hub.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'text/event-stream', 'x-api-key': key },
          body: JSON.stringify({ query: '{ officeLocations { id } }' }),
        }),
      ),
  },
  {
    name: 'GraphQL over WebSocket',
    call: async (hub, key) => {
      const client = wsClient(hub.url, undefined, { connectionParams: { 'x-api-key': key } });
      // A WebSocket has no status per operation: the code says what HTTP would have answered.
      const outcome = (code: string | undefined): Outcome => ({
        status: code ? (STATUS_OF[code] ?? 400) : 200,
        code,
      });
      try {
        const result = await client.client.iterate({ query: '{ officeLocations { id } }' }).next();
        const value = result.value as { errors?: Array<{ extensions?: { code?: string } }> } | undefined;
        return outcome(value?.errors?.[0]?.extensions?.code);
      } catch (error) {
        const errors = error as Array<{ extensions?: { code?: string } }>;
        return outcome(Array.isArray(errors) ? errors[0]?.extensions?.code : String(error));
      } finally {
        await client.dispose();
      }
    },
  },
  {
    name: 'Open311 POST requests.json (api_key in the form)',
    call: async (hub, key) =>
      hubCode(
        await fetch(`${origin(hub)}/open311/v2/requests.json`, {
          method: 'POST',
          body: new URLSearchParams({
            api_key: key,
            service_code: 'strassenschaden',
            lat: '51.2290',
            long: '6.6180',
            description: 'Schlagloch vor dem Rathaus',
            'attribute[art]': 'schlagloch',
          }),
        }),
      ),
  },
  {
    name: 'Open311 GET services.json (api_key in the query)',
    call: async (hub, key) =>
      hubCode(await fetch(`${origin(hub)}/open311/v2/services.json?api_key=${encodeURIComponent(key)}`)),
  },
  {
    name: 'OParl',
    call: async (hub, key) =>
      hubCode(await fetch(`${origin(hub)}/oparl/v1.1/system`, { headers: { 'x-api-key': key } })),
  },
  {
    name: 'attachments',
    call: async (hub, key) =>
      hubCode(
        await fetch(
          `${origin(hub)}/attachments/files/00000000-0000-0000-0000-000000000000?expires=1&signature=x`,
          {
            headers: { 'x-api-key': key },
          },
        ),
      ),
  },
];

const refusedAs = (outcome: Outcome, status: number, code: RegExp) => {
  expect(outcome.status).toBe(status);
  expect(outcome.code).toMatch(code);
};

/**
 * Every entry point of the gateway passes the same check of API keys,
 * revocations, deleted accounts and rate limits: GraphQL over HTTP, SSE and
 * WebSocket, and each REST route it forwards.
 */
describe('one access check for every entry point', () => {
  let hub: TestHub;
  let staff: string;
  let staffKey: string;
  /** A staff-issued key (no limit on their number) with the given rate. */
  const staffIssuedKey = async (ratePerMinute: number) => {
    const response = await fetch(hub.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${staff}`,
        'x-api-key': staffKey,
      },
      body: JSON.stringify({
        query: 'mutation ($i: IssueApiKeyInput!) { issueApiKey(input: $i) { key apiKey { id } } }',
        variables: { i: { name: `${ratePerMinute} per minute`, ratePerMinute } },
      }),
    });
    const body = (await response.json()) as {
      data: { issueApiKey: { key: string; apiKey: { id: string } } };
    };
    return { key: body.data.issueApiKey.key, id: body.data.issueApiKey.apiKey.id };
  };
  const smallKey = async (ratePerMinute: number) => (await staffIssuedKey(ratePerMinute)).key;
  /** Calls each entry point until it refuses (the revocation lists are fetched every 200 ms). */
  const untilRefused = async (entry: EntryPoint, key: string) => {
    let outcome = await entry.call(hub, key);
    for (let i = 0; i < 40 && outcome.status !== 401; i++) {
      await new Promise((r) => setTimeout(r, 100));
      outcome = await entry.call(hub, key);
    }
    return outcome;
  };

  beforeAll(async () => {
    hub = await startHub({
      subgraphs: ['council', 'requests'],
      gateway: { apiKeyRevocationRefreshMs: 200, rateLimits: { anonymousPerMinute: 0 } },
    });
    staff = await hub.signIn(STAFF);
    staffKey = (await issueApiKey(hub, staff, 'staff tooling')).key;
  });
  afterAll(() => hub?.close());

  it.each(ENTRY_POINTS)('$name: a valid key is let through', async (entry) => {
    const key = await smallKey(1000);
    const outcome = await entry.call(hub, key);
    expect(outcome.status, JSON.stringify(outcome)).not.toBe(401);
    expect(outcome.status).not.toBe(429);
    expect(outcome.status).toBeLessThan(500);
  });

  it.each(ENTRY_POINTS)('$name: a key that is not the hub’s is refused', async (entry) => {
    refusedAs(await entry.call(hub, 'not-a-key'), 401, /INVALID_API_KEY|not valid/);
  });

  it.each(ENTRY_POINTS)('$name: a revoked key is refused', async (entry) => {
    const { key, id } = await staffIssuedKey(1000);
    expect((await hub.execute(RevokeApiKeyDocument, { id }, staff)).errors).toBeUndefined();
    refusedAs(await untilRefused(entry, key), 401, /INVALID_API_KEY|revoked/);
  });

  it('a deleted account’s key is refused at every entry point', async () => {
    const email = `leaving-${Date.now()}@example.org`;
    const signedUp = await hub.execute(SignUpDocument, {
      input: { email, displayName: 'Leaving Soon', password: 'Linde-am-Rathausplatz-2026' },
    });
    const token = signedUp.data?.signUp.token as string;
    expect(token, JSON.stringify(signedUp.errors)).toBeTruthy();
    const { key } = await issueApiKey(hub, token, 'left behind');
    expect(
      (await hub.execute(DeleteMyAccountDocument, { confirmEmail: email }, token)).errors,
    ).toBeUndefined();
    for (const entry of ENTRY_POINTS)
      refusedAs(await untilRefused(entry, key), 401, /INVALID_API_KEY|deleted/);
  });

  it.each(ENTRY_POINTS)('$name: counts against the key’s rate', async (entry) => {
    const key = await smallKey(2);
    const outcomes = [];
    for (let i = 0; i < 3; i++) outcomes.push(await entry.call(hub, key));
    expect(outcomes.slice(0, 2).map((o) => o.status)).not.toContain(429);
    refusedAs(outcomes[2] as Outcome, 429, /RATE_LIMITED|Rate limit/);
  });

  it('one key has one budget across all entry points', async () => {
    const key = await smallKey(ENTRY_POINTS.length);
    for (const entry of ENTRY_POINTS) expect((await entry.call(hub, key)).status).not.toBe(429);
    const [first] = ENTRY_POINTS as [EntryPoint];
    refusedAs(await first.call(hub, key), 429, /RATE_LIMITED/);
  });
});
