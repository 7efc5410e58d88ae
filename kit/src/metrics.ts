import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import { env } from './config.ts';

/** One Prometheus registry per service, with Node's process metrics and a `service` label. */
export function createMetricsRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return registry;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * GET /metrics in Prometheus text. With METRICS_TOKEN set it needs
 * `Authorization: Bearer <token>`; without, it answers only on loopback.
 */
export function registerMetricsRoute(
  app: FastifyInstance,
  registry: Registry,
  token = env('METRICS_TOKEN'),
): void {
  app.get('/metrics', async (request, reply) => {
    const allowed = token ? request.headers.authorization === `Bearer ${token}` : LOOPBACK.has(request.ip);
    if (!allowed) return reply.code(token ? 401 : 403).send({ error: 'metrics are not public' });
    return reply.header('content-type', registry.contentType).send(await registry.metrics());
  });
}

/**
 * Keeps a label's values bounded: the first `limit` distinct values pass,
 * later new ones become "other" (client-chosen operation names are unbounded).
 */
export function boundedLabel(limit = 100): (value: string | null | undefined) => string {
  const seen = new Set<string>();
  return (value) => {
    const name = (value ?? '').slice(0, 64) || 'anonymous';
    if (seen.has(name)) return name;
    if (seen.size >= limit) return 'other';
    seen.add(name);
    return name;
  };
}

/** The database pool's use, read when scraped: connections open and idle, callers waiting. */
export function registerPoolMetrics(registry: Registry, pool: pg.Pool): void {
  new Gauge({
    name: 'hub_db_pool_connections',
    help: 'Database connections of this process, by state (open, idle)',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      this.set({ state: 'open' }, pool.totalCount);
      this.set({ state: 'idle' }, pool.idleCount);
    },
  });
  new Gauge({
    name: 'hub_db_pool_waiting',
    help: 'Queries waiting for a free database connection',
    registers: [registry],
    collect() {
      this.set(pool.waitingCount);
    },
  });
  new Gauge({
    name: 'hub_db_pool_max',
    help: 'Largest number of database connections this process opens',
    registers: [registry],
    collect() {
      this.set(pool.options.max ?? 10);
    },
  });
}
