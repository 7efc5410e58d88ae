/**
 * Hive Gateway (@graphql-hive/gateway, JS runtime, run by its own CLI) with
 * its defaults. What is set: the subgraph URLs, the hub's context token (a
 * long-lived anonymous one, see shared.ts) as a header on HTTP requests, and
 * subscriptions to subgraphs over graphql-ws (kind 'ws', the token in
 * connection_init): its default is GraphQL over SSE, which the subgraphs do
 * not speak. Environment: SUBGRAPH_<NAME>_URL, HUB_CONTEXT_TOKEN.
 */
import { defineConfig } from '@graphql-hive/gateway';

const token = process.env.HUB_CONTEXT_TOKEN as string;

export const gatewayConfig = defineConfig({
  transportEntries: {
    appointments: { location: process.env.SUBGRAPH_APPOINTMENTS_URL as string },
    citizens: { location: process.env.SUBGRAPH_CITIZENS_URL as string },
    '*.http': {
      headers: [['x-hub-context', token]],
      options: {
        subscriptions: {
          kind: 'ws',
          options: { connectionParams: { 'x-hub-context': token } },
        },
      },
    },
  },
});
