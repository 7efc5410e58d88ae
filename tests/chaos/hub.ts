/**
 * The hub as separate processes for the chaos test: its own Redis server,
 * citizens and appointments on throw-away schemas of DATABASE_URL, and the
 * gateway, each on a fixed free port so a killed one comes back on its address.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { startTestRedis, type TestRedis, testDatabase } from '@kaarst/kit/testing';
import { freePort } from '../harness.ts';
import { type ManagedProcess, serviceProcess, waitForHttp } from './processes.ts';

export interface ChaosHub {
  /** The gateway's GraphQL URL. */
  url: string;
  /** Redis of its own: stop('SIGKILL') and start() again on the same port. */
  redis: TestRedis;
  citizens: ManagedProcess;
  appointments: ManagedProcess;
  gateway: ManagedProcess;
  /** The appointments schema's URL, to check what was stored. */
  appointmentsDatabaseUrl: string;
  /** Starts citizens (again) and resolves once it answers /health/ready. */
  startCitizens(): Promise<void>;
  /** Starts appointments (again) and resolves once it answers /health/ready. */
  startAppointments(): Promise<void>;
  /** Every process, for logs and checks. */
  processes(): ManagedProcess[];
  close(): Promise<void>;
}

/** Session keys and the internal secret, as production passes them: in the environment. */
function hubKeyEnv(): Record<string, string> {
  const { privateKey } = generateKeyPairSync('ed25519');
  const jwk = privateKey.export({ format: 'jwk' });
  return {
    HUB_JWT_PRIVATE_KEY: JSON.stringify(jwk),
    HUB_JWT_PUBLIC_KEY: JSON.stringify({ kty: jwk.kty, crv: jwk.crv, x: jwk.x }),
    HUB_INTERNAL_SECRET: randomBytes(32).toString('base64url'),
  };
}

export async function startChaosHub(): Promise<ChaosHub> {
  const run = randomBytes(4).toString('hex');
  const citizensDb = testDatabase('chaos_citizens');
  const appointmentsDb = testDatabase('chaos_appointments');
  const [citizensPort, appointmentsPort, gatewayPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
  ];
  const keys = hubKeyEnv();
  const redis = await startTestRedis();
  const common = { ...keys, REDIS_URL: redis.url, PUBSUB_NAMESPACE: `chaos-${run}`, HOST: '127.0.0.1' };
  const subgraphUrl = (port: number) => `http://127.0.0.1:${port}`;
  const citizens = serviceProcess('citizens', 'subgraphs/citizens/src/main.ts', {
    ...common,
    PORT: String(citizensPort),
    DATABASE_URL: citizensDb.databaseUrl as string,
    HUB_DEMO_DATA: '1',
  });
  const appointments = serviceProcess('appointments', 'subgraphs/appointments/src/main.ts', {
    ...common,
    PORT: String(appointmentsPort),
    DATABASE_URL: appointmentsDb.databaseUrl as string,
    HUB_DEMO_DATA: '1',
  });
  const gateway = serviceProcess('gateway', 'gateway/src/main.ts', {
    ...keys,
    PORT: String(gatewayPort),
    HOST: '127.0.0.1',
    SUBGRAPH_CITIZENS_URL: `${subgraphUrl(citizensPort)}/graphql`,
    SUBGRAPH_APPOINTMENTS_URL: `${subgraphUrl(appointmentsPort)}/graphql`,
  });
  const all = [gateway, citizens, appointments];

  const hub: ChaosHub = {
    url: `${subgraphUrl(gatewayPort)}/graphql`,
    redis,
    citizens,
    appointments,
    gateway,
    appointmentsDatabaseUrl: appointmentsDb.databaseUrl as string,
    async startCitizens() {
      citizens.start();
      await waitForHttp(`${subgraphUrl(citizensPort)}/health/ready`, citizens);
    },
    async startAppointments() {
      appointments.start();
      await waitForHttp(`${subgraphUrl(appointmentsPort)}/health/ready`, appointments);
    },
    processes: () => all,
    async close() {
      // The gateway first (it holds the subscriptions), then the subgraphs, Redis last.
      for (const process of all) await process.stop('SIGTERM', 5000).catch(() => {});
      await redis.stop().catch(() => {});
      await Promise.all([citizensDb.dispose(), appointmentsDb.dispose()].map((p) => p.catch(() => {})));
    },
  };
  try {
    await Promise.all([hub.startCitizens(), hub.startAppointments()]);
    gateway.start();
    // Ready (perhaps degraded): this hub runs citizens and appointments only, not every subgraph.
    await waitForHttp(`${subgraphUrl(gatewayPort)}/health/ready`, gateway);
    return hub;
  } catch (error) {
    await hub.close();
    throw error;
  }
}
