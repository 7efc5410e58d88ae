/**
 * Offers of the city and its partners. A partner manages only their own offers
 * (another partner's are NOT_FOUND to them); staff manage the city's.
 */
import {
  auditEntryData,
  badInput,
  forbidden,
  hasRole,
  notFound,
  requireViewer,
  type Viewer,
} from '@kaarst/kit';
import type { Offer, OfferCategory, PrismaClient } from './generated/prisma/client.ts';
import { CITY_PARTNER_NAME, QUEUED_TRANSACTION } from './models.ts';

export interface OfferInput {
  title: string;
  description: string;
  category: OfferCategory;
  free: boolean;
  priceCents?: number | null;
  validFrom: Date;
  validUntil: Date;
  quota?: number | null;
  perPassLimit?: number | null;
  partnerName?: string | null;
  place?: string | null;
}

/** Whose offers the viewer manages: a partner's own (partnerId = their id), or the city's (staff, admin). */
export function offerOwner(viewer: Viewer | null): { partnerId: string | null } {
  const v = requireViewer(viewer);
  if (hasRole(v, 'staff') || hasRole(v, 'admin')) return { partnerId: null };
  if (hasRole(v, 'partner')) return { partnerId: v.id };
  throw forbidden('Only partners and staff manage offers.');
}

function text(value: string, field: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > max)
    throw badInput(`${field} needs 1 to ${max} characters.`, field);
  return trimmed;
}

function whole(value: number | null | undefined, field: string, min: number, max: number) {
  if (value === null || value === undefined) return undefined;
  if (!Number.isInteger(value) || value < min || value > max)
    throw badInput(`${field} must be a whole number from ${min} to ${max}.`, field);
  return value;
}

/** Checks an offer as given; the result is what is stored. */
export function checkedOffer(input: OfferInput, partnerId: string | null) {
  const priceCents = whole(input.priceCents, 'priceCents', 0, 1_000_000);
  if (!input.free && !priceCents) throw badInput('A paid offer needs a price above 0 cents.', 'priceCents');
  if (input.free && priceCents) throw badInput('A free offer has no price.', 'priceCents');
  const validFrom = new Date(input.validFrom);
  const validUntil = new Date(input.validUntil);
  if (Number.isNaN(validFrom.getTime())) throw badInput('validFrom is not a date.', 'validFrom');
  if (Number.isNaN(validUntil.getTime()) || validUntil <= validFrom)
    throw badInput('validUntil must come after validFrom.', 'validUntil');
  let partnerName = CITY_PARTNER_NAME;
  if (partnerId) {
    if (!input.partnerName) throw badInput('Give the partner name shown on the offer.', 'partnerName');
    partnerName = text(input.partnerName, 'partnerName', 120);
    if (partnerName.toLowerCase() === CITY_PARTNER_NAME.toLowerCase())
      throw badInput('Partners cannot offer in the city’s name.', 'partnerName');
  }
  return {
    title: text(input.title, 'title', 120),
    description: text(input.description, 'description', 2000),
    category: input.category,
    priceCents: input.free ? 0 : (priceCents as number),
    validFrom,
    validUntil,
    quota: whole(input.quota, 'quota', 1, 1_000_000) ?? null,
    perPassLimit: whole(input.perPassLimit, 'perPassLimit', 1, 100) ?? 1,
    partnerId,
    partnerName,
    place: input.place?.trim() ? text(input.place, 'place', 200) : null,
  };
}

export function createOffer(db: PrismaClient, viewer: Viewer | null, input: OfferInput): Promise<Offer> {
  const { partnerId } = offerOwner(viewer);
  const data = checkedOffer(input, partnerId);
  return db.$transaction(async (tx) => {
    const offer = await tx.offer.create({ data });
    await tx.auditEntry.create({
      data: auditEntryData(requireViewer(viewer), 'kaarstPassOffer.create', { type: 'Offer', id: offer.id }),
    });
    return offer;
  }, QUEUED_TRANSACTION);
}

export function updateOffer(
  db: PrismaClient,
  viewer: Viewer | null,
  id: string,
  input: OfferInput,
): Promise<Offer> {
  const { partnerId } = offerOwner(viewer);
  const data = checkedOffer(input, partnerId);
  return db.$transaction(async (tx) => {
    // Someone else's offer looks as if it did not exist.
    const offer = await tx.offer.findFirst({ where: { id, partnerId } });
    if (!offer) throw notFound('The offer');
    if (data.quota !== null && data.quota < offer.redeemed)
      throw badInput(`The quota cannot be below the ${offer.redeemed} redemptions made.`, 'quota');
    const updated = await tx.offer.update({ where: { id }, data });
    await tx.auditEntry.create({
      data: auditEntryData(requireViewer(viewer), 'kaarstPassOffer.update', { type: 'Offer', id }),
    });
    return updated;
  }, QUEUED_TRANSACTION);
}

/** Offers valid now, by category if asked; the city's first, then by title. */
export function currentOffers(db: PrismaClient, category?: OfferCategory | null, now = new Date()) {
  return db.offer.findMany({
    where: { validFrom: { lte: now }, validUntil: { gt: now }, ...(category ? { category } : {}) },
    orderBy: [{ partnerId: { sort: 'asc', nulls: 'first' } }, { title: 'asc' }],
  });
}

/** The offers the viewer manages. */
export function ownOffers(db: PrismaClient, viewer: Viewer | null) {
  return db.offer.findMany({ where: offerOwner(viewer), orderBy: { createdAt: 'desc' } });
}
