/**
 * The GTFS import as a command: the CLI (import-gtfs.ts) and the container
 * image's `import-gtfs` role (the Kubernetes CronJob) run it. Imports a feed
 * (zip, folder or http(s) URL) into the transit database (DATABASE_URL /
 * TRANSIT_DATABASE_URL, else the embedded one in data/transit: stop the hub
 * first, the embedded database has one user at a time). Prints progress, then
 * the errors by file and line; a feed with errors stores nothing. With
 * `ifChanged`, a zip identical to the active feed's (SHA-256) is not imported again.
 */
import { createLogger, withTaskDatabase } from '@kaarst/kit';
import { importGtfs } from '../gtfs/import.ts';
import { openSource } from '../gtfs/source.ts';
import { transitSubgraph } from '../subgraph.ts';

export interface ImportCommandOptions {
  ifChanged?: boolean;
  out?: (line: string) => void;
  err?: (text: string) => void;
}

/** Returns the exit code: 0 imported (or unchanged), 1 the feed has errors or could not be read. */
export async function importCommand(location: string, options: ImportCommandOptions = {}): Promise<number> {
  const out = options.out ?? ((line) => console.log(line));
  const err = options.err ?? ((text) => process.stderr.write(text));
  const log = createLogger('transit-import');
  return withTaskDatabase(transitSubgraph, log, async (db) => {
    let source: Awaited<ReturnType<typeof openSource>>;
    try {
      source = await openSource(location);
    } catch (error) {
      err(`${location} could not be read: ${(error as Error).message}\n`);
      return 1;
    }
    if (options.ifChanged && source.sha256) {
      const active = await db.feed.findFirst({ where: { status: 'ACTIVE' }, orderBy: { id: 'desc' } });
      if (active?.sha256 === source.sha256) {
        await source.close();
        out(
          `${source.name} is the active feed already (SHA-256 ${source.sha256.slice(0, 12)}…); nothing to do.`,
        );
        return 0;
      }
    }
    const started = Date.now();
    const result = await importGtfs(db, source, {
      onProgress: ({ file, rows, done }) =>
        err(`\r${file}: ${rows.toLocaleString('en')} rows${done ? ' ✓\n' : ''}`),
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (result.ok) {
      out(`Imported ${source.name} in ${seconds} s; it is now the active feed.`);
      return 0;
    }
    err(`\n${source.name} has errors; nothing was stored:\n`);
    for (const e of result.errors)
      err(`  ${e.file}:${e.line}${e.field ? ` [${e.field}]` : ''} ${e.message}\n`);
    if (result.truncated) err(`  ... and more (the first ${result.errors.length} are shown)\n`);
    return 1;
  });
}
