/**
 * pnpm --filter @kaarst/transit import:gtfs [--if-changed] <feed.zip | folder | https://…/feed.zip>
 * (import-command.ts). Exit code 0 imported or unchanged, 1 errors, 2 usage.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { importCommand } from './import-command.ts';

const args = process.argv.slice(2);
const ifChanged = args.includes('--if-changed');
const argument = args.find((arg) => !arg.startsWith('--'));
const remote = argument !== undefined && /^https?:\/\//.test(argument);
// pnpm --filter runs scripts in the package folder: a relative path is meant from where the user typed it.
const location =
  argument && !remote ? path.resolve(process.env.INIT_CWD ?? process.cwd(), argument) : argument;
if (!location || (!remote && !existsSync(location))) {
  console.error(
    'usage: pnpm --filter @kaarst/transit import:gtfs [--if-changed] <feed.zip | folder | https://…>',
  );
  process.exit(2);
}
process.exit(await importCommand(location, { ifChanged }));
