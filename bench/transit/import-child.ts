/**
 * The import alone in its own process, so its peak memory is its own:
 * imports the feed given as argv[2] into TRANSIT_DATABASE_URL and prints
 * { ms, maxRssMb, counts } as JSON on the last line.
 */
import { createPgPool, prismaPgAdapter } from '@kaarst/kit';
import { importGtfs, openSource, PrismaClient } from '@kaarst/transit/bench';

const url = process.env.TRANSIT_DATABASE_URL ?? '';
const db = new PrismaClient({ adapter: prismaPgAdapter(url, createPgPool(url, { max: 1 })) });
const started = performance.now();
const result = await importGtfs(db, await openSource(process.argv[2] ?? ''), {
  onProgress: ({ file, rows, done }) =>
    process.stderr.write(`\r${file}: ${rows.toLocaleString('en')} rows${done ? '\n' : ''}`),
});
const ms = performance.now() - started;
await db.$disconnect();
if (!result.ok) {
  console.error(JSON.stringify(result.errors.slice(0, 10)));
  process.exit(1);
}
console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, counts: result.counts }));
