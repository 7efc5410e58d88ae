/** `pnpm --filter @kaarst/council import:oparl <system-url> [--full]`: the import-oparl task (import-task.ts). */
import { run } from './import-task.ts';

process.exitCode = await run(process.argv.slice(2));
