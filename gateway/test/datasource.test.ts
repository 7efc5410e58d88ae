import { createServer, type Server } from 'node:http';
import { createLogger } from '@kaarst/kit';
import type { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { HubDataSource, isRetryable } from '../src/upstream/data-source.ts';
import { deadlinePlugin } from '../src/upstream/deadline.ts';

/** A subgraph that drops the first `drops` connections without answering, then answers. */
async function flakySubgraph(
  drops: number,
): Promise<{ url: string; requests: () => number; server: Server }> {
  let requests = 0;
  const server = createServer((request, response) => {
    requests++;
    if (requests <= drops) {
      request.socket.destroy();
      return;
    }
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ data: { ping: 'pong' } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/graphql`, requests: () => requests, server };
}

function send(source: HubDataSource, query: string) {
  return source.process({
    kind: 'health check', // GraphQLDataSourceRequestKind.HEALTH_CHECK (a type-only export)
    request: { query },
    context: {},
  } as never);
}

describe('subgraph fetches: retries for queries only', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it('tells queries (and entity fetches) from mutations', () => {
    expect(isRetryable('query Op__appointments__0{appointmentServices{id}}')).toBe(true);
    expect(isRetryable('{_entities(representations:$r){...on Citizen{id}}}')).toBe(true);
    expect(
      isRetryable('mutation Book__appointments__0($input:BookInput!){bookAppointment(input:$input){code}}'),
    ).toBe(false);
    expect(isRetryable('  mutation{x}')).toBe(false);
  });

  it('sends a query again once when its connection was dropped, and the answer arrives', async () => {
    const flaky = await flakySubgraph(1);
    server = flaky.server;
    const source = new HubDataSource({ name: 'flaky', url: flaky.url, log: createLogger('test') });
    const response = await send(source, '{ ping }');
    expect(response.data).toEqual({ ping: 'pong' });
    expect(flaky.requests()).toBe(2);
    expect(source.breaker.state).toBe('closed');
  });

  it('never sends a mutation twice: a dropped connection is SUBGRAPH_UNAVAILABLE', async () => {
    const flaky = await flakySubgraph(1);
    server = flaky.server;
    const source = new HubDataSource({ name: 'flaky', url: flaky.url, log: createLogger('test') });
    const error = await send(source, 'mutation { ping }').catch((e: GraphQLError) => e);
    expect((error as GraphQLError).extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
    expect(flaky.requests()).toBe(1);
  });

  it('gives up on a query after one retry', async () => {
    const flaky = await flakySubgraph(5);
    server = flaky.server;
    const source = new HubDataSource({ name: 'flaky', url: flaky.url, log: createLogger('test') });
    const error = await send(source, '{ ping }').catch((e: GraphQLError) => e);
    expect((error as GraphQLError).extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
    expect(flaky.requests()).toBe(2);
  });
});

describe("subgraph fetches: the answer (our send in place of Apollo's, lean-send.ts)", () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  /** A subgraph giving every request this status, content type and body; it records the bodies it got. */
  async function answering(status: number, type: string, body: string) {
    const bodies: string[] = [];
    server = createServer((request, response) => {
      let text = '';
      request.on('data', (chunk) => (text += chunk));
      request.on('end', () => {
        bodies.push(text);
        response.writeHead(status, { 'content-type': type }).end(body);
      });
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
    return { source: new HubDataSource({ name: 'answers', url, log: createLogger('test') }), bodies };
  }

  it('sends the query and variables as JSON and hands back data and errors', async () => {
    const errors = [{ message: 'partly', path: ['ping'] }];
    const { source, bodies } = await answering(
      200,
      'application/json',
      JSON.stringify({ data: { ping: null }, errors }),
    );
    const response = await source.process({
      kind: 'health check',
      request: { query: 'query ($a: Int) { ping(a: $a) }', variables: { a: 1 } },
      context: {},
    } as never);
    expect(JSON.parse(bodies[0] as string)).toEqual({
      query: 'query ($a: Int) { ping(a: $a) }',
      variables: { a: 1 },
    });
    expect(response.data).toEqual({ ping: null });
    expect(response.errors).toEqual(errors);
    await source.close();
  });

  it('a refusal (4xx) is an INTERNAL_SERVER_ERROR naming the subgraph, not the refusal', async () => {
    const { source } = await answering(403, 'application/json', '{"errors":[{"message":"bad token"}]}');
    const error = await send(source, '{ ping }').catch((e: GraphQLError) => e);
    expect((error as GraphQLError).extensions).toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      serviceName: 'answers',
    });
    expect((error as GraphQLError).message).not.toContain('bad token');
    await source.close();
  });

  it('an answer that is not a JSON object fails the fetch', async () => {
    const { source } = await answering(200, 'text/plain', 'hello');
    const error = await send(source, '{ ping }').catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    await source.close();
  });
});

describe('subgraph fetches: connection limit per subgraph', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it('keeps at most `connections` requests open to a subgraph; the others wait and still succeed', async () => {
    let inFlight = 0;
    let most = 0;
    server = createServer((_request, response) => {
      inFlight++;
      most = Math.max(most, inFlight);
      setTimeout(() => {
        inFlight--;
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ data: { ping: 'pong' } }));
      }, 100);
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
    const source = new HubDataSource({
      name: 'slow',
      url,
      log: createLogger('test'),
      limits: { connections: 2 },
    });
    const answers = await Promise.all(Array.from({ length: 6 }, () => send(source, '{ ping }')));
    expect(answers.map((answer) => answer.data)).toEqual(Array(6).fill({ ping: 'pong' }));
    expect(most).toBe(2);
    await source.close();
  });
});

describe('subgraph fetches: the operation’s deadline', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it('answers REQUEST_TIMEOUT when the deadline passes mid-fetch, and leaves the circuit closed', async () => {
    server = createServer((_request, response) => {
      setTimeout(() => response.end(JSON.stringify({ data: { ping: 'late' } })), 1500);
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
    const source = new HubDataSource({ name: 'slow', url, log: createLogger('test') });
    const request = { query: '{ ping }' };
    const metrics = {};
    await deadlinePlugin(200).requestDidStart?.({ request, metrics } as never);
    const started = Date.now();
    const error = await source
      .process({
        kind: 'incoming operation',
        request,
        context: {},
        incomingRequestContext: { request, metrics },
      } as never)
      .catch((e: GraphQLError) => e);
    expect((error as GraphQLError).extensions?.code).toBe('REQUEST_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(1200);
    expect(source.breaker.state).toBe('closed');
    await source.close();
  });
});

describe('subgraph fetches: the time limit per fetch', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it('gives up on a subgraph slower than timeoutMs: SUBGRAPH_UNAVAILABLE, counted by the breaker', async () => {
    const closers: Array<() => void> = [];
    server = createServer((_request, response) => {
      const timer = setTimeout(() => response.end(JSON.stringify({ data: { ping: 'late' } })), 3000);
      closers.push(() => clearTimeout(timer));
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
    const source = new HubDataSource({
      name: 'hanging',
      url,
      log: createLogger('test'),
      limits: { timeoutMs: 200, failureThreshold: 1, queryRetries: 0 },
    });
    const started = Date.now();
    const error = await send(source, '{ ping }').catch((e: GraphQLError) => e);
    expect((error as GraphQLError).extensions).toMatchObject({
      code: 'SUBGRAPH_UNAVAILABLE',
      serviceName: 'hanging',
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(source.breaker.state).toBe('open');
    for (const close of closers) close();
    server.closeAllConnections();
    await source.close();
  });
});
