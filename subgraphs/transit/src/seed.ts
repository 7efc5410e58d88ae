import { fileURLToPath } from 'node:url';
import type { Logger } from '@kaarst/kit';
import type { PrismaClient } from './generated/prisma/client.ts';
import { importGtfs } from './gtfs/import.ts';
import { folderSource } from './gtfs/source.ts';

/** The project's own sample feed for Kaarst: real stop names, invented times (see sample/kaarst/README.md). */
export const SAMPLE_FEED_DIR = fileURLToPath(new URL('../sample/kaarst', import.meta.url));

/**
 * With no feed imported yet, the sample feed is imported so the graph has
 * something to answer; an imported real feed is never replaced by it.
 */
export async function seedTransit(db: PrismaClient, { log }: { demoData: boolean; log: Logger }) {
  if (await db.feed.findFirst({ where: { status: 'ACTIVE' } })) return;
  const result = await importGtfs(db, folderSource(SAMPLE_FEED_DIR));
  if (!result.ok)
    throw new Error(`the sample GTFS feed has errors: ${JSON.stringify(result.errors.slice(0, 5))}`);
  log.info({ counts: result.counts }, 'sample GTFS feed for Kaarst imported');
}
