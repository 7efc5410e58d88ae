/** Counters (Schalter): staff hold one to call tickets to it; open counters make the estimate. */
import { auditEntryData, badInput, conflict, notFound, type Viewer } from '@kaarst/kit';
import type { Location, Prisma, PrismaClient } from '../generated/prisma/client.ts';
import { localDate } from '../outbox.ts';
import { requireBuergerbuero } from './access.ts';
import { QUEUE_TX, queueChangedRow, queueWritten } from './events.ts';
import { loadSnapshot, openToday } from './snapshot.ts';

type Db = Prisma.TransactionClient;

export function checkCounter(location: Location, counter: number): void {
  if (!Number.isInteger(counter) || counter < 1 || counter > location.counters)
    throw badInput(`${location.name} has counters 1 to ${location.counters}.`, 'counter');
}

export async function loadLocationOrFail(db: Db, locationId: string): Promise<Location> {
  const location = await db.location.findUnique({ where: { id: locationId } });
  if (!location) throw notFound(`Location "${locationId}"`);
  return location;
}

/** `announce`: false when the caller's own change (a call) announces the queue anyway. */
async function takeCounter(
  tx: Db,
  viewer: Viewer,
  location: Location,
  counter: number,
  now: Date,
  announce = true,
) {
  await tx.queueCounter.upsert({
    where: { locationId_counter: { locationId: location.id, counter } },
    create: { locationId: location.id, counter, staffId: viewer.id, openedAt: now },
    update: { staffId: viewer.id, openedAt: now },
  });
  await tx.auditEntry.create({
    data: auditEntryData(
      viewer,
      'queue.counter.open',
      { type: 'OfficeLocation', id: location.id },
      `counter ${counter}`,
    ),
  });
  if (announce) await tx.outboxEvent.create({ data: queueChangedRow(location.id) });
}

/**
 * The caller must hold the counter to act at it (admins may act at any). A
 * counter nobody holds today is taken for the caller when `openIfFree`.
 * Returns true when it was opened now.
 */
export async function holdCounter(
  tx: Db,
  viewer: Viewer,
  location: Location,
  counter: number,
  now: Date,
  openIfFree: boolean,
): Promise<boolean> {
  checkCounter(location, counter);
  const row = await tx.queueCounter.findUnique({
    where: { locationId_counter: { locationId: location.id, counter } },
  });
  if (row && openToday(row.openedAt, localDate(now))) {
    if (row.staffId === viewer.id || viewer.roles.includes('admin')) return false;
    throw conflict(`Counter ${counter} is held by a colleague; take it over with openQueueCounter first.`);
  }
  if (!openIfFree) throw conflict(`Counter ${counter} is not open; open it first.`);
  await takeCounter(tx, viewer, location, counter, now, false);
  return true;
}

async function counterView(db: Db, locationId: string, counter: number, now: Date) {
  const snapshot = await loadSnapshot(db, locationId, now);
  const view = snapshot.counters.find((c) => c.counter === counter);
  if (!view) throw notFound(`Counter ${counter}`);
  return view;
}

/** Takes a counter, also over from a colleague who left it open (audited). */
export async function openQueueCounter(
  db: PrismaClient,
  viewerOrNull: Viewer | null,
  locationId: string,
  counter: number,
  now = new Date(),
) {
  const viewer = requireBuergerbuero(viewerOrNull);
  const location = await loadLocationOrFail(db, locationId);
  checkCounter(location, counter);
  await db.$transaction((tx) => takeCounter(tx, viewer, location, counter, now), QUEUE_TX);
  queueWritten();
  return counterView(db, locationId, counter, now);
}

/** Leaves a counter; closing one that is not open changes nothing. */
export async function closeQueueCounter(
  db: PrismaClient,
  viewerOrNull: Viewer | null,
  locationId: string,
  counter: number,
  now = new Date(),
) {
  const viewer = requireBuergerbuero(viewerOrNull);
  const location = await loadLocationOrFail(db, locationId);
  checkCounter(location, counter);
  const closed = await db.$transaction(async (tx) => {
    const { count } = await tx.queueCounter.deleteMany({ where: { locationId, counter } });
    if (count === 0) return false;
    await tx.auditEntry.create({
      data: auditEntryData(
        viewer,
        'queue.counter.close',
        { type: 'OfficeLocation', id: locationId },
        `counter ${counter}`,
      ),
    });
    await tx.outboxEvent.create({ data: queueChangedRow(locationId) });
    return true;
  }, QUEUE_TX);
  if (closed) queueWritten();
  return counterView(db, locationId, counter, now);
}
