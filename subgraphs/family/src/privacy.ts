/**
 * Data protection: the family's children and wishes in their data export; on account
 * deletion the children are deleted with their wishes (places they held go down the
 * waiting list first), and a coordinator's assignments end. Idempotent.
 */
import type { PubSub } from '@kaarst/kit';
import { isoDate, withdrawForErasure } from './applications.ts';
import type { PrismaClient } from './generated/prisma/client.ts';

export async function exportFamilyData(db: PrismaClient, accountId: string) {
  const children = await db.child.findMany({
    where: { familyId: accountId },
    orderBy: { createdAt: 'asc' },
    include: { wishes: { orderBy: { rank: 'asc' }, include: { kita: { select: { name: true } } } } },
  });
  const coordinatorOf = await db.coordinator.findMany({
    where: { accountId },
    select: { providerId: true, createdAt: true },
  });
  const confirmedRuns = await db.allocationConfirmation.findMany({
    where: { confirmedBy: accountId },
    select: { runId: true, providerId: true, confirmedAt: true },
  });
  const birthBundles = await db.birthBundle.findMany({
    where: { familyId: accountId },
    orderBy: { createdAt: 'asc' },
  });
  return {
    birthBundles: birthBundles.map(({ familyId: _f, ...b }) => ({ ...b, birthDate: isoDate(b.birthDate) })),
    children: children.map((c) => ({
      firstName: c.firstName,
      birthDate: isoDate(c.birthDate),
      startDate: isoDate(c.startDate),
      weeklyHours: c.weeklyHours,
      createdAt: c.createdAt,
      applications: c.wishes.map((w) => ({
        kitaId: w.kitaId,
        kita: w.kita.name,
        rank: w.rank,
        status: w.status,
        ageGroup: w.ageGroup,
        criteriaMet: w.criteriaMet,
        points: w.points,
        reason: w.reason,
        offerExpiresAt: w.offerExpiresAt,
        createdAt: w.createdAt,
        updatedAt: w.updatedAt,
      })),
    })),
    coordinatorOf,
    confirmedRuns,
  };
}

export async function eraseFamilyData(db: PrismaClient, accountId: string, pubsub?: PubSub) {
  const children = await db.child.findMany({ where: { familyId: accountId }, select: { id: true } });
  for (const { id } of children) await withdrawForErasure(db, pubsub, id);
  const deleted = await db.child.deleteMany({ where: { familyId: accountId } });
  // A proposed run's outcomes lose their wish (SET NULL); their reasons go too.
  await db.allocationOutcome.updateMany({
    where: { wishId: null, reason: { not: null } },
    data: { reason: null },
  });
  const coordinators = await db.coordinator.deleteMany({ where: { accountId } });
  // The provider's confirmation stands; who gave it goes.
  await db.allocationConfirmation.updateMany({
    where: { confirmedBy: accountId },
    data: { confirmedBy: null },
  });
  const bundles = await db.birthBundle.deleteMany({ where: { familyId: accountId } });
  return { children: deleted.count, coordinators: coordinators.count, birthBundles: bundles.count };
}
