import { ApolloServer } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import type { GatewayContext } from '../src/context.ts';
import { operationSharingPlugin } from '../src/upstream/operation-sharing.ts';

/** A server whose `slow` field takes 50 ms and counts its executions. */
function server() {
  let executions = 0;
  const apollo = new ApolloServer<GatewayContext>({
    typeDefs: 'type Query { slow(n: Int): Int } type Mutation { slow: Int }',
    resolvers: {
      Query: {
        slow: async (_: unknown, { n }: { n?: number }) => {
          executions++;
          await new Promise((resolve) => setTimeout(resolve, 50));
          return n ?? 1;
        },
      },
      Mutation: { slow: () => ++executions },
    },
    plugins: [operationSharingPlugin()],
  });
  return { apollo, executions: () => executions };
}

const context = (viewerId: string | null) =>
  ({
    viewer: viewerId ? { id: viewerId, roles: ['citizen'] } : null,
    apiKey: null,
    contextToken: async () => 'token',
  }) as unknown as GatewayContext;

const data = (response: Awaited<ReturnType<ApolloServer<GatewayContext>['executeOperation']>>) =>
  response.body.kind === 'single' ? response.body.singleResult.data : undefined;

describe('identical operations in flight', () => {
  it('share one execution; each request gets its own copy of the result', async () => {
    const { apollo, executions } = server();
    const answers = await Promise.all(
      [1, 2, 3, 4, 5].map(() =>
        apollo.executeOperation({ query: '{ slow }' }, { contextValue: context(null) }),
      ),
    );
    expect(executions()).toBe(1);
    for (const answer of answers) expect(data(answer)).toEqual({ slow: 1 });
    expect(data(answers[0] as never)).not.toBe(data(answers[1] as never));
    await apollo.stop();
  });

  it('do not share between viewers or variables, once done, nor for mutations', async () => {
    const { apollo, executions } = server();
    const query = 'query ($n: Int) { slow(n: $n) }';
    await Promise.all([
      apollo.executeOperation({ query, variables: { n: 1 } }, { contextValue: context('anna') }),
      apollo.executeOperation({ query, variables: { n: 1 } }, { contextValue: context('ben') }),
      apollo.executeOperation({ query, variables: { n: 2 } }, { contextValue: context('ben') }),
    ]);
    expect(executions()).toBe(3);
    await apollo.executeOperation({ query: '{ slow }' }, { contextValue: context(null) });
    await apollo.executeOperation({ query: '{ slow }' }, { contextValue: context(null) });
    expect(executions()).toBe(5);
    await Promise.all(
      [1, 2, 3].map(() =>
        apollo.executeOperation({ query: 'mutation { slow }' }, { contextValue: context(null) }),
      ),
    );
    expect(executions()).toBe(8);
    await apollo.stop();
  });
});
