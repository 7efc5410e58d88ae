/**
 * The hub the display benches run against, in this process: the subgraphs serving their
 * operations (found in the registry's schemas; PostgreSQL: BENCH_DATABASE_URL, default the
 * machine's test database, each in a schema of its own, with demo data) and one gateway, plus
 * `ask` for mutations and queries as an admin.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGateway } from '@kaarst/gateway';
import { generateHubKeys, signSessionToken, startSubgraph, type Viewer } from '@kaarst/kit';
import { findSubgraph, listSubgraphs, loadSubgraphDefinition } from '@kaarst/kit/registry';
import { testDatabase } from '@kaarst/kit/testing';
import { subgraphsServing } from '../common.ts';

const SUPERGRAPH = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'schema',
  'supergraph.graphql',
);

export interface BenchHub {
  /** The gateway's HTTP address (its WebSocket is the same with ws:). */
  url: string;
  /** Sends one operation as an admin; GraphQL errors throw, so a bench never counts a failure. */
  ask: (query: string, variables?: Record<string, unknown>) => Promise<Record<string, unknown>>;
  close: () => Promise<void>;
}

/** `rootFields`: the operations' root fields, which decide the subgraphs to start. */
export async function startBenchHub(rootFields: readonly string[], schemaPrefix: string): Promise<BenchHub> {
  process.env.DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
  process.env.LOG_LEVEL ??= 'error';
  const keys = await generateHubKeys();
  const started = await Promise.all(
    subgraphsServing(rootFields).map(async (name) => {
      const database = testDatabase(`${schemaPrefix}_${name}`);
      const running = await startSubgraph(await loadSubgraphDefinition(findSubgraph(name)), {
        ...(database.databaseUrl ? { databaseUrl: database.databaseUrl } : {}),
        port: 0,
        keys,
        demoData: true, // demo credentials, locations, services and sample meetings
      });
      return { name, running, database };
    }),
  );
  const urls = Object.fromEntries(started.map((s) => [s.name, s.running.url]));
  const gateway = await createGateway({
    supergraphPath: SUPERGRAPH,
    keys,
    subgraphUrls: Object.fromEntries(
      listSubgraphs().map(({ name }) => [name, urls[name] ?? 'http://127.0.0.1:1/graphql']),
    ),
    trustedDocuments: { enforce: false },
  });
  const url = await gateway.listen(0, '127.0.0.1');
  const admin = (await signSessionToken(keys, { id: randomUUID(), roles: ['admin'] } as Viewer)).token;
  const ask = async (query: string, variables: Record<string, unknown> = {}) => {
    // An operation that does not answer in 30 s ends the run with that message instead of a hang.
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    }).catch((error: unknown) => {
      throw new Error(`${query.slice(0, 60)}…: ${String(error)}`);
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (body.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
    return body.data ?? {};
  };
  return {
    url,
    ask,
    close: async () => {
      await gateway.close();
      for (const s of started) {
        await s.running.close();
        await s.database.dispose();
      }
    },
  };
}
