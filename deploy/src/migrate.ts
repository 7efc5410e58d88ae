/**
 * `hub.mjs migrate [name...]`: applies the subgraphs' Prisma migrations and
 * exits, for a job that runs before a rollout. The subgraphs migrate at start
 * anyway (`prisma migrate deploy` takes a lock), so this is optional.
 */
import { createLogger, env, migrateDatabase, openDatabase } from '@kaarst/kit';
import { envStem, listSubgraphs } from '@kaarst/kit/registry';

/** Returns the exit code: 0 when every named subgraph's database is up to date. */
export async function migrate(names: string[]): Promise<number> {
  const log = createLogger('migrate');
  const subgraphs = listSubgraphs();
  const unknown = names.filter((name) => !subgraphs.some((s) => s.name === name));
  if (unknown.length) {
    log.error({ unknown, known: subgraphs.map((s) => s.name) }, 'unknown subgraph');
    return 2;
  }
  const chosen = names.length ? subgraphs.filter((s) => names.includes(s.name)) : subgraphs;
  for (const subgraph of chosen) {
    // The embedded database lives inside one process: migrating it from another makes no sense.
    if (!env(`${envStem(subgraph.name)}_DATABASE_URL`) && !env('DATABASE_URL')) {
      log.error({ subgraph: subgraph.name }, 'set DATABASE_URL (or <NAME>_DATABASE_URL) to migrate');
      return 2;
    }
    const database = await openDatabase({ service: subgraph.name, log });
    try {
      await migrateDatabase(database, subgraph.dir, log.child({ subgraph: subgraph.name }));
    } catch (err) {
      log.error({ err, subgraph: subgraph.name }, 'migration failed');
      return 1;
    } finally {
      await database.close();
    }
  }
  return 0;
}
