import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { GraphQLError, locatedError, parse } from 'graphql';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signContextToken, type Viewer } from '../src/auth.ts';
import { badInput, forbidden, HubError } from '../src/errors.ts';
import { generateHubKeys, type HubKeys } from '../src/keys.ts';
import { createLogger } from '../src/logger.ts';
import { createMetricsRegistry } from '../src/metrics.ts';
import { DateTimeScalar } from '../src/scalars.ts';
import { createSubgraphServer, maskError } from '../src/server.ts';

const silent = createLogger('test');

/** A logger that keeps what it writes, to see what maskError logs. */
function capturingLogger() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { log: pino({ level: 'info' }, stream), lines };
}

describe('maskError', () => {
  it('is silent under vitest (the logger used below)', () => {
    expect(silent.level).toBe('silent');
  });

  it("keeps a HubError's code and message", () => {
    const error = locatedError(forbidden('Staff only.'), null, ['appointmentsAt']);
    const masked = maskError(error, silent);
    expect(masked.message).toBe('Staff only.');
    expect(masked.extensions.code).toBe('FORBIDDEN');
    expect(masked.path).toEqual(['appointmentsAt']);
  });

  it('keeps the extra extensions of a HubError, e.g. the field', () => {
    const masked = maskError(locatedError(badInput('Choose a service.', 'serviceIds'), null, ['x']), silent);
    expect(masked.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'serviceIds' });
    expect(masked.message).toBe('Choose a service.');
  });

  it('keeps a HubError thrown as is (not wrapped)', () => {
    const masked = maskError(new HubError('SLOT_TAKEN', 'Taken.'), silent);
    expect(masked.message).toBe('Taken.');
    expect(masked.extensions.code).toBe('SLOT_TAKEN');
  });

  it('turns a plain Error into "Internal server error" without its details, and logs it', () => {
    const { log, lines } = capturingLogger();
    const error = locatedError(new Error('connect ECONNREFUSED 10.0.0.5:5432 password=hunter2'), null, [
      'bookAppointment',
    ]);
    const masked = maskError(error, log);
    expect(masked.message).toBe('Internal server error');
    expect(masked.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(masked.path).toEqual(['bookAppointment']);
    expect(JSON.stringify(masked.toJSON())).not.toContain('hunter2');
    // ...but the operator sees it in the log
    expect(lines).toHaveLength(1);
    expect(lines[0]?.level).toBe(50);
    expect(JSON.stringify(lines[0])).toContain('ECONNREFUSED');
  });

  it('gives a graphql-js variable error the code BAD_USER_INPUT', () => {
    const error = new GraphQLError(
      'Variable "$x" got invalid value "abc"; Int cannot represent non-integer value: "abc"',
    );
    const masked = maskError(error, silent);
    expect(masked.extensions.code).toBe('BAD_USER_INPUT');
    expect(masked.message).toBe(error.message);
  });

  it('gives other graphql-js request errors GRAPHQL_VALIDATION_FAILED', () => {
    const masked = maskError(new GraphQLError('Cannot query field "nope" on type "Query".'), silent);
    expect(masked.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(masked.message).toBe('Cannot query field "nope" on type "Query".');
  });

  it('keeps a code that is already set on the error', () => {
    const error = new GraphQLError('Too deep', { extensions: { code: 'QUERY_TOO_DEEP' } });
    expect(maskError(error, silent).extensions.code).toBe('QUERY_TOO_DEEP');
  });
});

describe('createSubgraphServer', () => {
  const typeDefs = parse(/* GraphQL */ `
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
    scalar DateTime
    type Query {
      whoami: String
      double(x: Int!): Int
      at(when: DateTime!): DateTime
      boom: String
      denied: String
    }
  `);
  let keys: HubKeys;
  let app: FastifyInstance;
  let healthy = true;
  const clerk: Viewer = { id: 'c1', roles: ['staff'] };

  beforeAll(async () => {
    keys = await generateHubKeys();
    app = await createSubgraphServer({
      name: 'probe',
      typeDefs,
      keys,
      metrics: createMetricsRegistry('probe'),
      log: silent,
      context: () => ({ extra: 'from-context' }),
      health: {
        database: async () => {
          if (!healthy) throw new Error('down');
        },
      },
      resolvers: {
        DateTime: DateTimeScalar,
        Query: {
          whoami: (_p: unknown, _a: unknown, ctx: { viewer: Viewer | null; extra: string }) =>
            `${ctx.viewer ? `${ctx.viewer.id}:${ctx.viewer.roles.join(',')}` : 'anonymous'}|${ctx.extra}`,
          double: (_p: unknown, { x }: { x: number }) => x * 2,
          at: (_p: unknown, { when }: { when: Date }) => when,
          boom: () => {
            throw new Error('secret internals');
          },
          denied: () => {
            throw forbidden('Not you.');
          },
        },
      },
    });
    await app.ready();
  });
  afterAll(() => app?.close());

  const post = async (body: Record<string, unknown>, viewer?: Viewer | null, header?: string) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (header !== undefined) headers['x-hub-context'] = header;
    else if (viewer !== undefined) headers['x-hub-context'] = await signContextToken(keys, viewer);
    const response = await app.inject({ method: 'POST', url: '/graphql', headers, payload: body });
    return { status: response.statusCode, body: response.json() };
  };

  it('refuses a request without the context header with 401 UNAUTHENTICATED', async () => {
    const { status, body } = await post({ query: '{ whoami }' });
    expect(status).toBe(401);
    expect(body.data).toBeNull();
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a context header signed with other keys', async () => {
    const other = await generateHubKeys();
    const { status, body } = await post(
      { query: '{ whoami }' },
      undefined,
      await signContextToken(other, clerk),
    );
    expect(status).toBe(401);
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('passes the verified viewer and the context to resolvers', async () => {
    expect((await post({ query: '{ whoami }' }, clerk)).body.data.whoami).toBe('c1:staff|from-context');
    expect((await post({ query: '{ whoami }' }, null)).body.data.whoami).toBe('anonymous|from-context');
  });

  it('answers a resolver bug as INTERNAL_SERVER_ERROR with status 200 and no details', async () => {
    const { status, body } = await post({ query: '{ boom whoami }' }, null);
    expect(status).toBe(200);
    expect(body.data).toEqual({ boom: null, whoami: 'anonymous|from-context' });
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: 'Internal server error',
        path: ['boom'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      }),
    ]);
    expect(JSON.stringify(body)).not.toContain('secret internals');
  });

  it('keeps the code of a HubError from a resolver', async () => {
    const { body } = await post({ query: '{ denied }' }, null);
    expect(body.errors[0]).toMatchObject({
      message: 'Not you.',
      path: ['denied'],
      extensions: { code: 'FORBIDDEN' },
    });
  });

  // Under vitest kit loads graphql/index.mjs while mercurius (CommonJS) loads
  // graphql/index.js: maskError must recognise the other copy's GraphQLError.
  it('answers a bad Int variable with BAD_USER_INPUT', async () => {
    const { body } = await post(
      { query: 'query ($x: Int!) { double(x: $x) }', variables: { x: 'abc' } },
      null,
    );
    expect(body.data ?? null).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].message).toMatch(/^Variable "\$x"/);
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a bad Int variable without running the resolver, and runs it with a good one', async () => {
    const query = 'query ($x: Int!) { double(x: $x) }';
    const bad = await post({ query, variables: { x: 'abc' } }, null);
    expect(bad.status).toBe(200);
    expect(bad.body.data ?? null).toBeNull();
    expect(bad.body.errors).toHaveLength(1);
    expect((await post({ query, variables: { x: 21 } }, null)).body).toEqual({ data: { double: 42 } });
  });

  it('answers a DateTime variable without a zone with BAD_USER_INPUT', async () => {
    const query = 'query ($w: DateTime!) { at(when: $w) }';
    const bad = await post({ query, variables: { w: '2026-12-01T09:00:00' } }, null);
    expect(bad.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const good = await post({ query, variables: { w: '2026-12-01T09:00:00+01:00' } }, null);
    expect(good.body).toEqual({ data: { at: '2026-12-01T08:00:00.000Z' } });
  });

  it('answers an unknown field with GRAPHQL_VALIDATION_FAILED', async () => {
    const { body } = await post({ query: '{ nope }' }, null);
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('serves the federation SDL', async () => {
    const { body } = await post({ query: '{ _service { sdl } }' }, null);
    expect(body.data._service.sdl).toContain('whoami: String');
  });

  it('reports health without the context header: 200 when checks pass, 503 when one fails', async () => {
    const ok = await app.inject({ method: 'GET', url: '/health' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ status: 'ok', service: 'probe', checks: { database: 'ok' } });
    healthy = false;
    try {
      const down = await app.inject({ method: 'GET', url: '/health' });
      expect(down.statusCode).toBe(503);
      expect(down.json()).toEqual({ status: 'down', service: 'probe', checks: { database: 'down' } });
    } finally {
      healthy = true;
    }
  });
});
