/**
 * Guessing costs time (issue 17, item 5): wrong passwords lock the account
 * and the client for a while, shared by every gateway and replica through
 * Redis; appointment codes cannot be tried in bulk from one client; the most
 * common passwords are refused at sign-up. Before, 30 wrong passwords in 3 s
 * were followed by a working right one, and codes could be tried at 480/s.
 */
import { createGateway } from '@kaarst/gateway';
import { generateHubKeys } from '@kaarst/kit';
import { startTestRedis, startTestSubgraph, testDatabase } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextLocal, WEDNESDAY } from '../dates.ts';
import {
  ANNA,
  DEMO_PASSWORD,
  STAFF,
  SUPERGRAPH,
  startHub,
  subgraphDefinition,
  type TestHub,
} from '../harness.ts';

const SIGN_IN =
  'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }';
const BY_CODE = 'query ($code: String!) { appointmentByCode(code: $code) { code } }';

interface RawAnswer {
  status: number;
  retryAfter: string | null;
  code: unknown;
  extensions: Record<string, unknown> | undefined;
  data: Record<string, unknown> | null | undefined;
}

/** A POST with the HTTP status and Retry-After header kept. */
async function post(url: string, query: string, variables: Record<string, unknown>): Promise<RawAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: Array<{ extensions?: Record<string, unknown> }>;
  };
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    code: body.errors?.[0]?.extensions?.code,
    extensions: body.errors?.[0]?.extensions,
    data: body.data,
  };
}

const signIn = (url: string, email: string, password: string) => post(url, SIGN_IN, { email, password });

/** A well-formed code that was never issued (the alphabet has no 0, 1, I or O). */
const guessedCode = (i: number) => `ZZZZ-${String(i).padStart(4, '2').replace(/[01]/g, '2')}`;

describe('guessing through the gateway is throttled', () => {
  let hub: TestHub;
  let bookingCode: string;
  beforeAll(async () => {
    hub = await startHub();
    const anna = await hub.signIn(ANNA);
    const booked = await hub.request<{ bookAppointment: { code: string } }>(
      'mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { code } }',
      {
        input: {
          serviceIds: ['personalausweis'],
          locationId: 'rathaus-kaarst',
          start: nextLocal(WEDNESDAY, '09:00'),
          idempotencyKey: 'guessing',
        },
      },
      anna,
    );
    bookingCode = booked.data?.bookAppointment.code as string;
    expect(bookingCode).toBeTruthy();
  });
  afterAll(() => hub?.close());

  it('30 wrong passwords, then the right one: refused with RATE_LIMITED and Retry-After', async () => {
    const wrong: RawAnswer[] = [];
    for (let i = 0; i < 30; i++) wrong.push(await signIn(hub.url, ANNA, `falsch-geraten-${i}`));
    // The first five are checked (and wrong); then the account is locked, and stays locked
    // while the guesses go on (a lock that ran out only lets one more through, and doubles).
    expect(wrong.slice(0, 5).map((a) => a.code)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(wrong.filter((a) => a.code === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(7);
    expect(wrong.at(-1)?.code).toBe('RATE_LIMITED');

    const right = await signIn(hub.url, ANNA, DEMO_PASSWORD);
    expect(right.code).toBe('RATE_LIMITED');
    expect(right.status).toBe(429);
    const seconds = Number(right.retryAfter);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(900);
    expect(right.extensions?.retryAfterSeconds).toBe(seconds);
    // Another account from the same client is not held up by Anna's lock.
    expect((await signIn(hub.url, STAFF, DEMO_PASSWORD)).code).toBeUndefined();
  });

  it('appointment codes: guesses from one client are throttled, cancelling by code too', async () => {
    // A real code gives its look-up back: looking at one's own booking never locks.
    for (let i = 0; i < 12; i++)
      expect((await post(hub.url, BY_CODE, { code: bookingCode })).data).toEqual({
        appointmentByCode: { code: bookingCode },
      });
    const guesses: RawAnswer[] = [];
    for (let i = 0; i < 15; i++) guesses.push(await post(hub.url, BY_CODE, { code: guessedCode(i) }));
    expect(guesses.slice(0, 10).map((g) => g.data)).toEqual(Array(10).fill({ appointmentByCode: null }));
    const refused = guesses.at(-1) as RawAnswer;
    expect(refused.code).toBe('RATE_LIMITED');
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(refused.extensions?.retryAfterSeconds).toBe(Number(refused.retryAfter));
    // While locked, neither a look-up nor a cancellation by code is tried.
    expect((await post(hub.url, BY_CODE, { code: bookingCode })).code).toBe('RATE_LIMITED');
    const cancel = await post(
      hub.url,
      'mutation ($code: String!) { cancelAppointment(code: $code) { status } }',
      {
        code: guessedCode(99),
      },
    );
    expect(cancel.code).toBe('RATE_LIMITED');
    expect(cancel.status).toBe(429);
  });

  it('the most common passwords are refused at sign-up, at the password field', async () => {
    const signUp = (password: string) =>
      post(hub.url, 'mutation ($input: SignUpInput!) { signUp(input: $input) { token } }', {
        input: {
          email: `probe.${password.length}.${Date.now()}@example.org`,
          displayName: 'Probe',
          password,
        },
      });
    for (const password of ['1234567890', 'aaaaaaaaaa', 'passwort123', 'Sommer2026!']) {
      const refused = await signUp(password);
      expect(refused.code, password).toBe('BAD_USER_INPUT');
      expect(refused.extensions).toMatchObject({ field: 'password', reason: 'PASSWORD_TOO_WEAK' });
      // zxcvbn's feedback comes in German, for the portal to show.
      expect(
        typeof refused.extensions?.warning === 'string' || Array.isArray(refused.extensions?.suggestions),
      ).toBe(true);
    }
    expect((await signUp('drei Tassen Tee am Neumarkt')).code).toBeUndefined();
  });
});

// Two replicas, two gateways and a Redis of its own: more time than the default on a busy machine.
describe('the sign-in lock holds across gateways and replicas sharing one Redis', {
  timeout: 180_000,
}, () => {
  it('wrong passwords through two gateways add up; the right one is then refused at either', async () => {
    const redis = await startTestRedis();
    const keys = await generateHubKeys();
    // Replicas of one deployment share its database (on PostgreSQL one schema; on the
    // embedded default each its own copy of the same seeded accounts).
    const database = process.env.DATABASE_URL ? testDatabase('citizens') : undefined;
    const shared = {
      keys,
      redisUrl: redis.url,
      ...(database?.databaseUrl ? { databaseUrl: database.databaseUrl } : {}),
    };
    const citizensSubgraph = await subgraphDefinition('citizens');
    const replicaA = await startTestSubgraph(citizensSubgraph, shared);
    const replicaB = await startTestSubgraph(citizensSubgraph, shared);
    const absent = 'http://127.0.0.1:1/graphql';
    const gateways = await Promise.all(
      [replicaA, replicaB].map((replica) =>
        createGateway({
          supergraphPath: SUPERGRAPH,
          keys,
          subgraphUrls: {
            citizens: replica.url,
            appointments: absent,
            council: absent,
            requests: absent,
            transit: absent,
            pass: absent,
          },
        }),
      ),
    );
    try {
      const [one, two] = (await Promise.all(gateways.map((g) => g.listen(0, '127.0.0.1')))) as [
        string,
        string,
      ];
      // Five wrong in all, three through one gateway and two through the other: each replica
      // alone would still let the right one in (the sixth attempt is the first one refused).
      for (let i = 0; i < 3; i++)
        expect((await signIn(one, ANNA, `falsch-a-${i}`)).code).toBe('UNAUTHENTICATED');
      for (let i = 0; i < 2; i++)
        expect((await signIn(two, ANNA, `falsch-b-${i}`)).code).toBe('UNAUTHENTICATED');
      for (const url of [one, two]) {
        const right = await signIn(url, ANNA, DEMO_PASSWORD);
        expect(right.code).toBe('RATE_LIMITED');
        expect(Number(right.retryAfter)).toBeGreaterThan(0);
      }
    } finally {
      await Promise.all(gateways.map((g) => g.close()));
      await replicaA.close();
      await replicaB.close();
      await database?.dispose();
      await redis.stop();
    }
  });
});
