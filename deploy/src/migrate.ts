/**
 * `hub.mjs migrate [name...]`: applies the subgraphs' Prisma migrations and
 * exits, for a job that runs before a rollout. The subgraphs migrate at start
 * anyway (`prisma migrate deploy` takes a lock), so this is optional.
 */
import { appointmentsSubgraph } from '@kaarst/appointments';
import { citizensSubgraph } from '@kaarst/citizens';
import { councilSubgraph } from '@kaarst/council';
import { createLogger, env, migrateDatabase, openDatabase } from '@kaarst/kit';
import { passSubgraph } from '@kaarst/pass';
import { requestsSubgraph } from '@kaarst/requests';
import { transitSubgraph } from '@kaarst/transit';

const SUBGRAPHS = [
  citizensSubgraph,
  appointmentsSubgraph,
  councilSubgraph,
  requestsSubgraph,
  transitSubgraph,
  passSubgraph,
] as const;

/** Returns the exit code: 0 when every named subgraph's database is up to date. */
export async function migrate(names: string[]): Promise<number> {
  const log = createLogger('migrate');
  const unknown = names.filter((name) => !SUBGRAPHS.some((s) => s.name === name));
  if (unknown.length) {
    log.error({ unknown, known: SUBGRAPHS.map((s) => s.name) }, 'unknown subgraph');
    return 2;
  }
  const chosen = names.length ? SUBGRAPHS.filter((s) => names.includes(s.name)) : SUBGRAPHS;
  for (const subgraph of chosen) {
    // The embedded database lives inside one process: migrating it from another makes no sense.
    if (!env(`${subgraph.name.toUpperCase()}_DATABASE_URL`) && !env('DATABASE_URL')) {
      log.error({ subgraph: subgraph.name }, 'set DATABASE_URL (or <NAME>_DATABASE_URL) to migrate');
      return 2;
    }
    const database = await openDatabase({ service: subgraph.name, log });
    try {
      await migrateDatabase(database, subgraph.packageDir, log.child({ subgraph: subgraph.name }));
    } catch (err) {
      log.error({ err, subgraph: subgraph.name }, 'migration failed');
      return 1;
    } finally {
      await database.close();
    }
  }
  return 0;
}
