/**
 * A provider's coordinators keep their Kitas' places: the list of the Kitas they keep, and the
 * number of places per age group. Free places move by the same number as the places, in one
 * conditional UPDATE, so the CHECK (0 ≤ freePlaces ≤ places) can never be broken by places
 * taken meanwhile; places added are offered down the waiting list in the same transaction.
 */
import { badInput, conflict, notFound, type PubSub, requireViewer, type Viewer } from '@kaarst/kit';
import { coordinatedProviders, fillFromWaitingList, publishWishes, TX } from './applications.ts';
import { requireKeeper } from './directory.ts';
import type { AgeGroup, PrismaClient } from './generated/prisma/client.ts';

export const MAX_PLACES = 500;

export async function myCoordinatedKitas(db: PrismaClient, viewer: Viewer | null) {
  const providers = await coordinatedProviders(db, requireViewer(viewer));
  if (providers.length === 0) return [];
  return db.kita.findMany({ where: { providerId: { in: providers } }, orderBy: { name: 'asc' } });
}

/** The providers the signed-in partner coordinates, by name (the workbench shows the Kita screens to them only). */
export async function myCoordinatedProviders(db: PrismaClient, viewer: Viewer | null) {
  const providers = await coordinatedProviders(db, requireViewer(viewer));
  if (providers.length === 0) return [];
  return db.provider.findMany({ where: { id: { in: providers } }, orderBy: { name: 'asc' } });
}

export async function setKitaPlaces(
  db: PrismaClient,
  pubsub: PubSub | undefined,
  viewer: Viewer | null,
  kitaId: string,
  ageGroup: AgeGroup,
  places: number,
) {
  const kita = await db.kita.findUnique({ where: { id: kitaId } });
  if (!kita) throw notFound('The Kita');
  await requireKeeper(db, viewer, kita.providerId);
  if (!Number.isInteger(places) || places < 0 || places > MAX_PLACES)
    throw badInput(`places must be a whole number from 0 to ${MAX_PLACES}.`, 'places');
  const changed: string[] = [];
  await db.$transaction(async (tx) => {
    const group = await tx.kitaGroup.findUnique({ where: { kitaId_ageGroup: { kitaId, ageGroup } } });
    if (!group) throw notFound('The age group at this Kita');
    const n = await tx.$executeRawUnsafe(
      `UPDATE kita_group SET "freePlaces" = "freePlaces" + ($3 - places), places = $3
       WHERE "kitaId" = $1 AND "ageGroup" = $2::"AgeGroup" AND "freePlaces" + ($3 - places) >= 0`,
      kitaId,
      ageGroup,
      places,
    );
    if (n !== 1) throw conflict('Offers and contracts hold more places than that.');
    await fillFromWaitingList(tx, kitaId, ageGroup, changed);
  }, TX);
  await publishWishes(db, pubsub, changed);
  return db.kita.findUniqueOrThrow({ where: { id: kitaId } });
}
