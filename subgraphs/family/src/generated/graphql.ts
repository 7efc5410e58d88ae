import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonalDataRef } from '@kaarst/kit';
import type { KitaModel, FamilyOfferModel, ChildModel, ApplicationModel, BirthBundleModel, AllocationGroupModel, AllocationProposalModel } from '../models.ts';
import type { Provider, KitaGroup, AllocationRun, AllocationConfirmation, Address } from './prisma/client.ts';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant as an ISO 8601 string with a time zone; answers are in UTC. */
  DateTime: { input: Date; output: Date | string; }
  FieldSet: { input: unknown; output: unknown; }
  /** A JSON object (the personal-data export). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  link__Import: { input: unknown; output: unknown; }
};

/** A birth bundle (ELFE-like): entered once, one part per office with consent. */
export type BirthBundle = {
  __typename?: 'BirthBundle';
  /** YYYY-MM-DD. */
  birthDate: Scalars['String']['output'];
  childFamilyName: Scalars['String']['output'];
  childFirstNames: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  parts: Array<BirthBundlePart>;
};

export type BirthBundleInput = {
  /** Familienkasse: the applicant's 11-digit tax id. */
  applicantTaxId?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD, within the last twelve months. */
  birthDate: Scalars['String']['input'];
  /** Registry office: birth certificates wanted (1 to 10, default 3). */
  certificateCopies?: InputMaybe<Scalars['Int']['input']>;
  childFamilyName: Scalars['String']['input'];
  childFirstNames: Scalars['String']['input'];
  consentElterngeldOffice: Scalars['Boolean']['input'];
  consentFamilienkasse: Scalars['Boolean']['input'];
  consentRegistryOffice: Scalars['Boolean']['input'];
  /** Elterngeld office: months planned per parent (0 to 14, 2 to 14 in all). */
  elterngeldMonthsParent1?: InputMaybe<Scalars['Int']['input']>;
  elterngeldMonthsParent2?: InputMaybe<Scalars['Int']['input']>;
  /** Familienkasse and Elterngeld office: a German IBAN. */
  iban?: InputMaybe<Scalars['String']['input']>;
  married: Scalars['Boolean']['input'];
  parent1Name: Scalars['String']['input'];
  parent2Name?: InputMaybe<Scalars['String']['input']>;
  placeOfBirth: Scalars['String']['input'];
};

/** One office's part of a birth bundle. */
export type BirthBundlePart = {
  __typename?: 'BirthBundlePart';
  /** Whether the family consented to this office getting its part. */
  consent: Scalars['Boolean']['output'];
  /** The office's part to download and hand in (null without consent: nothing of it was kept). */
  document?: Maybe<Scalars['JSONObject']['output']>;
  /** How it reaches the office, in German (the hub files nothing with federal systems). */
  howToSubmit: Scalars['String']['output'];
  office: BirthOffice;
};

/** The offices a birth bundle serves. */
export type BirthOffice =
  | 'ELTERNGELD_OFFICE'
  | 'FAMILIENKASSE'
  | 'REGISTRY_OFFICE';

/**
 * An address in Kaarst with its house coordinate, imported from the official house coordinates
 * (Hauskoordinaten, AdV format HK-DE) by `import:addresses`; the portal searches near it.
 */
export type FamilyAddress = {
  __typename?: 'FamilyAddress';
  /** The house number with its addition (e.g. 12a). */
  houseNumber: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Street, number, postal code and locality, as shown to people. */
  label: Scalars['String']['output'];
  latitude: Scalars['Float']['output'];
  locality?: Maybe<Scalars['String']['output']>;
  longitude: Scalars['Float']['output'];
  postalCode?: Maybe<Scalars['String']['output']>;
  /** From the sample file (coordinates approximate), not from the official data. */
  sample: Scalars['Boolean']['output'];
  street: Scalars['String']['output'];
};

/**
 * A child of a family account. Personal data: visible to the family and to the
 * coordinators of providers whose Kitas the child applied to; to anyone else it does not exist.
 */
export type FamilyChild = {
  __typename?: 'FamilyChild';
  ageGroup: KitaAgeGroup;
  /** The child's wishes, in the family's order (a provider sees only those at its own Kitas). */
  applications: Array<KitaApplication>;
  /** YYYY-MM-DD. */
  birthDate: Scalars['String']['output'];
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** When the place should start, YYYY-MM-DD. */
  startDate: Scalars['String']['output'];
  weeklyHours: Scalars['Int']['output'];
};

export type FamilyChildInput = {
  /** YYYY-MM-DD. */
  birthDate: Scalars['String']['input'];
  firstName: Scalars['String']['input'];
  /** YYYY-MM-DD. */
  startDate: Scalars['String']['input'];
  weeklyHours: Scalars['Int']['input'];
};

export type FamilyNearInput = {
  latitude: Scalars['Float']['input'];
  longitude: Scalars['Float']['input'];
  /** More than 0, at most 50. */
  radiusKm: Scalars['Float']['input'];
};

/** A counselling or family offer (public). */
export type FamilyOffer = {
  __typename?: 'FamilyOffer';
  contact: Scalars['String']['output'];
  distanceKm?: Maybe<Scalars['Float']['output']>;
  district: Scalars['String']['output'];
  hours: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  latitude?: Maybe<Scalars['Float']['output']>;
  longitude?: Maybe<Scalars['Float']['output']>;
  provider: FamilyProvider;
  sample: Scalars['Boolean']['output'];
  targetGroup: Scalars['String']['output'];
  title: Scalars['String']['output'];
  topic: Scalars['String']['output'];
};

export type FamilyOfferInput = {
  contact: Scalars['String']['input'];
  district: Scalars['String']['input'];
  hours: Scalars['String']['input'];
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  targetGroup: Scalars['String']['input'];
  title: Scalars['String']['input'];
  topic: Scalars['String']['input'];
};

export type FamilyOfferSearchInput = {
  district?: InputMaybe<Scalars['String']['input']>;
  near?: InputMaybe<FamilyNearInput>;
  targetGroup?: InputMaybe<Scalars['String']['input']>;
  topic?: InputMaybe<Scalars['String']['input']>;
};

/** A Träger of Kitas and family offers. */
export type FamilyProvider = {
  __typename?: 'FamilyProvider';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Invented sample data (not a real provider). */
  sample: Scalars['Boolean']['output'];
};

/** A Kita (day-care centre) in the directory (public). */
export type Kita = {
  __typename?: 'Kita';
  concept: Scalars['String']['output'];
  /** Its published admission criteria; applicants are ranked by the sum of their points. */
  criteria: Array<KitaCriterion>;
  /** Kilometres from the search point (null without one). */
  distanceKm?: Maybe<Scalars['Float']['output']>;
  district: Scalars['String']['output'];
  freePlaces: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  languages: Array<Scalars['String']['output']>;
  latitude: Scalars['Float']['output'];
  longitude: Scalars['Float']['output'];
  maxAgeMonths: Scalars['Int']['output'];
  /** Youngest and oldest age at the start of a place, in months. */
  minAgeMonths: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  openingTimes: Scalars['String']['output'];
  places: Array<KitaPlaces>;
  postalCode: Scalars['String']['output'];
  provider: FamilyProvider;
  /** Invented sample data (not a real Kita). */
  sample: Scalars['Boolean']['output'];
  street: Scalars['String']['output'];
  /** Weekly hours it offers (e.g. 25, 35, 45). */
  weeklyHours: Array<Scalars['Int']['output']>;
};

/** U3: under three years at the start of the place; UE3: three and older. */
export type KitaAgeGroup =
  | 'U3'
  | 'UE3';

/** A provider's confirmation of its part of an allocation run. */
export type KitaAllocationConfirmation = {
  __typename?: 'KitaAllocationConfirmation';
  confirmed: Scalars['Boolean']['output'];
  /** When its coordinator confirmed; null while it has not (or when the deadline released the run). */
  confirmedAt?: Maybe<Scalars['DateTime']['output']>;
  provider: FamilyProvider;
};

/** The proposal for one Kita and age group (numbers only). */
export type KitaAllocationGroup = {
  __typename?: 'KitaAllocationGroup';
  ageGroup: KitaAgeGroup;
  kita: Kita;
  offered: Scalars['Int']['output'];
  waitlisted: Scalars['Int']['output'];
};

/** One wish's outcome in a run, as proposed (a provider sees those at its own Kitas only). */
export type KitaAllocationProposal = {
  __typename?: 'KitaAllocationProposal';
  application: KitaApplication;
  cutoffRank?: Maybe<Scalars['Int']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  refusedRank?: Maybe<Scalars['Int']['output']>;
  status: KitaWishStatus;
};

/** What a run proposes: offers and refusals reach the families once it is released. */
export type KitaAllocationReport = {
  __typename?: 'KitaAllocationReport';
  children: Scalars['Int']['output'];
  /** Places proposed (offers once the run is released). */
  offered: Scalars['Int']['output'];
  /** The proposed run, waiting for its providers' confirmations. */
  run: KitaAllocationRun;
  unplaced: Scalars['Int']['output'];
  waitlisted: Scalars['Int']['output'];
};

/**
 * An allocation run. The matching is a proposal until each provider whose Kitas it offers or
 * refuses places at has confirmed its part, or until confirmBy: then it is released and the
 * offers reach the families (their deadline counts from the release). Staff see every run and
 * its numbers; a provider's coordinators the runs that involve their provider, with its Kitas only.
 */
export type KitaAllocationRun = {
  __typename?: 'KitaAllocationRun';
  children: Scalars['Int']['output'];
  /** Providers confirm by then; unconfirmed parts are released as proposed after it. */
  confirmBy: Scalars['DateTime']['output'];
  /** The providers involved and whether they confirmed (a coordinator: its own providers only). */
  confirmations: Array<KitaAllocationConfirmation>;
  createdAt: Scalars['DateTime']['output'];
  /** When it was released or cancelled. */
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  /** How it ended: CONFIRMED (every provider), DEADLINE, or CANCELLED. */
  endedBy?: Maybe<Scalars['String']['output']>;
  /** Offers and refusals per Kita and age group (a coordinator: its own Kitas only). */
  groups: Array<KitaAllocationGroup>;
  id: Scalars['ID']['output'];
  offerValidForSeconds: Scalars['Int']['output'];
  offered: Scalars['Int']['output'];
  /** Each wish's proposed outcome at the viewer's own Kitas (coordinators; staff see none: children are the providers' business). */
  proposals: Array<KitaAllocationProposal>;
  status: KitaAllocationRunStatus;
  unplaced: Scalars['Int']['output'];
  waitlisted: Scalars['Int']['output'];
};


/**
 * An allocation run. The matching is a proposal until each provider whose Kitas it offers or
 * refuses places at has confirmed its part, or until confirmBy: then it is released and the
 * offers reach the families (their deadline counts from the release). Staff see every run and
 * its numbers; a provider's coordinators the runs that involve their provider, with its Kitas only.
 */
export type KitaAllocationRunProposalsArgs = {
  kitaId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * PROPOSED: the providers confirm their parts (places are held, families are told nothing yet).
 * RELEASED: every provider confirmed, or the deadline passed; the offers went out.
 * CANCELLED: the town's coordinators withdrew the proposal; its places were given back.
 */
export type KitaAllocationRunStatus =
  | 'CANCELLED'
  | 'PROPOSED'
  | 'RELEASED';

/** One Kita on a child's ranked wish list. */
export type KitaApplication = {
  __typename?: 'KitaApplication';
  ageGroup: KitaAgeGroup;
  child: FamilyChild;
  /** Codes of the Kita's criteria its provider found met. */
  criteriaMet: Array<Scalars['String']['output']>;
  /** Rank of the last child the Kita admitted in that group (refusals; null: no place at all). */
  cutoffRank?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  kita: Kita;
  offerExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  points: Scalars['Int']['output'];
  /** 1 = most wanted. */
  rank: Scalars['Int']['output'];
  /** Why it was refused or not needed (from the last allocation), in German. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Place in the Kita's order among the applicants of the age group (refusals). */
  refusedRank?: Maybe<Scalars['Int']['output']>;
  status: KitaWishStatus;
  updatedAt: Scalars['DateTime']['output'];
};

/** A published admission criterion of a Kita: applicants meeting it get its points. */
export type KitaCriterion = {
  __typename?: 'KitaCriterion';
  code: Scalars['String']['output'];
  label: Scalars['String']['output'];
  points: Scalars['Int']['output'];
};

export type KitaCriterionInput = {
  code: Scalars['String']['input'];
  label: Scalars['String']['input'];
  points: Scalars['Int']['input'];
};

export type KitaPlaces = {
  __typename?: 'KitaPlaces';
  ageGroup: KitaAgeGroup;
  /** Places not held by an offer or a contract. */
  freePlaces: Scalars['Int']['output'];
  places: Scalars['Int']['output'];
};

export type KitaSearchInput = {
  /** The child's age at the start in months: the Kita must take it. */
  ageMonthsAtStart?: InputMaybe<Scalars['Int']['input']>;
  district?: InputMaybe<Scalars['String']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  near?: InputMaybe<FamilyNearInput>;
  onlyWithFreePlaces?: InputMaybe<Scalars['Boolean']['input']>;
  /** The Kita must offer these weekly hours. */
  weeklyHours?: InputMaybe<Scalars['Int']['input']>;
};

export type KitaUpdateInput = {
  concept?: InputMaybe<Scalars['String']['input']>;
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  openingTimes?: InputMaybe<Scalars['String']['input']>;
  weeklyHours?: InputMaybe<Array<Scalars['Int']['input']>>;
};

/**
 * A wish's state. PENDING: waiting for the allocation run. OFFERED: a place, to accept
 * before offerExpiresAt. ACCEPTED: taken (the child's other wishes are withdrawn).
 * WAITLISTED: refused in the allocation (reason says why), next in line when a place frees up.
 * NOT_NEEDED: a wish ranked higher got a place. WITHDRAWN: by the family (or by accepting
 * another). LAPSED: the offer was not accepted in time.
 */
export type KitaWishStatus =
  | 'ACCEPTED'
  | 'LAPSED'
  | 'NOT_NEEDED'
  | 'OFFERED'
  | 'PENDING'
  | 'WAITLISTED'
  | 'WITHDRAWN';

export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts an offer before its deadline; the child's other wishes are withdrawn in the same step. */
  acceptKitaOffer: KitaApplication;
  addFamilyChild: FamilyChild;
  addFamilyOffer: FamilyOffer;
  /** Admins make an account (role partner) a coordinator of a provider. */
  addFamilyProviderCoordinator: Scalars['Boolean']['output'];
  /** Adds a Kita at the end of the child's wish list (CONFLICT if listed already). */
  applyForKita: KitaApplication;
  /** Staff withdraw a proposed run (e.g. a provider reports a wrong criterion): its places are given back. */
  cancelKitaAllocation: KitaAllocationRun;
  /**
   * A provider's coordinator confirms its part of a proposed run (every provider it coordinates
   * that the run involves). The last confirmation releases the run. Idempotent; FORBIDDEN if the
   * run involves none of its providers; CONFLICT once the run was cancelled or released without it.
   */
  confirmKitaAllocation: KitaAllocationRun;
  deleteBirthBundle: Scalars['Boolean']['output'];
  /**
   * The family removes its child; true once it is gone. CONFLICT while a wish is active (pending,
   * offered, accepted or on the waiting list): withdraw it first. NOT_FOUND for a child not the family’s.
   */
  removeFamilyChild: Scalars['Boolean']['output'];
  /**
   * Runs the allocation (deferred acceptance) over all pending and waitlisted wishes (staff) and
   * proposes it: the places are held, the families see nothing until the providers confirm or
   * confirmWithinSeconds (default 3 days, 1 s to 14 days) passes. CONFLICT while a run is proposed.
   */
  runKitaAllocation: KitaAllocationReport;
  /** A coordinator marks which of the Kita's criteria an applicant meets; the points follow. */
  setApplicantCriteria: KitaApplication;
  /** A coordinator publishes their Kita's admission criteria (codes unique, points 0 to 100). */
  setKitaCriteria: Kita;
  /**
   * A coordinator sets a Kita's places for an age group (0 to 500); its free places move by the
   * same number. CONFLICT when offers and contracts hold more places than the new number; places
   * added go to the waiting list first.
   */
  setKitaPlaces: Kita;
  /** Stores a birth bundle; data for an office without consent is refused (BAD_USER_INPUT). */
  submitBirthBundle: BirthBundle;
  /**
   * The family corrects its child (name, dates, hours). CONFLICT when a wish is active (pending,
   * offered, accepted or on the waiting list) and the correction would change the age group.
   */
  updateFamilyChild: FamilyChild;
  updateFamilyOffer: FamilyOffer;
  /** A coordinator edits their own provider's Kita (FORBIDDEN for any other). */
  updateKita: Kita;
  /** The family withdraws a wish (or an offer, or a contract: the place goes to the next in line). */
  withdrawKitaApplication: KitaApplication;
};


export type MutationAcceptKitaOfferArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddFamilyChildArgs = {
  input: FamilyChildInput;
};


export type MutationAddFamilyOfferArgs = {
  input: FamilyOfferInput;
  providerId: Scalars['ID']['input'];
};


export type MutationAddFamilyProviderCoordinatorArgs = {
  accountId: Scalars['ID']['input'];
  providerId: Scalars['ID']['input'];
};


export type MutationApplyForKitaArgs = {
  childId: Scalars['ID']['input'];
  kitaId: Scalars['ID']['input'];
};


export type MutationCancelKitaAllocationArgs = {
  runId: Scalars['ID']['input'];
};


export type MutationConfirmKitaAllocationArgs = {
  runId: Scalars['ID']['input'];
};


export type MutationDeleteBirthBundleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveFamilyChildArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRunKitaAllocationArgs = {
  confirmWithinSeconds?: InputMaybe<Scalars['Int']['input']>;
  offerValidForSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationSetApplicantCriteriaArgs = {
  applicationId: Scalars['ID']['input'];
  criteria: Array<Scalars['String']['input']>;
};


export type MutationSetKitaCriteriaArgs = {
  criteria: Array<KitaCriterionInput>;
  kitaId: Scalars['ID']['input'];
};


export type MutationSetKitaPlacesArgs = {
  ageGroup: KitaAgeGroup;
  kitaId: Scalars['ID']['input'];
  places: Scalars['Int']['input'];
};


export type MutationSubmitBirthBundleArgs = {
  input: BirthBundleInput;
};


export type MutationUpdateFamilyChildArgs = {
  id: Scalars['ID']['input'];
  input: FamilyChildInput;
};


export type MutationUpdateFamilyOfferArgs = {
  id: Scalars['ID']['input'];
  input: FamilyOfferInput;
};


export type MutationUpdateKitaArgs = {
  id: Scalars['ID']['input'];
  input: KitaUpdateInput;
};


export type MutationWithdrawKitaApplicationArgs = {
  id: Scalars['ID']['input'];
};

/** Everything the hub holds about one person (see citizens' Query.myPersonalData). */
export type PersonalData = {
  __typename?: 'PersonalData';
  accountId: Scalars['ID']['output'];
  /** Their children, wishes and the reasons given, and their birth bundles. */
  family: Scalars['JSONObject']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * Addresses in Kaarst whose street and house number start with the text typed (e.g. "Neuss" or
   * "Neusser Str 12"), in the order of street and number; at most `first` (1 to 20). Public.
   */
  familyAddressSuggestions: Array<FamilyAddress>;
  /** A child, for its family or a provider it applied to; null for anyone else. */
  familyChild?: Maybe<FamilyChild>;
  /** Counselling and family offers matching the search (public). */
  familyOffers: Array<FamilyOffer>;
  kita?: Maybe<Kita>;
  /** One run; null if it does not exist or does not involve the coordinator's providers. */
  kitaAllocationRun?: Maybe<KitaAllocationRun>;
  /** Allocation runs, newest first: staff all, a coordinator those involving its providers. */
  kitaAllocationRuns: Array<KitaAllocationRun>;
  /** The applicants of a Kita, in its order by criteria points (its provider's coordinators). */
  kitaApplicants: Array<KitaApplication>;
  /** How many Kitas a child may wish for. */
  kitaWishLimit: Scalars['Int']['output'];
  /** Kitas matching the search, nearest first with a point, else by name (public). */
  kitas: Array<Kita>;
  /** The signed-in family's birth bundles, newest first. */
  myBirthBundles: Array<BirthBundle>;
  /** The signed-in family's children. */
  myChildren: Array<FamilyChild>;
  /** The Kitas of the providers the signed-in coordinator keeps, by name (empty for a partner who coordinates none). */
  myCoordinatedKitas: Array<Kita>;
  /** The providers the signed-in partner coordinates (empty for a partner who coordinates none). */
  myCoordinatedProviders: Array<FamilyProvider>;
};


export type QueryFamilyAddressSuggestionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  prefix: Scalars['String']['input'];
};


export type QueryFamilyChildArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFamilyOffersArgs = {
  search?: InputMaybe<FamilyOfferSearchInput>;
};


export type QueryKitaArgs = {
  id: Scalars['ID']['input'];
};


export type QueryKitaAllocationRunArgs = {
  id: Scalars['ID']['input'];
};


export type QueryKitaAllocationRunsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryKitaApplicantsArgs = {
  kitaId: Scalars['ID']['input'];
};


export type QueryKitasArgs = {
  search?: InputMaybe<KitaSearchInput>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** The signed-in family's applications as their status changes (offers, refusals, freed places). */
  myKitaApplicationChanged: KitaApplication;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  FamilyChild: FamilyChild;
  FamilyOffer: FamilyOffer;
  Kita: Kita;
  KitaApplication: KitaApplication;
  PersonalData: PersonalData;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  FamilyChild:
    ( { __typename: 'FamilyChild' }
    & GraphQLRecursivePick<FederationTypes['FamilyChild'], {"id":true}> );
  FamilyOffer:
    ( { __typename: 'FamilyOffer' }
    & GraphQLRecursivePick<FederationTypes['FamilyOffer'], {"id":true}> );
  Kita:
    ( { __typename: 'Kita' }
    & GraphQLRecursivePick<FederationTypes['Kita'], {"id":true}> );
  KitaApplication:
    ( { __typename: 'KitaApplication' }
    & GraphQLRecursivePick<FederationTypes['KitaApplication'], {"id":true}> );
  PersonalData:
    ( { __typename: 'PersonalData' }
    & GraphQLRecursivePick<FederationTypes['PersonalData'], {"accountId":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  BirthBundle: ResolverTypeWrapper<BirthBundleModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  BirthBundleInput: BirthBundleInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  BirthBundlePart: ResolverTypeWrapper<BirthBundlePart>;
  BirthOffice: BirthOffice;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  FamilyAddress: ResolverTypeWrapper<Address>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FamilyChild: ResolverTypeWrapper<ChildModel>;
  FamilyChildInput: FamilyChildInput;
  FamilyNearInput: FamilyNearInput;
  FamilyOffer: ResolverTypeWrapper<FamilyOfferModel>;
  FamilyOfferInput: FamilyOfferInput;
  FamilyOfferSearchInput: FamilyOfferSearchInput;
  FamilyProvider: ResolverTypeWrapper<Provider>;
  FieldSet: ResolverTypeWrapper<Scalars['FieldSet']['output']>;
  JSONObject: ResolverTypeWrapper<Scalars['JSONObject']['output']>;
  Kita: ResolverTypeWrapper<KitaModel>;
  KitaAgeGroup: KitaAgeGroup;
  KitaAllocationConfirmation: ResolverTypeWrapper<AllocationConfirmation>;
  KitaAllocationGroup: ResolverTypeWrapper<AllocationGroupModel>;
  KitaAllocationProposal: ResolverTypeWrapper<AllocationProposalModel>;
  KitaAllocationReport: ResolverTypeWrapper<AllocationRun>;
  KitaAllocationRun: ResolverTypeWrapper<AllocationRun>;
  KitaAllocationRunStatus: KitaAllocationRunStatus;
  KitaApplication: ResolverTypeWrapper<ApplicationModel>;
  KitaCriterion: ResolverTypeWrapper<KitaCriterion>;
  KitaCriterionInput: KitaCriterionInput;
  KitaPlaces: ResolverTypeWrapper<KitaGroup>;
  KitaSearchInput: KitaSearchInput;
  KitaUpdateInput: KitaUpdateInput;
  KitaWishStatus: KitaWishStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PersonalData: ResolverTypeWrapper<PersonalDataRef>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  BirthBundle: BirthBundleModel;
  ID: Scalars['ID']['output'];
  BirthBundleInput: BirthBundleInput;
  Int: Scalars['Int']['output'];
  BirthBundlePart: BirthBundlePart;
  DateTime: Scalars['DateTime']['output'];
  FamilyAddress: Address;
  Float: Scalars['Float']['output'];
  FamilyChild: ChildModel;
  FamilyChildInput: FamilyChildInput;
  FamilyNearInput: FamilyNearInput;
  FamilyOffer: FamilyOfferModel;
  FamilyOfferInput: FamilyOfferInput;
  FamilyOfferSearchInput: FamilyOfferSearchInput;
  FamilyProvider: Provider;
  FieldSet: Scalars['FieldSet']['output'];
  JSONObject: Scalars['JSONObject']['output'];
  Kita: KitaModel;
  KitaAllocationConfirmation: AllocationConfirmation;
  KitaAllocationGroup: AllocationGroupModel;
  KitaAllocationProposal: AllocationProposalModel;
  KitaAllocationReport: AllocationRun;
  KitaAllocationRun: AllocationRun;
  KitaApplication: ApplicationModel;
  KitaCriterion: KitaCriterion;
  KitaCriterionInput: KitaCriterionInput;
  KitaPlaces: KitaGroup;
  KitaSearchInput: KitaSearchInput;
  KitaUpdateInput: KitaUpdateInput;
  Mutation: Record<PropertyKey, never>;
  PersonalData: PersonalDataRef;
  Query: Record<PropertyKey, never>;
  Subscription: Record<PropertyKey, never>;
  link__Import: Scalars['link__Import']['output'];
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
};

export type LinkDirectiveArgs = {
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = Context, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = Context, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type BirthBundleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BirthBundle'] = ResolversParentTypes['BirthBundle']> = {
  birthDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  childFamilyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  childFirstNames?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['BirthBundlePart']>, ParentType, ContextType>;
};

export type BirthBundlePartResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BirthBundlePart'] = ResolversParentTypes['BirthBundlePart']> = {
  consent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['JSONObject']>, ParentType, ContextType>;
  howToSubmit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  office?: Resolver<ResolversTypes['BirthOffice'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FamilyAddressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FamilyAddress'] = ResolversParentTypes['FamilyAddress']> = {
  houseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  locality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  street?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FamilyChildResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FamilyChild'] = ResolversParentTypes['FamilyChild'], FederationReferenceType extends FederationReferenceTypes['FamilyChild'] = FederationReferenceTypes['FamilyChild']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['FamilyChild']> | FederationReferenceType, FederationReferenceType, ContextType>;
  ageGroup?: Resolver<ResolversTypes['KitaAgeGroup'], ParentType, ContextType>;
  applications?: Resolver<Array<ResolversTypes['KitaApplication']>, ParentType, ContextType>;
  birthDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weeklyHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FamilyOfferResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FamilyOffer'] = ResolversParentTypes['FamilyOffer'], FederationReferenceType extends FederationReferenceTypes['FamilyOffer'] = FederationReferenceTypes['FamilyOffer']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['FamilyOffer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  contact?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  distanceKm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  district?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  longitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['FamilyProvider'], ParentType, ContextType>;
  sample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  targetGroup?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FamilyProviderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FamilyProvider'] = ResolversParentTypes['FamilyProvider']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export interface FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['FieldSet'], any> {
  name: 'FieldSet';
}

export interface JsonObjectScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONObject'], any> {
  name: 'JSONObject';
}

export type KitaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Kita'] = ResolversParentTypes['Kita'], FederationReferenceType extends FederationReferenceTypes['Kita'] = FederationReferenceTypes['Kita']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Kita']> | FederationReferenceType, FederationReferenceType, ContextType>;
  concept?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  criteria?: Resolver<Array<ResolversTypes['KitaCriterion']>, ParentType, ContextType>;
  distanceKm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  district?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  freePlaces?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  maxAgeMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minAgeMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openingTimes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  places?: Resolver<Array<ResolversTypes['KitaPlaces']>, ParentType, ContextType>;
  postalCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['FamilyProvider'], ParentType, ContextType>;
  sample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  street?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weeklyHours?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type KitaAllocationConfirmationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KitaAllocationConfirmation'] = ResolversParentTypes['KitaAllocationConfirmation']> = {
  confirmed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  confirmedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['FamilyProvider'], ParentType, ContextType>;
};

export type KitaAllocationGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KitaAllocationGroup'] = ResolversParentTypes['KitaAllocationGroup']> = {
  ageGroup?: Resolver<ResolversTypes['KitaAgeGroup'], ParentType, ContextType>;
  kita?: Resolver<ResolversTypes['Kita'], ParentType, ContextType>;
  offered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waitlisted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type KitaAllocationProposalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KitaAllocationProposal'] = ResolversParentTypes['KitaAllocationProposal']> = {
  application?: Resolver<ResolversTypes['KitaApplication'], ParentType, ContextType>;
  cutoffRank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  refusedRank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['KitaWishStatus'], ParentType, ContextType>;
};

export type KitaAllocationReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KitaAllocationReport'] = ResolversParentTypes['KitaAllocationReport']> = {
  children?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  offered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  run?: Resolver<ResolversTypes['KitaAllocationRun'], ParentType, ContextType>;
  unplaced?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waitlisted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type KitaAllocationRunResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KitaAllocationRun'] = ResolversParentTypes['KitaAllocationRun']> = {
  children?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  confirmBy?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  confirmations?: Resolver<Array<ResolversTypes['KitaAllocationConfirmation']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  endedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['KitaAllocationGroup']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  offerValidForSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  offered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  proposals?: Resolver<Array<ResolversTypes['KitaAllocationProposal']>, ParentType, ContextType, Partial<KitaAllocationRunProposalsArgs>>;
  status?: Resolver<ResolversTypes['KitaAllocationRunStatus'], ParentType, ContextType>;
  unplaced?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waitlisted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type KitaApplicationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KitaApplication'] = ResolversParentTypes['KitaApplication'], FederationReferenceType extends FederationReferenceTypes['KitaApplication'] = FederationReferenceTypes['KitaApplication']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['KitaApplication']> | FederationReferenceType, FederationReferenceType, ContextType>;
  ageGroup?: Resolver<ResolversTypes['KitaAgeGroup'], ParentType, ContextType>;
  child?: Resolver<ResolversTypes['FamilyChild'], ParentType, ContextType>;
  criteriaMet?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  cutoffRank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kita?: Resolver<ResolversTypes['Kita'], ParentType, ContextType>;
  offerExpiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  refusedRank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['KitaWishStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type KitaCriterionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KitaCriterion'] = ResolversParentTypes['KitaCriterion']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type KitaPlacesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KitaPlaces'] = ResolversParentTypes['KitaPlaces']> = {
  ageGroup?: Resolver<ResolversTypes['KitaAgeGroup'], ParentType, ContextType>;
  freePlaces?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  places?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptKitaOffer?: Resolver<ResolversTypes['KitaApplication'], ParentType, ContextType, RequireFields<MutationAcceptKitaOfferArgs, 'id'>>;
  addFamilyChild?: Resolver<ResolversTypes['FamilyChild'], ParentType, ContextType, RequireFields<MutationAddFamilyChildArgs, 'input'>>;
  addFamilyOffer?: Resolver<ResolversTypes['FamilyOffer'], ParentType, ContextType, RequireFields<MutationAddFamilyOfferArgs, 'input' | 'providerId'>>;
  addFamilyProviderCoordinator?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationAddFamilyProviderCoordinatorArgs, 'accountId' | 'providerId'>>;
  applyForKita?: Resolver<ResolversTypes['KitaApplication'], ParentType, ContextType, RequireFields<MutationApplyForKitaArgs, 'childId' | 'kitaId'>>;
  cancelKitaAllocation?: Resolver<ResolversTypes['KitaAllocationRun'], ParentType, ContextType, RequireFields<MutationCancelKitaAllocationArgs, 'runId'>>;
  confirmKitaAllocation?: Resolver<ResolversTypes['KitaAllocationRun'], ParentType, ContextType, RequireFields<MutationConfirmKitaAllocationArgs, 'runId'>>;
  deleteBirthBundle?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteBirthBundleArgs, 'id'>>;
  removeFamilyChild?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveFamilyChildArgs, 'id'>>;
  runKitaAllocation?: Resolver<ResolversTypes['KitaAllocationReport'], ParentType, ContextType, RequireFields<MutationRunKitaAllocationArgs, 'confirmWithinSeconds' | 'offerValidForSeconds'>>;
  setApplicantCriteria?: Resolver<ResolversTypes['KitaApplication'], ParentType, ContextType, RequireFields<MutationSetApplicantCriteriaArgs, 'applicationId' | 'criteria'>>;
  setKitaCriteria?: Resolver<ResolversTypes['Kita'], ParentType, ContextType, RequireFields<MutationSetKitaCriteriaArgs, 'criteria' | 'kitaId'>>;
  setKitaPlaces?: Resolver<ResolversTypes['Kita'], ParentType, ContextType, RequireFields<MutationSetKitaPlacesArgs, 'ageGroup' | 'kitaId' | 'places'>>;
  submitBirthBundle?: Resolver<ResolversTypes['BirthBundle'], ParentType, ContextType, RequireFields<MutationSubmitBirthBundleArgs, 'input'>>;
  updateFamilyChild?: Resolver<ResolversTypes['FamilyChild'], ParentType, ContextType, RequireFields<MutationUpdateFamilyChildArgs, 'id' | 'input'>>;
  updateFamilyOffer?: Resolver<ResolversTypes['FamilyOffer'], ParentType, ContextType, RequireFields<MutationUpdateFamilyOfferArgs, 'id' | 'input'>>;
  updateKita?: Resolver<ResolversTypes['Kita'], ParentType, ContextType, RequireFields<MutationUpdateKitaArgs, 'id' | 'input'>>;
  withdrawKitaApplication?: Resolver<ResolversTypes['KitaApplication'], ParentType, ContextType, RequireFields<MutationWithdrawKitaApplicationArgs, 'id'>>;
};

export type PersonalDataResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonalData'] = ResolversParentTypes['PersonalData'], FederationReferenceType extends FederationReferenceTypes['PersonalData'] = FederationReferenceTypes['PersonalData']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PersonalData']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accountId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  family?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  familyAddressSuggestions?: Resolver<Array<ResolversTypes['FamilyAddress']>, ParentType, ContextType, RequireFields<QueryFamilyAddressSuggestionsArgs, 'first' | 'prefix'>>;
  familyChild?: Resolver<Maybe<ResolversTypes['FamilyChild']>, ParentType, ContextType, RequireFields<QueryFamilyChildArgs, 'id'>>;
  familyOffers?: Resolver<Array<ResolversTypes['FamilyOffer']>, ParentType, ContextType, Partial<QueryFamilyOffersArgs>>;
  kita?: Resolver<Maybe<ResolversTypes['Kita']>, ParentType, ContextType, RequireFields<QueryKitaArgs, 'id'>>;
  kitaAllocationRun?: Resolver<Maybe<ResolversTypes['KitaAllocationRun']>, ParentType, ContextType, RequireFields<QueryKitaAllocationRunArgs, 'id'>>;
  kitaAllocationRuns?: Resolver<Array<ResolversTypes['KitaAllocationRun']>, ParentType, ContextType, RequireFields<QueryKitaAllocationRunsArgs, 'first'>>;
  kitaApplicants?: Resolver<Array<ResolversTypes['KitaApplication']>, ParentType, ContextType, RequireFields<QueryKitaApplicantsArgs, 'kitaId'>>;
  kitaWishLimit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kitas?: Resolver<Array<ResolversTypes['Kita']>, ParentType, ContextType, Partial<QueryKitasArgs>>;
  myBirthBundles?: Resolver<Array<ResolversTypes['BirthBundle']>, ParentType, ContextType>;
  myChildren?: Resolver<Array<ResolversTypes['FamilyChild']>, ParentType, ContextType>;
  myCoordinatedKitas?: Resolver<Array<ResolversTypes['Kita']>, ParentType, ContextType>;
  myCoordinatedProviders?: Resolver<Array<ResolversTypes['FamilyProvider']>, ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  myKitaApplicationChanged?: SubscriptionResolver<ResolversTypes['KitaApplication'], "myKitaApplicationChanged", ParentType, ContextType>;
};

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = Context> = {
  BirthBundle?: BirthBundleResolvers<ContextType>;
  BirthBundlePart?: BirthBundlePartResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  FamilyAddress?: FamilyAddressResolvers<ContextType>;
  FamilyChild?: FamilyChildResolvers<ContextType>;
  FamilyOffer?: FamilyOfferResolvers<ContextType>;
  FamilyProvider?: FamilyProviderResolvers<ContextType>;
  FieldSet?: GraphQLScalarType;
  JSONObject?: GraphQLScalarType;
  Kita?: KitaResolvers<ContextType>;
  KitaAllocationConfirmation?: KitaAllocationConfirmationResolvers<ContextType>;
  KitaAllocationGroup?: KitaAllocationGroupResolvers<ContextType>;
  KitaAllocationProposal?: KitaAllocationProposalResolvers<ContextType>;
  KitaAllocationReport?: KitaAllocationReportResolvers<ContextType>;
  KitaAllocationRun?: KitaAllocationRunResolvers<ContextType>;
  KitaApplication?: KitaApplicationResolvers<ContextType>;
  KitaCriterion?: KitaCriterionResolvers<ContextType>;
  KitaPlaces?: KitaPlacesResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PersonalData?: PersonalDataResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = Context> = {
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
