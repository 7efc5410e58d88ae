/** What the resolvers hand around (codegen mappers, package.json "hub".mappers). */
import type { BirthBundle, Child, FamilyOffer, Kita, Wish } from './generated/prisma/client.ts';

export type KitaModel = Kita & { distanceKm?: number | null };
export type FamilyOfferModel = FamilyOffer & { distanceKm?: number | null };
export type ChildModel = Child;
export type ApplicationModel = Wish;
export type BirthBundleModel = BirthBundle;
