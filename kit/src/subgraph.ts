import path from 'node:path';
// 2.14 (the gateway's release line) exports the resolver map type only from its schema helpers.
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';

export type { GraphQLResolverMap };

import type { PrismaPg } from '@prisma/adapter-pg';
import type { FastifyInstance } from 'fastify';
import { type DocumentNode, parse } from 'graphql';
import type pg from 'pg';
import type { Registry } from 'prom-client';
import { type AccountEventLog, type AccountEventsOptions, openAccountEventLog } from './account-events.ts';
import type { Viewer } from './auth.ts';
import { env, envInt } from './config.ts';
import {
  createPgPool,
  type Database,
  migrateDatabase,
  openDatabase,
  poolConfig,
  prismaPgAdapter,
} from './database.ts';
import type { DurableLogOptions } from './durable-log.ts';
import type { HealthCheck } from './health.ts';
import { type HubKeys, loadHubKeys } from './keys.ts';
import { createLogger, type Logger } from './logger.ts';
import { createMetricsRegistry, registerPoolMetrics } from './metrics.ts';
import { type NotificationEventLog, openNotificationEventLog } from './notification-events.ts';
import { installOutboxTrigger } from './outbox-notify.ts';
import { createPubSubEmitter } from './pubsub.ts';
import { readSubgraphEntry, subgraphTypeDefs } from './registry.ts';
import { createSubgraphServer, type PubSub } from './server.ts';
import { createThrottle, type Throttle } from './throttle.ts';
import { flushTracing, startTracing } from './tracing.ts';

/** What every Prisma client offers that the kit needs. */
export interface PrismaLike {
  $disconnect(): Promise<void>;
  $queryRawUnsafe<T = unknown>(query: string): Promise<T>;
}

/** Per-operation context every subgraph's resolvers receive (mercurius adds `pubsub`). */
export interface SubgraphContext<Db, Services = undefined> {
  viewer: Viewer | null;
  /** The caller's address, as the gateway saw it (null: none given, e.g. a test calling directly). */
  client: string | null;
  /** The gateway asking for itself (e.g. the revocation lists), not on a caller's behalf. */
  gatewayService?: boolean;
  db: Db;
  keys: HubKeys;
  log: Logger;
  /** Counts guesses (sign-ins, codes) per account and client, shared through Redis. */
  throttle: Throttle;
  /** What the definition's `services` built at start (undefined for a subgraph without). */
  services: Services;
}

/** What a subgraph's own services are built from, once per running instance. */
export interface ServiceDependencies<Db> {
  db: Db;
  /** The adapter's own `pg` pool (shared with Prisma), for a hot path that reads without it. */
  pool: pg.Pool;
  pubsub: PubSub;
  log: Logger;
  keys: HubKeys;
}

/** A service object may close: called at stop, after the server drained, before the database closes. */
export interface MaybeClosable {
  close?(): void | Promise<void>;
}

/** A subgraph: its name, SDL, resolvers, database client and optional seed. */
export interface SubgraphDefinition<Db extends PrismaLike, Services = undefined> {
  name: string;
  /** The package folder: schema.graphql, prisma/ and prisma.config.ts live there. */
  packageDir: string;
  // biome-ignore lint/suspicious/noExplicitAny: typed per subgraph by codegen
  resolvers: GraphQLResolverMap<any>;
  /**
   * The Prisma client over the adapter. `pool` is the adapter's own `pg` pool, for the rare
   * hot path that reads a large result without Prisma's row mapping (it shares the connections).
   * `database.embedded`: the embedded PGlite, one session for every connection (so no named
   * prepared statements there: a second connection would find the name taken).
   */
  createDb(adapter: PrismaPg, pool: pg.Pool, database: { embedded: boolean }): Db;
  /**
   * The subgraph's own long-lived state (a timetable in memory, an ingest pipeline, caches),
   * built once at start after the database and before the first request, reachable as
   * `services` in the resolvers' context, the routes, the background work and the health
   * checks, and closed (if it has `close`) at stop. State never hangs on the database client.
   */
  services?(dependencies: ServiceDependencies<Db>): Services | Promise<Services>;
  /** Loads sample data; `demoData` says whether demo accounts and bookings are wanted. */
  seed?(db: Db, options: { demoData: boolean; log: Logger }): Promise<void>;
  /** Work beside the request handlers (e.g. an outbox publisher); stopped before the server closes. */
  background?(services: {
    db: Db;
    pubsub: PubSub;
    log: Logger;
    metrics: Registry;
    accountEvents: AccountEventLog;
    /** Where notifications go (the outbox publisher appends its notification rows here). */
    notifications: NotificationEventLog;
    /** The database URL to LISTEN on for outbox rows; unset on the embedded PGlite. */
    listenUrl?: string;
    /** The adapter's own `pg` pool (shared with Prisma): the outbox publisher drains on it. */
    pool: pg.Pool;
    services: Services;
  }): BackgroundTask;
  /**
   * Erases or anonymises what this subgraph holds about a deleted account (GDPR Art. 17),
   * on the account event log. It may run again for the same account: it must be idempotent.
   * `logs`: the durable logs (the notifications subgraph removes the account's entries).
   */
  eraseAccount?(
    db: Db,
    accountId: string,
    log: Logger,
    services: Services,
    logs: { accountEvents: AccountEventLog; notifications: NotificationEventLog },
  ): Promise<unknown>;
  /**
   * Checks of its own for /health and /health/ready beside the database's (e.g. data it
   * loads at start): a check that throws counts as down, so the instance is not ready.
   */
  health?(db: Db, services: Services): Record<string, HealthCheck>;
  /**
   * Plain HTTP routes beside /graphql (e.g. an OParl or Open311 export). They are public:
   * the gateway forwards them without a context token (gateway/src/http/rest-routes.ts).
   */
  routes?(
    app: FastifyInstance,
    dependencies: { db: Db; log: Logger; keys: HubKeys; pubsub: PubSub; services: Services },
  ): void | Promise<void>;
}

export interface BackgroundTask {
  stop(): Promise<void>;
}

export interface StartSubgraphOptions {
  /** The database holds every migration already (a test's copy of a migrated template): skip `prisma migrate deploy`. */
  migrated?: boolean;
  port?: number;
  host?: string;
  databaseUrl?: string;
  embeddedDir?: string;
  keys?: HubKeys;
  redisUrl?: string;
  /** Demo accounts and sample bookings; default: on for the embedded database, else HUB_DEMO_DATA=1. */
  demoData?: boolean;
  log?: Logger;
  /** Where account events (deletions) are kept; every subgraph of one hub must share it. */
  accountEvents?: AccountEventsOptions;
  /** Where notifications are kept; default: beside the account events given here (a `notifications` folder, a `:notifications` stream). */
  notificationEvents?: DurableLogOptions;
  /** Run the definition's background work (default true); tests turn it off on one replica. */
  runBackground?: boolean;
}

export interface RunningSubgraph<Db, Services = unknown> {
  name: string;
  url: string;
  app: FastifyInstance;
  db: Db;
  services: Services;
  database: Database;
  log: Logger;
  background?: BackgroundTask;
  /** Runs the definition's erasure for an account now, as the account event log would (tests). */
  eraseAccount(accountId: string): Promise<void>;
  close(): Promise<void>;
}

/** A hub (or test) that placed its account events places its notifications beside them. */
function besideAccountEvents(accountEvents: AccountEventsOptions | undefined): DurableLogOptions {
  if (!accountEvents) return {};
  return {
    ...(accountEvents.dir ? { dir: path.join(accountEvents.dir, 'notifications') } : {}),
    ...(accountEvents.stream ? { stream: `${accountEvents.stream}:notifications` } : {}),
    ...(accountEvents.pollMs ? { pollMs: accountEvents.pollMs } : {}),
  };
}

/** Its schema.graphql with the SDL of the kit's capabilities it switches on (package.json "hub"). */
export function loadTypeDefs(packageDir: string): DocumentNode {
  return parse(subgraphTypeDefs(readSubgraphEntry(packageDir)));
}

/**
 * Starts a subgraph: database (embedded or PostgreSQL) migrated, seeded, and
 * served on HTTP + WebSocket. Closing drains requests, then the database.
 */
export async function startSubgraph<Db extends PrismaLike, Services = undefined>(
  definition: SubgraphDefinition<Db, Services>,
  options: StartSubgraphOptions = {},
): Promise<RunningSubgraph<Db, Services>> {
  startTracing(definition.name);
  const log = options.log ?? createLogger(definition.name);
  const keys = options.keys ?? (await loadHubKeys());
  const database = await openDatabase({
    service: definition.name,
    url: options.databaseUrl,
    embeddedDir: options.embeddedDir,
    log,
  });
  const closers: Array<() => Promise<void>> = [flushTracing, () => database.close()];
  const close = async () => {
    for (const closer of closers.reverse()) await closer().catch((err) => log.error({ err }, 'close failed'));
  };
  try {
    if (!options.migrated) await migrateDatabase(database, definition.packageDir, log);
    const pool = createPgPool(database.url, poolConfig(database), (err) =>
      log.warn({ err }, 'a pooled database connection was lost; the pool connects anew'),
    );
    await installOutboxTrigger(pool);
    const db = definition.createDb(prismaPgAdapter(database.url, pool), pool, {
      embedded: database.embedded,
    });
    closers.push(() => db.$disconnect());
    // Built once the server (and its pubsub) exists, before it listens; closed before the database.
    let services = undefined as Services;
    closers.push(async () => void (await (services as MaybeClosable | undefined)?.close?.()));
    const demoData = options.demoData ?? (database.embedded || env('HUB_DEMO_DATA') === '1');
    await definition.seed?.(db, { demoData, log });

    const pubsub = createPubSubEmitter(definition.name, database.schema, options.redisUrl, log);
    closers.push(() => pubsub.close());
    const throttle = createThrottle({
      redisUrl: options.redisUrl ?? env('REDIS_URL'),
      // Replicas of one subgraph on one database share the counts.
      namespace: `${env('PUBSUB_NAMESPACE') ?? 'kaarst'}:throttle:${definition.name}:${database.schema}:`,
      log,
    });
    closers.push(() => throttle.close());
    const metrics = createMetricsRegistry(definition.name);
    // Read at each request: the definition's own checks join once its services exist.
    const health: Record<string, HealthCheck> = {
      database: async () => void (await db.$queryRawUnsafe('SELECT 1')),
    };
    registerPoolMetrics(metrics, pool);
    const app = await createSubgraphServer({
      metrics,
      name: definition.name,
      typeDefs: loadTypeDefs(definition.packageDir),
      resolvers: definition.resolvers,
      keys,
      log,
      emitter: pubsub.emitter,
      context: () => ({ db, keys, log, throttle, services }),
      health,
    });
    closers.push(() => app.close());
    services = (await definition.services?.({ db, pool, pubsub: app.graphql.pubsub, log, keys })) as Services;
    Object.assign(health, definition.health?.(db, services));
    await definition.routes?.(app, { db, log, keys, pubsub: app.graphql.pubsub, services });
    const accountEvents = openAccountEventLog({
      ...(options.redisUrl ? { redisUrl: options.redisUrl } : {}),
      ...options.accountEvents,
    });
    closers.push(() => accountEvents.close());
    const notifications = openNotificationEventLog({
      ...(options.redisUrl ? { redisUrl: options.redisUrl } : {}),
      ...besideAccountEvents(options.accountEvents),
      ...options.notificationEvents,
    });
    closers.push(() => notifications.close());
    const background =
      options.runBackground === false
        ? undefined
        : definition.background?.({
            db,
            pubsub: app.graphql.pubsub,
            log,
            metrics,
            accountEvents,
            notifications,
            services,
            pool,
            ...(database.embedded ? {} : { listenUrl: database.url }),
          });
    if (background) closers.push(() => background.stop());
    const { eraseAccount } = definition;
    if (eraseAccount && options.runBackground !== false) {
      const erasing = accountEvents.consume(
        definition.name,
        async (event) => {
          await eraseAccount(db, event.accountId, log, services, { accountEvents, notifications });
          log.info({ accountId: event.accountId, eventId: event.id }, 'deleted account erased');
        },
        log,
      );
      closers.push(() => erasing.stop());
    }
    // The registry's port (package.json "hub"), unless PORT or the caller says otherwise.
    const port = options.port ?? envInt('PORT', readSubgraphEntry(definition.packageDir).port);
    const host = options.host ?? env('HOST') ?? '127.0.0.1';
    await app.listen({ port, host });
    const address = app.server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    const url = `http://${host}:${actualPort}/graphql`;
    log.info({ url }, `${definition.name} subgraph ready`);
    return {
      name: definition.name,
      url,
      app,
      db,
      services,
      database,
      log,
      ...(background ? { background } : {}),
      eraseAccount: async (accountId) =>
        void (await definition.eraseAccount?.(db, accountId, log, services, {
          accountEvents,
          notifications,
        })),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * A one-off task's access to a subgraph's database (an import, say: the registry's "tasks"):
 * opened as the subgraph opens it (DATABASE_URL / <NAME>_DATABASE_URL, else the embedded one in
 * data/, which no running hub may hold meanwhile), migrated, handed to `work`, and closed after.
 */
export async function withTaskDatabase<Db extends PrismaLike, Result>(
  definition: SubgraphDefinition<Db, unknown>,
  log: Logger,
  work: (db: Db) => Promise<Result>,
): Promise<Result> {
  const database = await openDatabase({ service: definition.name, log });
  try {
    await migrateDatabase(database, definition.packageDir, log);
    const pool = createPgPool(database.url, poolConfig(database), (err) =>
      log.warn({ err }, 'a pooled database connection was lost; the pool connects anew'),
    );
    const db = definition.createDb(prismaPgAdapter(database.url, pool), pool, {
      embedded: database.embedded,
    });
    try {
      return await work(db);
    } finally {
      await db.$disconnect();
    }
  } finally {
    await database.close();
  }
}
