/**
 * The access gate on HTTP: one hook in front of /graphql (HTTP and SSE) and of
 * every REST prefix the gateway forwards. It runs once the body is read, so
 * Open311's `api_key` (query, form or JSON body) is checked like X-API-Key.
 * Health probes, /metrics and the portal's static files are not entry points.
 */
import { API_KEY_HEADER, HttpRefusal } from '@kaarst/kit/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AccessGate } from './gate.ts';

export interface GuardedPrefix {
  /** e.g. "/graphql", "/open311": the prefix itself and everything below it. */
  prefix: string;
  /** The name of a query or body parameter that also carries the API key (Open311: "api_key"). */
  apiKeyParam?: string;
  /** How this API spells an error (Open311: a list of { code, description }); default the hub's shape. */
  refusalBody?: (refusal: HttpRefusal) => unknown;
}

const under = (url: string, prefix: string) => {
  const path = url.split('?')[0] ?? '';
  return path === prefix || path.startsWith(`${prefix}/`);
};

/** A parameter from the query string or a (form or JSON) body, as the REST routes receive them unparsed. */
function parameter(request: FastifyRequest, name: string): string | string[] | undefined {
  const fromQuery = new URL(request.url, 'http://gateway').searchParams.getAll(name);
  const values = [...fromQuery];
  const body = request.body;
  if (Buffer.isBuffer(body) && body.length > 0) {
    const type = request.headers['content-type'] ?? '';
    if (type.startsWith('application/x-www-form-urlencoded'))
      values.push(...new URLSearchParams(body.toString('utf8')).getAll(name));
    else if (type.startsWith('application/json')) {
      try {
        const value = (JSON.parse(body.toString('utf8')) as Record<string, unknown>)?.[name];
        if (value !== undefined) values.push(typeof value === 'string' ? value : JSON.stringify(value));
      } catch {
        // Not JSON: the subgraph answers that.
      }
    }
  }
  if (values.length === 0) return undefined;
  return values.length === 1 ? values[0] : values;
}

export function registerAccessChecks(
  app: FastifyInstance,
  gate: AccessGate,
  prefixes: GuardedPrefix[],
): void {
  app.addHook('preValidation', async (request, reply) => {
    const guarded = prefixes.find((p) => under(request.url, p.prefix));
    if (!guarded) return;
    const header = request.headers[API_KEY_HEADER];
    const apiKey = header ?? (guarded.apiKeyParam ? parameter(request, guarded.apiKeyParam) : undefined);
    try {
      await gate.admit({ apiKey, address: request.ip });
    } catch (error) {
      if (!(error instanceof HttpRefusal)) throw error;
      const retryAfter = error.extensions.retryAfterSeconds;
      if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
      if (!guarded.refusalBody) throw error;
      return reply.code(error.statusCode).send(guarded.refusalBody(error));
    }
  });
}
