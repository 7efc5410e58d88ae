/**
 * Sample data (demoData only), marked as such: run at every start, so it leaves what
 * exists alone.
 */
import type { Logger } from '@kaarst/kit';
import type { PrismaClient } from './generated/prisma/client.ts';

export const SAMPLE_ENTRY_ID = '00000000-0000-4000-8000-000000000001';

export async function seedNotifications(
  db: PrismaClient,
  { demoData, log }: { demoData: boolean; log: Logger },
) {
  if (!demoData) return;
  await db.entry.upsert({
    where: { id: SAMPLE_ENTRY_ID },
    update: {},
    create: { id: SAMPLE_ENTRY_ID, title: 'Beispieleintrag (sample data)' },
  });
  log.debug('sample entry in place');
}
