/**
 * The image's `import-gtfs` task (`hub.mjs import-gtfs [--if-changed] [zip | URL]`, the
 * nightly CronJob): the location given, else GTFS_STATIC_URL. Exit code as importCommand's,
 * 2 when there is nothing to import.
 */
import { env } from '@kaarst/kit';
import { importCommand } from './import-command.ts';

export async function run(args: string[]): Promise<number> {
  const location = args.find((arg) => !arg.startsWith('--')) ?? env('GTFS_STATIC_URL');
  if (!location) {
    console.error('import-gtfs: give a zip or URL, or set GTFS_STATIC_URL');
    return 2;
  }
  return importCommand(location, { ifChanged: args.includes('--if-changed') });
}
