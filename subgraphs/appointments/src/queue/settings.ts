/** A location's queue settings: how it orders, re-calls and hands out tickets. */
import { auditEntryData, badInput, notFound, type Viewer } from '@kaarst/kit';
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';
import { requireBuergerbuero } from './access.ts';
import { QUEUE_TX, queueChangedRow, queueWritten } from './events.ts';
import type { SettingsModel } from './models.ts';

type Db = Prisma.TransactionClient;

export const DEFAULT_SETTINGS: SettingsModel = {
  appointmentPriority: 1,
  walkInPriority: 2,
  maxRecalls: 2,
  appointmentEarlyMinutes: 10,
  walkInsOpen: true,
};

export async function loadSettings(db: Db, locationId: string): Promise<SettingsModel> {
  const row = await db.queueSettings.findUnique({ where: { locationId } });
  if (!row) return { ...DEFAULT_SETTINGS };
  const { locationId: _id, ...settings } = row;
  return settings;
}

const RANGES = {
  appointmentPriority: [0, 9],
  walkInPriority: [0, 9],
  maxRecalls: [0, 10],
  appointmentEarlyMinutes: [0, 120],
} as const;

export type SettingsInput = { [K in keyof SettingsModel]?: SettingsModel[K] | null };

/** Changes the settings; waiting tickets take the new priorities in the same transaction. */
export async function updateQueueSettings(
  db: PrismaClient,
  viewer: Viewer | null,
  locationId: string,
  input: SettingsInput,
): Promise<SettingsModel> {
  const staff = requireBuergerbuero(viewer);
  for (const [field, [min, max]] of Object.entries(RANGES)) {
    const value = input[field as keyof typeof RANGES];
    if (value === undefined || value === null) continue;
    if (!Number.isInteger(value) || value < min || value > max)
      throw badInput(`${field} must be a whole number from ${min} to ${max}.`, `input.${field}`);
  }
  const changes = Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== undefined && value !== null),
  ) as Partial<SettingsModel>;
  const updated = await db.$transaction(async (tx) => {
    if (!(await tx.location.findUnique({ where: { id: locationId } })))
      throw notFound(`Location "${locationId}"`);
    const settings = { ...(await loadSettings(tx, locationId)), ...changes };
    await tx.queueSettings.upsert({
      where: { locationId },
      create: { locationId, ...settings },
      update: settings,
    });
    for (const [kind, priority] of [
      ['APPOINTMENT', settings.appointmentPriority],
      ['WALK_IN', settings.walkInPriority],
    ] as const)
      await tx.queueTicket.updateMany({ where: { locationId, kind, status: 'WAITING' }, data: { priority } });
    await tx.auditEntry.create({
      data: auditEntryData(
        staff,
        'queue.settings',
        { type: 'OfficeLocation', id: locationId },
        JSON.stringify(changes),
      ),
    });
    await tx.outboxEvent.create({ data: queueChangedRow(locationId) });
    return settings;
  }, QUEUE_TX);
  queueWritten();
  return updated;
}
