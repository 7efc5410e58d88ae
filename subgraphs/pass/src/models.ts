// What the resolvers pass around for each GraphQL type (codegen mappers, package.json "hub").
import type { AuditEntry, KaarstPass, Offer, PassDevice, Redemption } from './generated/prisma/client.ts';

export type PassModel = KaarstPass;
export type OfferModel = Offer;
export type RedemptionModel = Redemption;
export type DeviceModel = PassDevice;
export type AuditEntryModel = AuditEntry;
export type AuditLogModel = { id: string };

/** The name the city's own offers show as their partner. */
export const CITY_PARTNER_NAME = 'Stadt Kaarst';

/** EXPIRED is computed: an ACTIVE pass whose validity has ended. */
export function effectiveStatus(pass: Pick<KaarstPass, 'status' | 'validUntil'>, now = new Date()) {
  if (pass.status === 'ACTIVE' && pass.validUntil && pass.validUntil.getTime() <= now.getTime())
    return 'EXPIRED' as const;
  return pass.status;
}

/**
 * For transactions that may queue: PGlite serves one connection, so many requests at
 * once (30 redemptions, 30 applications) wait for it longer than Prisma's 2 s default.
 */
export const QUEUED_TRANSACTION = { maxWait: 20_000, timeout: 20_000 };
