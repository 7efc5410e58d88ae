/**
 * The operations issue's chaos test, on the real PostgreSQL and a Redis of
 * its own: gateway and subgraphs as separate processes under a bounded load
 * (queries and bookings, about 20 s) while Redis is killed and restarted once
 * and, later, the citizens subgraph is killed with SIGKILL and restarted.
 *
 * Citizens is the one killed: bookings and the subscription path (appointments,
 * its outbox, Redis) stay up, so the test can demand that every committed
 * booking reaches the subscriber, while a third of the load (me, me with its
 * appointments, bookings answering the citizen's name) needs the dead subgraph.
 */
import { AppointmentBookedDocument, SignInDocument } from '@kaarst/contract';
import { env } from '@kaarst/kit';
import { nextLocal, queryDatabase, WEEKDAY } from '@kaarst/kit/testing';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { analyse, countsLine, latencyLine, type Timeline } from '../chaos/analysis.ts';
import { type ChaosHub, startChaosHub } from '../chaos/hub.ts';
import { LOCATION, runLoad } from '../chaos/load.ts';
import { ANNA, DEMO_PASSWORD, postGraphQL, STAFF } from '../harness.ts';
import { type LiveSubscription, wsClient } from '../live.ts';

// The schedule: Redis down from 2 s to 5 s, citizens killed 2 s later and
// started again 2 s after that; the load runs 20 s, and at least 6 s past the
// restarted citizens' readiness (the 5 s in which full answers must resume, and more).
const LOAD_MS = 20_000;
const REDIS_KILL_AT_MS = 2000;
const REDIS_DOWN_MS = 3000;
const CITIZENS_KILL_AFTER_MS = 2000;
const CITIZENS_DEAD_MS = 2000;
const AFTER_READY_MS = 6000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (line: string) => console.log(`[chaos] ${line}`);

type Booked = { appointmentBooked: { code: string } | null };

describe.skipIf(!env('DATABASE_URL'))('chaos: a subgraph killed and Redis restarted under load', () => {
  let hub: ChaosHub | undefined;
  let subscriber: ReturnType<typeof wsClient> | undefined;
  beforeAll(async () => {
    const started = Date.now();
    hub = await startChaosHub();
    log(`hub up in ${Date.now() - started} ms (gateway ${hub.url}, redis ${hub.redis.url})`);
  });
  afterAll(async () => {
    await subscriber?.dispose();
    await hub?.close();
  });

  const signIn = async (url: string, email: string) => {
    const result = await postGraphQL<{ signIn: { token: string } }>(url, {
      query: print(SignInDocument),
      variables: { email, password: DEMO_PASSWORD },
    });
    if (!result.data?.signIn) throw new Error(`sign-in failed: ${JSON.stringify(result.errors)}`);
    return result.data.signIn.token;
  };

  it('keeps serving, answers partially and fast while citizens is dead, and loses no booking', async () => {
    const chaos = hub as ChaosHub;
    onTestFailed(() => {
      for (const process of chaos.processes())
        console.log(`--- ${process.name} (last lines)\n${process.tail()}`);
    });
    const [anna, staff] = [await signIn(chaos.url, ANNA), await signIn(chaos.url, STAFF)];

    // Staff watching bookings at the location, connected for the whole test.
    subscriber = wsClient(chaos.url, staff);
    let subscriptionEnded = false;
    const sub: LiveSubscription<Booked> = subscriber.subscribe<Booked>(print(AppointmentBookedDocument), {
      locationId: LOCATION,
    });
    void sub.done.then(() => {
      subscriptionEnded = true;
    });
    const delivered = () => new Set(sub.results.flatMap((r) => r.data?.appointmentBooked?.code ?? []));
    // A first booking proves the path end to end before the chaos starts.
    const warmUp = await postGraphQL<{ bookAppointment: { code: string } }>(
      chaos.url,
      {
        query: 'mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { code } }',
        variables: {
          input: {
            serviceIds: ['personalausweis'],
            locationId: LOCATION,
            start: nextLocal(WEEKDAY.SATURDAY, '09:00'),
            idempotencyKey: 'chaos-warm-up',
          },
        },
      },
      anna,
    );
    const warmUpCode = warmUp.data?.bookAppointment.code ?? '';
    expect(warmUp.errors).toBeUndefined();
    await waitUntil(() => delivered().has(warmUpCode), 10_000, 'the warm-up booking reaches the subscriber');

    const loadStart = Date.now();
    const t: Partial<Timeline> = { loadStart };
    const at = () => `+${((Date.now() - loadStart) / 1000).toFixed(1)} s`;
    let loadDone = false;
    const load = runLoad({ url: chaos.url, token: anna, workers: 3, periodMs: 250, done: () => loadDone });
    try {
      await sleep(REDIS_KILL_AT_MS);
      await chaos.redis.stop('SIGKILL');
      t.redisKilled = Date.now();
      log(`${at()} redis killed (SIGKILL)`);
      await sleep(REDIS_DOWN_MS);
      await chaos.redis.start();
      t.redisBack = Date.now();
      log(`${at()} redis restarted on ${chaos.redis.url}`);

      await sleep(CITIZENS_KILL_AFTER_MS);
      await chaos.citizens.stop('SIGKILL');
      t.citizensKilled = Date.now();
      log(`${at()} citizens killed (SIGKILL)`);
      await sleep(CITIZENS_DEAD_MS);
      t.citizensSpawned = Date.now();
      chaos.citizens.niceness = 5;
      await chaos.startCitizens();
      t.citizensReady = Date.now();
      log(`${at()} citizens restarted (ready ${t.citizensReady - t.citizensSpawned} ms after spawn)`);
      await sleep(
        Math.max(loadStart + LOAD_MS - Date.now(), t.citizensReady + AFTER_READY_MS - Date.now(), 0),
      );
    } finally {
      loadDone = true;
    }
    const records = await load;
    t.loadEnd = Date.now();
    const timeline = t as Timeline;
    const analysis = analyse(records, timeline);

    // What the database holds is the truth: every booking made, and when.
    const rows = await queryDatabase<{ code: string; createdAt: Date }>(
      chaos.appointmentsDatabaseUrl,
      'SELECT code, "createdAt" FROM appointment',
    );
    const stored = new Set(rows.map((r) => r.code));
    const duringRedisOutage = rows.filter(
      (r) => r.createdAt.getTime() >= timeline.redisKilled && r.createdAt.getTime() < timeline.redisBack,
    );
    const missingFromDb = analysis.bookedCodes.filter((code) => !stored.has(code));
    const undelivered = () => rows.filter((r) => !delivered().has(r.code)).map((r) => r.code);
    const deliveryStarted = Date.now();
    await waitUntil(() => undelivered().length === 0, 20_000, 'every booking reaches the subscriber').catch(
      () => {},
    );
    const backlog = await queryDatabase<{ n: number }>(
      chaos.appointmentsDatabaseUrl,
      'SELECT count(*)::int AS n FROM outbox_event WHERE "publishedAt" IS NULL',
    );

    log(
      `${analysis.total} operations (full/partial/wrong: ${countsLine(analysis)}); ` +
        `partial answers ${analysis.partials}, slowest ${analysis.maxPartialMs} ms; ` +
        `full answers ${analysis.recoveryMs} ms after the restart; ` +
        `bookings reported ${analysis.bookedCodes.length}, stored ${rows.length} ` +
        `(${duringRedisOutage.length} while Redis was down), delivered ${rows.length - undelivered().length} in ${sub.results.length} events ` +
        `(last ${Date.now() - deliveryStarted} ms after the load); unpublished outbox ${backlog[0]?.n}`,
    );
    log(`durations in ms (median/95th/max): ${latencyLine(records)}`);
    log(
      `timeline: redis down ${timeline.redisKilled - timeline.loadStart}..${timeline.redisBack - timeline.loadStart} ms, ` +
        `citizens killed ${timeline.citizensKilled - timeline.loadStart}, spawned ${timeline.citizensSpawned - timeline.loadStart}, ` +
        `ready ${timeline.citizensReady - timeline.loadStart}, load end ${timeline.loadEnd - timeline.loadStart} ms`,
    );

    expect(analysis.violations).toEqual([]);
    // The chaos really happened: answers degraded while citizens was dead, bookings went on while Redis was.
    expect(analysis.partials).toBeGreaterThanOrEqual(5);
    expect(duringRedisOutage.length).toBeGreaterThanOrEqual(3);
    expect(missingFromDb).toEqual([]);
    expect(undelivered()).toEqual([]);
    expect(backlog[0]?.n).toBe(0);
    expect(subscriptionEnded).toBe(false);
    expect(sub.results.filter((r) => !r.data?.appointmentBooked)).toEqual([]);
    expect(chaos.processes().flatMap((p) => p.unexpectedExits)).toEqual([]);
  }, 150_000);
});

async function waitUntil(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(50);
  }
}
