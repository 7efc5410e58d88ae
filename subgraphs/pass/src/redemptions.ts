/**
 * Redeeming offers with the pass. One transaction per redemption: the holder's
 * pass row is locked (one redemption per pass at a time, so the per-pass limit
 * and the idempotency key hold under concurrency), the offer's counter is raised
 * only while the quota allows (one conditional UPDATE), and the row is inserted.
 * Any failure leaves nothing behind.
 */
import {
  auditEntryData,
  badInput,
  conflict,
  HubError,
  hasRole,
  isUniqueViolation,
  notFound,
  requireRole,
  requireViewer,
  type Viewer,
} from '@kaarst/kit';
import type { PrismaClient, Redemption } from './generated/prisma/client.ts';
import { effectiveStatus, QUEUED_TRANSACTION } from './models.ts';
import { offerOwner } from './offers.ts';
import { paymentProvider } from './payments.ts';

class AlreadyRedeemed extends Error {
  constructor(readonly redemption: Redemption) {
    super('already redeemed with this key');
  }
}

export async function redeemOffer(
  db: PrismaClient,
  viewer: Viewer | null,
  offerId: string,
  idempotencyKeyInput: string,
  now = new Date(),
): Promise<Redemption> {
  const holder = requireViewer(viewer);
  const idempotencyKey = idempotencyKeyInput.trim();
  if (idempotencyKey.length < 8 || idempotencyKey.length > 100)
    throw badInput('The idempotency key has 8 to 100 characters.', 'idempotencyKey');
  try {
    return await db.$transaction(async (tx) => {
      const pass = await tx.kaarstPass.findFirst({
        where: { holderId: holder.id, status: { in: ['PENDING', 'ACTIVE', 'SUSPENDED'] } },
      });
      if (!pass) throw new HubError('PASS_NOT_ACTIVE', 'You have no Kaarst Pass; apply first.');
      await tx.$queryRaw`SELECT "id" FROM "kaarst_pass" WHERE "id" = ${pass.id}::uuid FOR UPDATE`;
      const earlier = await tx.redemption.findUnique({
        where: { passId_idempotencyKey: { passId: pass.id, idempotencyKey } },
      });
      if (earlier) throw new AlreadyRedeemed(earlier);
      const status = effectiveStatus(pass, now);
      if (status === 'EXPIRED') throw new HubError('PASS_EXPIRED', 'Your Kaarst Pass has expired.');
      if (status !== 'ACTIVE')
        throw new HubError('PASS_NOT_ACTIVE', `Your Kaarst Pass is ${status.toLowerCase()}, not active.`);
      const offer = await tx.offer.findUnique({ where: { id: offerId } });
      if (!offer) throw notFound('The offer');
      if (offer.validFrom > now || offer.validUntil <= now)
        throw new HubError('OFFER_NOT_AVAILABLE', 'This offer is not valid at this time.');
      const used = await tx.redemption.count({ where: { passId: pass.id, offerId } });
      if (used >= offer.perPassLimit)
        throw new HubError(
          'REDEMPTION_LIMIT_REACHED',
          `A pass may redeem this offer ${offer.perPassLimit} time(s); yours has.`,
        );
      const counted = await tx.$executeRaw`
        UPDATE "kaarst_pass_offer" SET "redeemed" = "redeemed" + 1
        WHERE "id" = ${offerId}::uuid AND ("quota" IS NULL OR "redeemed" < "quota")`;
      if (counted === 0) throw new HubError('QUOTA_EXHAUSTED', 'This offer is used up.');
      const base = {
        offerId,
        passId: pass.id,
        holderId: holder.id,
        idempotencyKey,
        priceCents: offer.priceCents,
      };
      if (offer.priceCents === 0) return tx.redemption.create({ data: { ...base, status: 'REDEEMED' } });
      const [{ n }] = await tx.$queryRaw<[{ n: bigint }]>`SELECT nextval('kaarst_pass_invoice_seq') AS n`;
      const invoiceReference = `KPR-${String(n).padStart(6, '0')}`;
      const payment = paymentProvider().requestPayment({
        invoiceReference,
        amountCents: offer.priceCents,
        offerTitle: offer.title,
        partnerName: offer.partnerName,
        passNumber: pass.number,
      });
      return tx.redemption.create({
        data: {
          ...base,
          status: payment.status,
          invoiceReference,
          paymentInstructions: payment.instructions,
        },
      });
    }, QUEUED_TRANSACTION);
  } catch (error) {
    if (error instanceof AlreadyRedeemed) return sameOffer(error.redemption, offerId);
    // The lock makes this rare; the unique (pass, key) is the last word.
    if (isUniqueViolation(error)) {
      const earlier = await db.redemption.findFirst({
        where: { holderId: holder.id, idempotencyKey },
        orderBy: { createdAt: 'desc' },
      });
      if (earlier) return sameOffer(earlier, offerId);
    }
    throw error;
  }
}

function sameOffer(redemption: Redemption, offerId: string): Redemption {
  if (redemption.offerId !== offerId)
    throw conflict('This idempotency key was used for another offer; use a new key.');
  return redemption;
}

/** Staff: the holder paid at the counter or by invoice. Again for a paid one: no change. */
export async function markPaid(db: PrismaClient, viewer: Viewer | null, id: string, now = new Date()) {
  const staff = requireRole(viewer, 'staff');
  return db.$transaction(async (tx) => {
    const redemption = await tx.redemption.findUnique({ where: { id } });
    if (!redemption) throw notFound('The redemption');
    if (redemption.status === 'PAID') return redemption;
    if (redemption.status !== 'PAYMENT_PENDING') throw conflict('A free redemption has nothing to pay.');
    const paid = await tx.redemption.update({ where: { id }, data: { status: 'PAID', paidAt: now } });
    await tx.auditEntry.create({
      data: auditEntryData(
        staff,
        'kaarstPassRedemption.paid',
        { type: 'Redemption', id },
        redemption.invoiceReference ?? undefined,
      ),
    });
    return paid;
  }, QUEUED_TRANSACTION);
}

/** Redemptions of the offers the viewer manages (a partner's own, or the city's for staff). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function offerRedemptions(db: PrismaClient, viewer: Viewer | null, offerId?: string | null) {
  const owner = offerOwner(viewer);
  const offers = hasRole(viewer, 'admin') && !hasRole(viewer, 'partner') ? {} : { offer: owner };
  if (offerId) {
    // Another partner's offer, or an id that cannot be one (offer ids are UUIDs), looks as if it did not exist.
    if (!UUID.test(offerId)) throw notFound('The offer');
    const offer = await db.offer.findFirst({ where: { id: offerId, ...('offer' in offers ? owner : {}) } });
    if (!offer) throw notFound('The offer');
  }
  return db.redemption.findMany({
    where: { ...offers, ...(offerId ? { offerId } : {}) },
    orderBy: { createdAt: 'desc' },
    take: 500,
  });
}
