import type { FastifyInstance } from 'fastify';
import type { Logger } from './logger.ts';

export type HealthCheck = () => Promise<void>;
export type HealthState = 'ok' | 'down';

/** What /health/ready reports: ok, degraded (serving, something behind it down) or down. */
export interface HealthReport {
  status: 'ok' | 'degraded' | 'down';
  [detail: string]: unknown;
}

/** Runs named checks side by side; a check that throws (or takes over `timeoutMs`) is down. */
export async function runHealthChecks(
  checks: Record<string, HealthCheck>,
  log: Logger,
  timeoutMs = 2000,
): Promise<Record<string, HealthState>> {
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      try {
        await Promise.race([
          check(),
          new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), timeoutMs).unref()),
        ]);
        return [name, 'ok'] as const;
      } catch (err) {
        log.warn({ err, check: name }, 'health check failed');
        return [name, 'down'] as const;
      }
    }),
  );
  return Object.fromEntries(entries);
}

/**
 * The probes of every hub service: /health/live (the process answers),
 * /health/ready (200 while it can serve, also degraded; 503 when down) and
 * /health (200 only when everything behind it is up).
 */
export function registerHealthRoutes(app: FastifyInstance, report: () => Promise<HealthReport>): void {
  app.get('/health/live', async () => ({ status: 'ok' }));
  app.get('/health/ready', async (_request, reply) => {
    const body = await report();
    return reply.code(body.status === 'down' ? 503 : 200).send(body);
  });
  app.get('/health', async (_request, reply) => {
    const body = await report();
    return reply
      .code(body.status === 'ok' ? 200 : 503)
      .send({ ...body, status: body.status === 'ok' ? 'ok' : 'down' });
  });
}
