/**
 * pnpm --filter @kaarst/transit import:gtfs <feed.zip | folder>
 * Imports a GTFS static feed into the transit database (DATABASE_URL /
 * TRANSIT_DATABASE_URL, else the embedded one in data/transit: stop the hub
 * first, the embedded database has one user at a time). Prints progress, then
 * the errors by file and line; a feed with errors stores nothing (exit code 1).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  createLogger,
  createPgPool,
  migrateDatabase,
  openDatabase,
  poolConfig,
  prismaPgAdapter,
} from '@kaarst/kit';
import { PrismaClient } from '../generated/prisma/client.ts';
import { importGtfs } from '../gtfs/import.ts';
import { openSource } from '../gtfs/source.ts';
import { transitSubgraph } from '../subgraph.ts';

// pnpm --filter runs scripts in the package folder: a relative path is meant from where the user typed it.
const argument = process.argv[2];
const location = argument ? path.resolve(process.env.INIT_CWD ?? process.cwd(), argument) : '';
if (!argument || !existsSync(location)) {
  console.error('usage: pnpm --filter @kaarst/transit import:gtfs <feed.zip | folder>');
  process.exit(2);
}

const log = createLogger('transit-import');
const database = await openDatabase({ service: 'transit', log });
let code = 0;
try {
  await migrateDatabase(database, transitSubgraph.packageDir, log);
  const db = new PrismaClient({
    adapter: prismaPgAdapter(database.url, createPgPool(database.url, poolConfig(database))),
  });
  const started = Date.now();
  const result = await importGtfs(db, await openSource(location), {
    onProgress: ({ file, rows, done }) =>
      process.stderr.write(`\r${file}: ${rows.toLocaleString('en')} rows${done ? ' ✓\n' : ''}`),
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.ok) {
    console.log(`Imported ${path.basename(location)} in ${seconds} s; it is now the active feed.`);
  } else {
    console.error(`\n${path.basename(location)} has errors; nothing was stored:`);
    for (const e of result.errors)
      console.error(`  ${e.file}:${e.line}${e.field ? ` [${e.field}]` : ''} ${e.message}`);
    if (result.truncated) console.error(`  ... and more (the first ${result.errors.length} are shown)`);
    code = 1;
  }
  await db.$disconnect();
} finally {
  await database.close();
}
process.exit(code);
