/** `pnpm --filter @kaarst/family run import:addresses <file> [--sample]`: the task in import-addresses.ts. */
import { run } from './import-addresses.ts';

process.exitCode = await run(process.argv.slice(2));
