/**
 * What the subgraph benchmarks share: their command-line numbers, the figures they report,
 * and one subgraph of the hub started on PostgreSQL (BENCH_DATABASE_URL, default the
 * machine's test database) in a fresh schema that is dropped afterwards.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  generateHubKeys,
  type HubKeys,
  type PrismaLike,
  type RunningSubgraph,
  type SubgraphDefinition,
  startSubgraph,
} from '@kaarst/kit';
import { listSubgraphs } from '@kaarst/kit/registry';
import { testDatabase } from '@kaarst/kit/testing';
import { Kind, parse } from 'graphql';

/** `--name N` on the command line, else `fallback`. */
export function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

/** Results are written to last-run.json unless `--no-write` is given. */
export const writeResults = () => !process.argv.includes('--no-write');

/** The p-th percentile of values sorted ascending (nearest rank). */
export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;

export const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
export const p99 = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    99,
  );
export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

export interface BenchSubgraph<Db, Services = unknown> {
  running: RunningSubgraph<Db, Services>;
  db: Db;
  keys: HubKeys;
  /** Its database's URL (with `?schema=`), for a second client on the same data. */
  databaseUrl: string;
  /** Stops the subgraph and drops its schema. */
  close(): Promise<void>;
}

/** Starts `definition` without demo data on PostgreSQL, in a schema of its own named after `name`. */
export async function startBenchSubgraph<Db extends PrismaLike, Services = undefined>(
  definition: SubgraphDefinition<Db, Services>,
  name: string,
): Promise<BenchSubgraph<Db, Services>> {
  process.env.DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
  process.env.LOG_LEVEL ??= 'warn';
  const database = testDatabase(name);
  const eventsDir = mkdtempSync(path.join(tmpdir(), `kaarst-bench-${name}-`));
  const keys = await generateHubKeys();
  const running = await startSubgraph(definition, {
    ...(database.databaseUrl ? { databaseUrl: database.databaseUrl } : {}),
    port: 0,
    keys,
    demoData: false,
    accountEvents: { dir: eventsDir },
  });
  return {
    running,
    db: running.db,
    keys,
    databaseUrl: running.database.url,
    async close() {
      await running.close();
      await database.dispose();
      rmSync(eventsDir, { recursive: true, force: true });
    },
  };
}

/**
 * The registry's subgraphs whose schema defines one of `rootFields` on Query, Mutation or
 * Subscription: the ones a bench must start to serve its operations (read from the schemas, so
 * a field moving to another subgraph moves the bench with it).
 */
export function subgraphsServing(rootFields: readonly string[]): string[] {
  const wanted = new Set(rootFields);
  const roots = new Set(['Query', 'Mutation', 'Subscription']);
  return listSubgraphs()
    .filter(({ dir }) =>
      parse(readFileSync(path.join(dir, 'schema.graphql'), 'utf8')).definitions.some(
        (definition) =>
          (definition.kind === Kind.OBJECT_TYPE_DEFINITION ||
            definition.kind === Kind.OBJECT_TYPE_EXTENSION) &&
          roots.has(definition.name.value) &&
          definition.fields?.some((field) => wanted.has(field.name.value)),
      ),
    )
    .map(({ name }) => name);
}
