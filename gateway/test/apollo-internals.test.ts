/**
 * The contract between the hub and @apollo/gateway's internals
 * (upstream/apollo-internals.ts). Each test names what an upgrade changed, so
 * a failure reads as "adapt apollo-internals.ts", not as a broken subscription.
 */
import { composeServices } from '@apollo/composition';
import { ApolloGateway, RemoteGraphQLDataSource, type ServiceMap } from '@apollo/gateway';
import type { FetchNode } from '@apollo/query-planner';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answeringDataSource,
  buildPlan,
  DATA_SOURCE_MEMBERS,
  executePlan,
  GATEWAY_PRIVATE_FIELDS,
  type LoadedGateway,
  loadedGateway,
  planOptions,
  replaceSendRequest,
} from '../src/upstream/apollo-internals.ts';

const LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])';

/** Two subgraphs: a subscription owned by one, a field of its entity filled by the other. */
function supergraphSdl(): string {
  const result = composeServices([
    {
      name: 'bookings',
      url: 'http://127.0.0.1:1/graphql',
      typeDefs: parse(`${LINK}
        type Query { booking(code: ID!): Booking }
        type Subscription { bookingMade(place: ID!): Booking }
        type Booking @key(fields: "code") { code: ID! person: Person }
        type Person @key(fields: "id", resolvable: false) { id: ID! }`),
    },
    {
      name: 'people',
      url: 'http://127.0.0.1:2/graphql',
      typeDefs: parse(`${LINK}
        type Query { person(id: ID!): Person }
        type Person @key(fields: "id") { id: ID! name: String }`),
    },
  ]);
  if (result.errors || !result.supergraphSdl)
    throw new Error(`test supergraph does not compose: ${result.errors?.map((e) => e.message).join('; ')}`);
  return result.supergraphSdl;
}

describe('@apollo/gateway internals the hub relies on (upstream/apollo-internals.ts)', () => {
  let gateway: ApolloGateway;
  let loaded: LoadedGateway;

  beforeAll(async () => {
    process.env.APOLLO_TELEMETRY_DISABLED = 'true';
    gateway = new ApolloGateway({ supergraphSdl: supergraphSdl() });
    await gateway.load();
    loaded = loadedGateway(gateway);
  });
  afterAll(() => gateway.stop());

  it('a loaded ApolloGateway still holds its planner, service map and schemas in the same private fields', () => {
    const fields = gateway as unknown as Record<string, unknown>;
    for (const name of GATEWAY_PRIVATE_FIELDS)
      expect(
        fields[name],
        `ApolloGateway no longer has the private field "${name}": adapt loadedGateway()`,
      ).toBeTruthy();
    expect(
      typeof loaded.planner.buildQueryPlan,
      'the private "queryPlanner" has no buildQueryPlan(): adapt buildPlan()',
    ).toBe('function');
    expect(
      Object.keys(loaded.services).sort(),
      'the private "serviceMap" is no longer keyed by subgraph name: adapt loadedGateway()',
    ).toEqual(['bookings', 'people']);
    for (const [name, service] of Object.entries(loaded.services))
      expect(
        typeof service.dataSource?.process,
        `serviceMap.${name} has no dataSource.process(): adapt LoadedGateway.services`,
      ).toBe('function');
    expect(
      loaded.schema.getSubscriptionType()?.getFields().bookingMade,
      'the private "schema" is no longer the graphql-js API schema: adapt loadedGateway()',
    ).toBeDefined();
    expect(
      loaded.supergraphSchema.getType('join__Graph'),
      'the private "supergraphSchema" is no longer the graphql-js supergraph: adapt loadedGateway()',
    ).toBeDefined();
    expect(
      typeof loaded.apiSchema.toAPISchema,
      'the private "apiSchema" is no longer a federation-internals Schema: adapt buildPlan()',
    ).toBe('function');
  });

  it('ApolloGateway still keeps its planner options and its executor where the compiled executor finds them', () => {
    const fields = gateway as unknown as Record<string, unknown>;
    for (const name of ['recursiveSelectionsLimitDisabled', 'nonLocalSelectionsLimitDisabled'])
      expect(
        typeof fields[name],
        `ApolloGateway no longer has the private field "${name}": adapt planOptions()`,
      ).toBe('boolean');
    expect(planOptions(gateway)).toEqual({
      recursiveSelectionsLimitDisabled: false,
      nonLocalSelectionsLimitDisabled: false,
    });
    // upstream/plugins.ts replaces the executor before Apollo Server loads the gateway.
    expect(
      Object.hasOwn(gateway, 'executor'),
      'ApolloGateway.executor is no longer an instance property',
    ).toBe(true);
  });

  it('the planner still splits a subscription into a primary fetch and the entity fetches after it', () => {
    const document = parse(
      'subscription Made($place: ID!) { bookingMade(place: $place) { code person { name } } }',
    );
    const plan = buildPlan(loaded, document, 'Made');
    expect(
      plan.node?.kind,
      'a subscription no longer plans to a "Subscription" node: adapt subscriptions/plan.ts',
    ).toBe('Subscription');
    if (plan.node?.kind !== 'Subscription') return;
    expect(plan.node.primary.serviceName, 'the primary fetch no longer names its subgraph').toBe('bookings');
    expect(
      plan.node.primary.variableUsages,
      'the primary fetch no longer lists the variables it uses',
    ).toEqual(['place']);
    expect(plan.node.rest, 'the entity fetches after the primary are no longer in "rest"').toBeDefined();
  });

  it('executeQueryPlan still runs a hand-made plan with a hand-made request context', async () => {
    const document = parse(
      'subscription Made($place: ID!) { bookingMade(place: $place) { code person { name } } }',
    );
    const plan = buildPlan(loaded, document, 'Made');
    if (plan.node?.kind !== 'Subscription') throw new Error('not a subscription plan');
    const primary: FetchNode = { ...plan.node.primary, serviceName: 'event' };
    const dataSources: ServiceMap = {
      event: answeringDataSource({
        data: { bookingMade: { code: 'K-1', person: { __typename: 'Person', id: '7' } } },
      }),
      people: answeringDataSource({ data: { _entities: [{ __typename: 'Person', name: 'Ada' }] } }),
    };
    const result = await executePlan({
      loaded,
      plan: {
        kind: 'QueryPlan',
        node: { kind: 'Sequence', nodes: [primary, ...(plan.node.rest ? [plan.node.rest] : [])] },
      },
      dataSources,
      document,
      operationName: 'Made',
      variables: { place: '1' },
      context: {},
    });
    expect(
      result.errors,
      'executeQueryPlan reported errors: check executePlan() against @apollo/gateway',
    ).toBeUndefined();
    expect(result.data, 'executeQueryPlan no longer merges the entity fetch into the event').toEqual({
      bookingMade: { code: 'K-1', person: { name: 'Ada' } },
    });
  });

  it('RemoteGraphQLDataSource still has the members the lean send replaces or calls', () => {
    const prototype = RemoteGraphQLDataSource.prototype as unknown as Record<string, unknown>;
    for (const member of DATA_SOURCE_MEMBERS)
      expect(
        typeof prototype[member],
        `RemoteGraphQLDataSource.${member} is gone: adapt upstream/lean-send.ts and replaceSendRequest()`,
      ).toBe('function');
    const source = new RemoteGraphQLDataSource({ url: 'http://127.0.0.1:1/graphql' });
    const send = async () => ({});
    replaceSendRequest(source as never, send);
    expect((source as unknown as { sendRequest: unknown }).sendRequest).toBe(send);
  });
});
