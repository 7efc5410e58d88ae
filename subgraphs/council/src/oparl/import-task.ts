/**
 * Imports an OParl 1.1 system into the council database (DATABASE_URL /
 * COUNCIL_DATABASE_URL, else the embedded one in data/, which must not be in use by a
 * running hub meanwhile): `hub.mjs import-oparl <system-url> [--full]` in the image,
 * `pnpm --filter @kaarst/council import:oparl` in the workspace. Progress on stdout, objects
 * that failed or were completed (warnings) on stderr; exit code 1 if any failed, 2 on usage.
 */
import { createLogger, withTaskDatabase } from '@kaarst/kit';
import { councilSubgraph } from '../subgraph.ts';
import { importOparl } from './import.ts';

export async function run(args: string[]): Promise<number> {
  const url = args.find((arg) => !arg.startsWith('--'));
  if (!url || !/^https?:\/\//.test(url)) {
    process.stderr.write('usage: import-oparl <OParl system URL> [--full]\n');
    return 2;
  }
  const log = createLogger('council-import');
  return withTaskDatabase(councilSubgraph, log, async (db) => {
    const result = await importOparl(
      db,
      url,
      {
        progress: (line) => process.stdout.write(`${line}\n`),
        failed: (object, reason) => process.stderr.write(`failed: ${object}: ${reason}\n`),
        warned: (object, reason) => process.stderr.write(`warning: ${object}: ${reason}\n`),
      },
      { full: args.includes('--full') },
    );
    process.stdout.write(
      `imported ${result.stored} objects from ${result.pages} pages, ${result.failed} failed, ${result.warnings} warnings${result.since ? ` (changes since ${result.since.toISOString()})` : ''}\n`,
    );
    return result.failed > 0 ? 1 : 0;
  });
}
