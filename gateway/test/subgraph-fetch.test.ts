import { createServer, type Server } from 'node:http';
import { createLogger } from '@kaarst/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatewayContext } from '../src/context.ts';
import { HubDataSource } from '../src/upstream/data-source.ts';

/** A subgraph that answers after 50 ms, counting the requests it got and the context tokens they carried. */
let server: Server;
let url = '';
const seen: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push(String(request.headers['x-hub-context']));
    request.resume();
    request.on('end', () =>
      setTimeout(() => {
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ data: { ping: { answer: 'pong' } } }));
      }, 50),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const context = (viewerId: string | null, token: string) =>
  ({
    viewer: viewerId ? { id: viewerId, roles: ['citizen'] } : null,
    apiKey: null,
    contextToken: async () => token,
  }) as unknown as GatewayContext;

function send(source: HubDataSource, query: string, ctx: GatewayContext) {
  return source.process({ kind: 'health check', request: { query }, context: ctx } as never);
}

describe('subgraph fetches in flight', () => {
  it('shares one request among identical queries of the same viewer; each gets its own copy', async () => {
    const source = new HubDataSource({ name: 'shared', url, log: createLogger('test') });
    seen.length = 0;
    const answers = await Promise.all(
      [1, 2, 3, 4, 5].map((i) => send(source, '{ ping { answer } }', context(null, `token-${i}`))),
    );
    expect(seen).toHaveLength(1);
    for (const answer of answers) expect(answer.data).toEqual({ ping: { answer: 'pong' } });
    expect(answers[0]?.data).not.toBe(answers[1]?.data);
    await source.close();
  });

  it('does not share between viewers, nor once the first answer is in, nor for mutations', async () => {
    const source = new HubDataSource({ name: 'apart', url, log: createLogger('test') });
    seen.length = 0;
    await Promise.all([
      send(source, '{ ping { answer } }', context('anna', 'a')),
      send(source, '{ ping { answer } }', context('ben', 'b')),
    ]);
    expect(seen.sort()).toEqual(['a', 'b']);

    seen.length = 0;
    await send(source, '{ ping { answer } }', context(null, 'first'));
    await send(source, '{ ping { answer } }', context(null, 'second'));
    expect(seen).toEqual(['first', 'second']);

    seen.length = 0;
    await Promise.all(
      ['m1', 'm2', 'm3'].map((token) => send(source, 'mutation { ping { answer } }', context(null, token))),
    );
    expect(seen.sort()).toEqual(['m1', 'm2', 'm3']);
    await source.close();
  });

  it('with sharing off (GATEWAY_SHARING=off), identical queries each send their own request', async () => {
    const source = new HubDataSource({ name: 'unshared', url, log: createLogger('test'), share: false });
    seen.length = 0;
    const answers = await Promise.all(
      [1, 2, 3].map((i) => send(source, '{ ping { answer } }', context(null, `token-${i}`))),
    );
    expect(seen.sort()).toEqual(['token-1', 'token-2', 'token-3']);
    for (const answer of answers) expect(answer.data).toEqual({ ping: { answer: 'pong' } });
    await source.close();
  });
});
