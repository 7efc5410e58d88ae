/**
 * The gateway as an ordered list of plugins (server.ts holds the list). Each
 * plugin is a plain `useX(options)` returning its name, the plugins it needs
 * before it, its setup (what it registers and what it hands on to the plugins
 * after it, in GatewayParts) and its own cleanup. Setup runs in list order;
 * cleanup in reverse, so whatever a plugin relies on is still there while it
 * closes: nobody keeps a teardown order by hand.
 */
import type { ApolloGateway } from '@apollo/gateway';
import type { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import type { Logger, RateCounter } from '@kaarst/kit/common';
import type { FastifyInstance } from 'fastify';
import type { ValidationRule } from 'graphql';
import type { ApiKeyRegistry } from './access/api-keys.ts';
import type { AccessGate } from './access/gate.ts';
import type { Requirements } from './authorization/requirements.ts';
import type { GatewayContext } from './context.ts';
import type { GatewayMetrics } from './observability/metrics.ts';
import type { ListSizes } from './protection/limits.ts';
import type { TrustedDocumentStore } from './protection/trusted-documents.ts';
import type { GatewaySettings } from './settings.ts';
import type { SubscriptionHub } from './subscriptions/hub.ts';

/** What Apollo Server is built with: each GraphQL-stage plugin adds its part, in list order. */
export interface ApolloServerParts {
  plugins: ApolloServerPlugin<GatewayContext>[];
  validationRules: ValidationRule[];
  parseOptions: { maxTokens?: number };
  persistedQueries?: { cache: TrustedDocumentStore };
}

/** What the plugins set up so far hand on to those after them. */
export interface GatewayParts {
  readonly settings: GatewaySettings;
  readonly log: Logger;
  /** The subgraph URLs in use, by name (filled as the gateway builds its data sources). */
  readonly subgraphUrls: Record<string, string>;
  readonly apollo: ApolloServerParts;
  metrics?: GatewayMetrics;
  gateway?: ApolloGateway;
  /** The authorization directives of the loaded supergraph. */
  requirements?: () => Requirements;
  /** The sizes the subgraphs declare for their lists (@listSize), for the cost limit. */
  listSizes?: () => ListSizes;
  counter?: RateCounter | null;
  app?: FastifyInstance;
  server?: ApolloServer<GatewayContext>;
  apiKeys?: ApiKeyRegistry;
  gate?: AccessGate;
  hub?: SubscriptionHub;
}

export interface GatewayPlugin {
  name: string;
  /** Plugins that must come earlier in the list (their parts are used here). */
  needs?: readonly string[];
  setup(parts: GatewayParts): void | Promise<void>;
  /** Its own cleanup, run in reverse list order. */
  close?(): Promise<void>;
}

/** A part an earlier plugin sets up; a clear error names the missing plugin otherwise. */
export function need<Key extends keyof GatewayParts>(
  parts: GatewayParts,
  key: Key,
  by: string,
): NonNullable<GatewayParts[Key]> {
  const part = parts[key];
  if (part === undefined || part === null)
    throw new Error(`gateway plugin "${by}" needs "${String(key)}", which no earlier plugin set up`);
  return part as NonNullable<GatewayParts[Key]>;
}

/** Checks the list: unique names, and each plugin's needs earlier in it. */
export function checkOrder(plugins: readonly GatewayPlugin[]): void {
  const seen = new Set<string>();
  for (const plugin of plugins) {
    if (seen.has(plugin.name)) throw new Error(`gateway plugin "${plugin.name}" is listed twice`);
    for (const needed of plugin.needs ?? [])
      if (!seen.has(needed))
        throw new Error(`gateway plugin "${plugin.name}" needs "${needed}" earlier in the list`);
    seen.add(plugin.name);
  }
}

/**
 * Sets the plugins up in order; the returned close() cleans up in reverse. Should a setup
 * fail, the plugins already set up are cleaned up (in reverse) before the error is rethrown.
 */
export async function startPipeline(
  plugins: readonly GatewayPlugin[],
  parts: GatewayParts,
): Promise<{ close(): Promise<void> }> {
  checkOrder(plugins);
  const started: GatewayPlugin[] = [];
  const close = async () => {
    for (const plugin of started.splice(0).reverse()) await plugin.close?.();
  };
  try {
    for (const plugin of plugins) {
      await plugin.setup(parts);
      started.push(plugin);
    }
  } catch (error) {
    await close().catch((err) => parts.log.error({ err }, 'cleanup after a failed start failed'));
    throw error;
  }
  return { close };
}
