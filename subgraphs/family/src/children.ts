/**
 * A family corrects or removes its children. Both lock the child's row first, so a wish added
 * meanwhile (its foreign key waits for the lock) is seen: a child with an active wish (pending,
 * offered, accepted, waiting list) is never removed (CONFLICT: withdraw the wishes first), and
 * its age group, which its wishes were ranked in, is not changed under them. Someone else's
 * child is NOT_FOUND, as if it did not exist.
 */
import { ErrorCode, HubError, notFound, requireViewer, type Viewer } from '@kaarst/kit';
import { ageGroupOf, type ChildInput, childData, isUuid, TX, type Tx } from './applications.ts';
import type { PrismaClient, WishStatus } from './generated/prisma/client.ts';

export const ACTIVE: WishStatus[] = ['PENDING', 'OFFERED', 'ACCEPTED', 'WAITLISTED'];

async function lockOwnChild(tx: Tx, familyId: string, id: string) {
  if (!isUuid(id)) throw notFound('The child');
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "child" WHERE "id" = ${id}::uuid AND "familyId" = ${familyId}::uuid FOR UPDATE`;
  if (rows.length === 0) throw notFound('The child');
  return tx.child.findUniqueOrThrow({ where: { id } });
}

const activeWishes = (tx: Tx, childId: string) =>
  tx.wish.count({ where: { childId, status: { in: ACTIVE } } });

export async function updateChild(db: PrismaClient, viewer: Viewer | null, id: string, input: ChildInput) {
  const v = requireViewer(viewer);
  const data = childData(input);
  return db.$transaction(async (tx) => {
    const child = await lockOwnChild(tx, v.id, id);
    const group = ageGroupOf(data.birthDate, data.startDate);
    if (group !== ageGroupOf(child.birthDate, child.startDate) && (await activeWishes(tx, id)) > 0)
      throw new HubError(
        ErrorCode.CONFLICT,
        'The correction changes the age group the child’s active wishes are ranked in: withdraw them first.',
        { reason: 'AGE_GROUP_OF_ACTIVE_WISHES' },
      );
    return tx.child.update({ where: { id }, data });
  }, TX);
}

export async function removeChild(db: PrismaClient, viewer: Viewer | null, id: string) {
  const v = requireViewer(viewer);
  return db.$transaction(async (tx) => {
    await lockOwnChild(tx, v.id, id);
    const active = await activeWishes(tx, id);
    if (active > 0)
      throw new HubError(
        ErrorCode.CONFLICT,
        `The child has ${active} active wish(es): withdraw them first.`,
        {
          reason: 'ACTIVE_APPLICATIONS',
          activeApplications: active,
        },
      );
    await tx.child.delete({ where: { id } });
    return true;
  }, TX);
}
