/** What the resolvers hand around (codegen mappers, package.json "hub".mappers). */
import type {
  AgeGroup,
  AllocationOutcome,
  BirthBundle,
  Child,
  FamilyOffer,
  Kita,
  Wish,
} from './generated/prisma/client.ts';

export type KitaModel = Kita & { distanceKm?: number | null };
export type FamilyOfferModel = FamilyOffer & { distanceKm?: number | null };
export type ChildModel = Child;
export type ApplicationModel = Wish;
export type BirthBundleModel = BirthBundle;
export type AllocationGroupModel = {
  kitaId: string;
  ageGroup: AgeGroup;
  offered: number;
  waitlisted: number;
};
export type AllocationProposalModel = AllocationOutcome & { wish: Wish | null };
