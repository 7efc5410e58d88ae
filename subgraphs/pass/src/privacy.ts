/**
 * Data protection: a person's pass and redemptions in their data export, and
 * erasure when the account is deleted. The pass is revoked (its number goes on
 * the revocation list, so a copied token is refused), the application's address
 * goes, and pass and redemptions lose the holder's id. Numbers, dates and the
 * offers' counts stay for the statistics; nothing links them to the person.
 */
import { eraseNotificationRows } from '@kaarst/kit';
import type { PrismaClient } from './generated/prisma/client.ts';
import { QUEUED_TRANSACTION } from './models.ts';

const ERASED_REASON = 'Konto gelöscht';

export async function exportPassData(db: PrismaClient, accountId: string) {
  const passes = await db.kaarstPass.findMany({
    where: { holderId: accountId },
    orderBy: { appliedAt: 'asc' },
    select: {
      number: true,
      status: true,
      statusReason: true,
      validFrom: true,
      validUntil: true,
      postalCode: true,
      street: true,
      appliedAt: true,
      decidedAt: true,
    },
  });
  const redemptions = await db.redemption.findMany({
    where: { holderId: accountId },
    orderBy: { createdAt: 'asc' },
    select: {
      createdAt: true,
      status: true,
      priceCents: true,
      invoiceReference: true,
      paidAt: true,
      pass: { select: { number: true } },
      offer: { select: { title: true, partnerName: true } },
    },
  });
  const devices = await db.passDevice.findMany({
    where: { holderId: accountId },
    orderBy: { registeredAt: 'asc' },
    select: { label: true, registeredAt: true, certificateExpiresAt: true, revokedAt: true },
  });
  return {
    passes,
    devices,
    redemptions: redemptions.map(({ pass, offer, ...rest }) => ({
      ...rest,
      passNumber: pass.number,
      offer: offer.title,
      partner: offer.partnerName,
    })),
  };
}

/** Revokes and anonymises in one transaction; a second run finds nothing of the person. */
export function erasePassData(db: PrismaClient, accountId: string) {
  return db.$transaction(async (tx) => {
    const passes = await tx.kaarstPass.findMany({ where: { holderId: accountId }, select: { id: true } });
    const ids = passes.map((p) => p.id);
    await eraseNotificationRows(tx, accountId);
    const revoked = await tx.kaarstPass.updateMany({
      where: { id: { in: ids }, status: { in: ['ACTIVE', 'SUSPENDED', 'PENDING'] } },
      data: { status: 'REVOKED' },
    });
    await tx.redemption.updateMany({ where: { holderId: accountId }, data: { holderId: null } });
    // Its phones stop carrying it: revoked (their codes are refused) and no longer linked to the person.
    await tx.passDevice.updateMany({
      where: { holderId: accountId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await tx.passDevice.updateMany({
      where: { holderId: accountId },
      data: { holderId: null, label: 'Gerät' },
    });
    // Staff reasons may speak of the person: the action and its time stay, the words go.
    await tx.auditEntry.updateMany({
      where: { recordType: 'KaarstPass', recordId: { in: ids } },
      data: { detail: null },
    });
    await tx.kaarstPass.updateMany({
      where: { id: { in: ids } },
      data: { holderId: null, postalCode: null, street: null, statusReason: ERASED_REASON },
    });
    return { passes: ids.length, revoked: revoked.count };
  }, QUEUED_TRANSACTION);
}
