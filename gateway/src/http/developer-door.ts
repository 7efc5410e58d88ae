/**
 * The developers' door on the gateway: /developers/hub.json (the limits this gateway
 * enforces, as configured, and the licence of the hub's open data) for the developers'
 * page (clients/developers), and a browser opening /graphql is sent there instead of
 * Apollo's landing page (which loads Apollo's hosted Sandbox from the internet and is
 * turned off in server.ts).
 */
import { DEFAULT_API_KEY_RATE, env, SELF_SERVICE_KEY_LIMIT } from '@kaarst/kit/common';
import type { FastifyInstance } from 'fastify';
import { LimitCode, type OperationLimits } from '../protection/limits.ts';

export const DEVELOPERS_PAGE = '/developers/';
/** The hub's own open data (Open311, the sample GTFS feed), unless OPEN_DATA_LICENSE says otherwise. */
const DEFAULT_OPEN_DATA_LICENSE = 'https://creativecommons.org/licenses/by/4.0/';

export interface DeveloperDoorFacts {
  limits: OperationLimits;
  requestTimeoutMs: number;
  bodyLimitBytes: number;
  anonymousPerMinute: number;
}

export function registerDeveloperDoor(app: FastifyInstance, facts: DeveloperDoorFacts): void {
  const { listSize, ...operation } = facts.limits;
  const hub = {
    operation: { ...operation, listSize },
    codes: LimitCode,
    requestTimeoutSeconds: facts.requestTimeoutMs / 1000,
    bodyLimitBytes: facts.bodyLimitBytes,
    apiKeys: { selfServicePerMinute: DEFAULT_API_KEY_RATE, selfServiceActiveKeys: SELF_SERVICE_KEY_LIMIT },
    anonymousPerMinute: facts.anonymousPerMinute,
    openDataLicense: env('OPEN_DATA_LICENSE') ?? DEFAULT_OPEN_DATA_LICENSE,
  };
  app.get(`${DEVELOPERS_PAGE}hub.json`, async (_request, reply) =>
    reply.header('cache-control', 'no-cache').send(hub),
  );

  // A person's browser asking for the endpoint itself (HTML, no query) gets the page; clients are unaffected.
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' || request.url !== '/graphql') return;
    if (!(request.headers.accept ?? '').includes('text/html')) return;
    return reply.redirect(DEVELOPERS_PAGE, 302);
  });
}
