import { isUniqueViolation, type Logger } from '@kaarst/kit';
import { SAMPLE_REQUEST_TYPES } from './catalogue.ts';
import type { PrismaClient } from './generated/prisma/client.ts';

/** The catalogue is configuration, not demo data: it is kept up to date on every start. */
export async function seedRequests(db: PrismaClient, { log }: { demoData: boolean; log: Logger }) {
  for (const type of SAMPLE_REQUEST_TYPES) {
    const { code, ...rest } = type;
    // Replicas starting together may race to create a row: the one that lost finds it there.
    await db.requestType.upsert({ where: { code }, create: type, update: rest }).catch((error: unknown) => {
      if (!isUniqueViolation(error)) throw error;
    });
  }
  log.info({ types: SAMPLE_REQUEST_TYPES.length }, 'request catalogue up to date');
}
