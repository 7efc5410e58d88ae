import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonalDataRef } from '@kaarst/kit';
import type { PassModel, OfferModel, RedemptionModel, DeviceModel, AuditEntryModel, AuditLogModel } from '../models.ts';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
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
  /** A JSON object (the public verification key, the personal-data export). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  link__Import: { input: unknown; output: unknown; }
};

export type ApplyForKaarstPassInput = {
  /** Five digits; 41564 (Kaarst) is approved at once, others go to staff. */
  postalCode: Scalars['String']['input'];
  street: Scalars['String']['input'];
};

/** One action recorded in the audit log: who did what to which record, when. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What was done, e.g. apiKey.revoke, appointments.list or councilBroadcast.start. */
  action: Scalars['String']['output'];
  /** For staff: their department at the time. */
  actorDepartment?: Maybe<Scalars['String']['output']>;
  actorId: Scalars['ID']['output'];
  actorRoles: Array<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  detail?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  recordId: Scalars['String']['output'];
  recordType: Scalars['String']['output'];
};

/** The admins' audit log; each subgraph adds its own list field (see citizens' Query.auditLog). */
export type AuditLog = {
  __typename?: 'AuditLog';
  id: Scalars['ID']['output'];
  /** Staff decisions on passes, suspensions, revocations, offers and payments. */
  pass: Array<AuditEntry>;
};

/** The Kaarst Pass of a resident: offers in the town and, as the town aims for, free local transit. */
export type KaarstPass = {
  __typename?: 'KaarstPass';
  appliedAt: Scalars['DateTime']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** KP-000123: what verifiers see. */
  number: Scalars['String']['output'];
  /** The address given in the application (the holder and staff). */
  postalCode?: Maybe<Scalars['String']['output']>;
  status: KaarstPassStatus;
  /** Why staff decided, suspended, revoked or reactivated it (the latest reason). */
  statusReason?: Maybe<Scalars['String']['output']>;
  street?: Maybe<Scalars['String']['output']>;
  validFrom?: Maybe<Scalars['DateTime']['output']>;
  validUntil?: Maybe<Scalars['DateTime']['output']>;
};

/**
 * A phone that carries the pass offline (the Kaarst App): its key was made in the phone's
 * WebCrypto and never leaves it; the hub certified the public half. Only the holder sees it.
 */
export type KaarstPassDevice = {
  __typename?: 'KaarstPassDevice';
  /** Until when its newest certificate holds; the app renews it when online. */
  certificateExpiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** What the holder called it, e.g. Mein Handy. */
  label: Scalars['String']['output'];
  registeredAt: Scalars['DateTime']['output'];
  /** Set once the holder revoked it (a lost phone): its codes are refused from then on. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A device's certificate: the app keeps it and signs short-lived codes with the device key offline. */
export type KaarstPassDeviceCertificate = {
  __typename?: 'KaarstPassDeviceCertificate';
  /**
   * A compact JWS (EdDSA, signed with the pass key) binding the pass number, its validity,
   * the device id and the device's public key (cnf.jwk); verify codes with @kaarst/pass-verify.
   */
  certificate: Scalars['String']['output'];
  device: KaarstPassDevice;
  expiresAt: Scalars['DateTime']['output'];
};

export type KaarstPassOffer = {
  __typename?: 'KaarstPassOffer';
  category: KaarstPassOfferCategory;
  description: Scalars['String']['output'];
  free: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  partner: KaarstPassPartner;
  /** How often one pass may redeem it. */
  perPassLimit: Scalars['Int']['output'];
  /** Where it is used, e.g. Stadtbücherei, Kaarst-Mitte; null: anywhere in town. */
  place?: Maybe<Scalars['String']['output']>;
  /** 0 for a free offer. */
  priceCents: Scalars['Int']['output'];
  /** Redemptions in all; null for no limit. */
  quota?: Maybe<Scalars['Int']['output']>;
  /** What is left of the quota; null for no limit. */
  remaining?: Maybe<Scalars['Int']['output']>;
  /** Invented sample data, not an official offer. */
  sample: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
  validFrom: Scalars['DateTime']['output'];
  validUntil: Scalars['DateTime']['output'];
};

export type KaarstPassOfferCategory =
  | 'CULTURE'
  | 'DISCOUNT'
  | 'LIBRARY'
  | 'POOL'
  | 'SPORT'
  | 'TRANSIT';

export type KaarstPassOfferInput = {
  category: KaarstPassOfferCategory;
  description: Scalars['String']['input'];
  free: Scalars['Boolean']['input'];
  /** The partner's name as shown on the offer (partners only; the city's offers say Stadt Kaarst). */
  partnerName?: InputMaybe<Scalars['String']['input']>;
  /** Default 1. */
  perPassLimit?: InputMaybe<Scalars['Int']['input']>;
  /** Where it is used (up to 200 characters); leave out for anywhere in town. */
  place?: InputMaybe<Scalars['String']['input']>;
  /** Required (above 0) when the offer is not free. */
  priceCents?: InputMaybe<Scalars['Int']['input']>;
  quota?: InputMaybe<Scalars['Int']['input']>;
  title: Scalars['String']['input'];
  validFrom: Scalars['DateTime']['input'];
  validUntil: Scalars['DateTime']['input'];
};

/** Who offers it: the city (Stadt Kaarst) or a partner. */
export type KaarstPassPartner = {
  __typename?: 'KaarstPassPartner';
  name: Scalars['String']['output'];
};

/** A redemption; partners see the pass number, never the holder. */
export type KaarstPassRedemption = {
  __typename?: 'KaarstPassRedemption';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** For paid offers: the reference to quote at the counter or on the transfer. */
  invoiceReference?: Maybe<Scalars['String']['output']>;
  offer: KaarstPassOffer;
  paidAt?: Maybe<Scalars['DateTime']['output']>;
  passNumber: Scalars['String']['output'];
  /** For paid offers: how to pay, in German (other languages word it from priceCents, invoiceReference and the partner). */
  paymentInstructions?: Maybe<Scalars['String']['output']>;
  priceCents: Scalars['Int']['output'];
  status: KaarstPassRedemptionStatus;
};

export type KaarstPassRedemptionStatus =
  | 'PAID'
  /** A paid offer: pay at the counter or by the invoice. */
  | 'PAYMENT_PENDING'
  /** A free offer, redeemed. */
  | 'REDEEMED';

/**
 * EXPIRED is not stored: an ACTIVE pass whose validUntil has passed is EXPIRED.
 * REJECTED: staff turned the application down.
 */
export type KaarstPassStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'PENDING'
  | 'REJECTED'
  | 'REVOKED'
  | 'SUSPENDED';

/** The QR code's content: a signed token for the current 30-second window. */
export type KaarstPassToken = {
  __typename?: 'KaarstPassToken';
  /** After this it is refused (60 s after its window began). */
  expiresAt: Scalars['DateTime']['output'];
  /** When to show the next one (the next window starts). */
  refreshAt: Scalars['DateTime']['output'];
  /** A compact JWS (EdDSA, Ed25519); check it offline with @kaarst/pass-verify. */
  token: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Applies for a pass; a second application returns the pass already held. */
  applyForKaarstPass: KaarstPass;
  /** Partners create their own offers; staff the city's. */
  createKaarstPassOffer: KaarstPassOffer;
  /** Staff: approves (valid one year) or rejects a pending application, with a reason. */
  decideKaarstPassApplication: KaarstPass;
  /** Staff: a paid redemption was paid at the counter or by invoice. */
  markKaarstPassRedemptionPaid: KaarstPassRedemption;
  /** Staff: makes a suspended pass active again. */
  reactivateKaarstPass: KaarstPass;
  /**
   * The holder redeems an offer with their active pass. Idempotent per idempotencyKey;
   * QUOTA_EXHAUSTED when none is left, REDEMPTION_LIMIT_REACHED past the per-pass limit.
   * A paid offer is PAYMENT_PENDING with an invoice reference.
   */
  redeemKaarstPassOffer: KaarstPassRedemption;
  /**
   * Binds a device to the holder's active pass, or renews the certificate of a device already
   * bound with the same key (idempotent). PASS_NOT_ACTIVE when the pass is not active; CONFLICT
   * with extensions.reason TOO_MANY_DEVICES past 5 devices, DEVICE_REVOKED for a revoked key (make a new one).
   */
  registerKaarstPassDevice: KaarstPassDeviceCertificate;
  /** Staff: revokes a pass for good; its number goes on the revocation list. */
  revokeKaarstPass: KaarstPass;
  /** The holder revokes one of their devices (a lost phone); its id goes on kaarstPassRevokedDevices. Idempotent. */
  revokeKaarstPassDevice: KaarstPassDevice;
  /** Staff: suspends an active pass; its number goes on the revocation list. */
  suspendKaarstPass: KaarstPass;
  /** Partners change their own offers; staff the city's. */
  updateKaarstPassOffer: KaarstPassOffer;
};


export type MutationApplyForKaarstPassArgs = {
  input: ApplyForKaarstPassInput;
};


export type MutationCreateKaarstPassOfferArgs = {
  input: KaarstPassOfferInput;
};


export type MutationDecideKaarstPassApplicationArgs = {
  approve: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationMarkKaarstPassRedemptionPaidArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReactivateKaarstPassArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRedeemKaarstPassOfferArgs = {
  idempotencyKey: Scalars['String']['input'];
  offerId: Scalars['ID']['input'];
};


export type MutationRegisterKaarstPassDeviceArgs = {
  input: RegisterKaarstPassDeviceInput;
};


export type MutationRevokeKaarstPassArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRevokeKaarstPassDeviceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSuspendKaarstPassArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationUpdateKaarstPassOfferArgs = {
  id: Scalars['ID']['input'];
  input: KaarstPassOfferInput;
};

/** Everything the hub holds about one person (see citizens' Query.myPersonalData). */
export type PersonalData = {
  __typename?: 'PersonalData';
  accountId: Scalars['ID']['output'];
  /** Their Kaarst Pass with the address of the application, and their redemptions. */
  pass: Scalars['JSONObject']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Staff: one pass by its number (e.g. KP-000123), any status; audited. NOT_FOUND for an unknown number. */
  kaarstPassByNumber: KaarstPass;
  /** Current offers of the city and its partners. */
  kaarstPassOffers: Array<KaarstPassOffer>;
  /** Numbers of revoked and suspended passes still within their validity; apps cache it. */
  kaarstPassRevocations: Array<Scalars['String']['output']>;
  /** Ids of revoked devices whose certificates have not yet expired; apps cache it with kaarstPassRevocations. */
  kaarstPassRevokedDevices: Array<Scalars['ID']['output']>;
  /** The QR token for the holder's active pass; ask again at refreshAt. */
  kaarstPassToken: KaarstPassToken;
  /** The public key (a JWK) that verifies pass tokens offline; apps cache it. */
  kaarstPassVerificationKey: Scalars['JSONObject']['output'];
  /** The signed-in person's pass (the live one, else the latest); null if they never applied. */
  myKaarstPass?: Maybe<KaarstPass>;
  /** The holder's devices that carry the pass offline, newest first (revoked ones too). */
  myKaarstPassDevices: Array<KaarstPassDevice>;
  /** Partners: their own offers (staff: the city's). */
  myKaarstPassOffers: Array<KaarstPassOffer>;
  /** The holder's own redemptions, newest first. */
  myKaarstPassRedemptions: Array<KaarstPassRedemption>;
  /** Partners: redemptions of their own offers (staff: of the city's), newest first. */
  myOfferRedemptions: Array<KaarstPassRedemption>;
  /** Staff: applications waiting for a decision, oldest first. */
  pendingKaarstPassApplications: Array<KaarstPass>;
};


export type QueryKaarstPassByNumberArgs = {
  number: Scalars['String']['input'];
};


export type QueryKaarstPassOffersArgs = {
  category?: InputMaybe<KaarstPassOfferCategory>;
};


export type QueryMyOfferRedemptionsArgs = {
  offerId?: InputMaybe<Scalars['ID']['input']>;
};

export type RegisterKaarstPassDeviceInput = {
  /** 1 to 60 characters, e.g. Mein Handy. */
  label: Scalars['String']['input'];
  /** The device's public key: a JWK of an ECDSA P-256 key (kty EC, crv P-256, x, y), nothing private. */
  publicKey: Scalars['JSONObject']['input'];
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
  AuditLog: AuditLog;
  PersonalData: PersonalData;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  AuditLog:
    ( { __typename: 'AuditLog' }
    & GraphQLRecursivePick<FederationTypes['AuditLog'], {"id":true}> );
  PersonalData:
    ( { __typename: 'PersonalData' }
    & GraphQLRecursivePick<FederationTypes['PersonalData'], {"accountId":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ApplyForKaarstPassInput: ApplyForKaarstPassInput;
  AuditEntry: ResolverTypeWrapper<AuditEntryModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditLog: ResolverTypeWrapper<AuditLogModel>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  FieldSet: ResolverTypeWrapper<Scalars['FieldSet']['output']>;
  JSONObject: ResolverTypeWrapper<Scalars['JSONObject']['output']>;
  KaarstPass: ResolverTypeWrapper<PassModel>;
  KaarstPassDevice: ResolverTypeWrapper<DeviceModel>;
  KaarstPassDeviceCertificate: ResolverTypeWrapper<Omit<KaarstPassDeviceCertificate, 'device'> & { device: ResolversTypes['KaarstPassDevice'] }>;
  KaarstPassOffer: ResolverTypeWrapper<OfferModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  KaarstPassOfferCategory: KaarstPassOfferCategory;
  KaarstPassOfferInput: KaarstPassOfferInput;
  KaarstPassPartner: ResolverTypeWrapper<KaarstPassPartner>;
  KaarstPassRedemption: ResolverTypeWrapper<RedemptionModel>;
  KaarstPassRedemptionStatus: KaarstPassRedemptionStatus;
  KaarstPassStatus: KaarstPassStatus;
  KaarstPassToken: ResolverTypeWrapper<KaarstPassToken>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PersonalData: ResolverTypeWrapper<PersonalDataRef>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterKaarstPassDeviceInput: RegisterKaarstPassDeviceInput;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ApplyForKaarstPassInput: ApplyForKaarstPassInput;
  AuditEntry: AuditEntryModel;
  ID: Scalars['ID']['output'];
  AuditLog: AuditLogModel;
  DateTime: Scalars['DateTime']['output'];
  FieldSet: Scalars['FieldSet']['output'];
  JSONObject: Scalars['JSONObject']['output'];
  KaarstPass: PassModel;
  KaarstPassDevice: DeviceModel;
  KaarstPassDeviceCertificate: Omit<KaarstPassDeviceCertificate, 'device'> & { device: ResolversParentTypes['KaarstPassDevice'] };
  KaarstPassOffer: OfferModel;
  Int: Scalars['Int']['output'];
  KaarstPassOfferInput: KaarstPassOfferInput;
  KaarstPassPartner: KaarstPassPartner;
  KaarstPassRedemption: RedemptionModel;
  KaarstPassToken: KaarstPassToken;
  Mutation: Record<PropertyKey, never>;
  PersonalData: PersonalDataRef;
  Query: Record<PropertyKey, never>;
  RegisterKaarstPassDeviceInput: RegisterKaarstPassDeviceInput;
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

export type AuditEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorDepartment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  actorRoles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditLogResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditLog'] = ResolversParentTypes['AuditLog'], FederationReferenceType extends FederationReferenceTypes['AuditLog'] = FederationReferenceTypes['AuditLog']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AuditLog']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pass?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['FieldSet'], any> {
  name: 'FieldSet';
}

export interface JsonObjectScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONObject'], any> {
  name: 'JSONObject';
}

export type KaarstPassResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KaarstPass'] = ResolversParentTypes['KaarstPass']> = {
  appliedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['KaarstPassStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  street?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type KaarstPassDeviceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KaarstPassDevice'] = ResolversParentTypes['KaarstPassDevice']> = {
  certificateExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type KaarstPassDeviceCertificateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KaarstPassDeviceCertificate'] = ResolversParentTypes['KaarstPassDeviceCertificate']> = {
  certificate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  device?: Resolver<ResolversTypes['KaarstPassDevice'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type KaarstPassOfferResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KaarstPassOffer'] = ResolversParentTypes['KaarstPassOffer']> = {
  category?: Resolver<ResolversTypes['KaarstPassOfferCategory'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  free?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['KaarstPassPartner'], ParentType, ContextType>;
  perPassLimit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  priceCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quota?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  remaining?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type KaarstPassPartnerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KaarstPassPartner'] = ResolversParentTypes['KaarstPassPartner']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type KaarstPassRedemptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KaarstPassRedemption'] = ResolversParentTypes['KaarstPassRedemption']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoiceReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  offer?: Resolver<ResolversTypes['KaarstPassOffer'], ParentType, ContextType>;
  paidAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  passNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paymentInstructions?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  priceCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['KaarstPassRedemptionStatus'], ParentType, ContextType>;
};

export type KaarstPassTokenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KaarstPassToken'] = ResolversParentTypes['KaarstPassToken']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  refreshAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  applyForKaarstPass?: Resolver<ResolversTypes['KaarstPass'], ParentType, ContextType, RequireFields<MutationApplyForKaarstPassArgs, 'input'>>;
  createKaarstPassOffer?: Resolver<ResolversTypes['KaarstPassOffer'], ParentType, ContextType, RequireFields<MutationCreateKaarstPassOfferArgs, 'input'>>;
  decideKaarstPassApplication?: Resolver<ResolversTypes['KaarstPass'], ParentType, ContextType, RequireFields<MutationDecideKaarstPassApplicationArgs, 'approve' | 'id' | 'reason'>>;
  markKaarstPassRedemptionPaid?: Resolver<ResolversTypes['KaarstPassRedemption'], ParentType, ContextType, RequireFields<MutationMarkKaarstPassRedemptionPaidArgs, 'id'>>;
  reactivateKaarstPass?: Resolver<ResolversTypes['KaarstPass'], ParentType, ContextType, RequireFields<MutationReactivateKaarstPassArgs, 'id' | 'reason'>>;
  redeemKaarstPassOffer?: Resolver<ResolversTypes['KaarstPassRedemption'], ParentType, ContextType, RequireFields<MutationRedeemKaarstPassOfferArgs, 'idempotencyKey' | 'offerId'>>;
  registerKaarstPassDevice?: Resolver<ResolversTypes['KaarstPassDeviceCertificate'], ParentType, ContextType, RequireFields<MutationRegisterKaarstPassDeviceArgs, 'input'>>;
  revokeKaarstPass?: Resolver<ResolversTypes['KaarstPass'], ParentType, ContextType, RequireFields<MutationRevokeKaarstPassArgs, 'id' | 'reason'>>;
  revokeKaarstPassDevice?: Resolver<ResolversTypes['KaarstPassDevice'], ParentType, ContextType, RequireFields<MutationRevokeKaarstPassDeviceArgs, 'id'>>;
  suspendKaarstPass?: Resolver<ResolversTypes['KaarstPass'], ParentType, ContextType, RequireFields<MutationSuspendKaarstPassArgs, 'id' | 'reason'>>;
  updateKaarstPassOffer?: Resolver<ResolversTypes['KaarstPassOffer'], ParentType, ContextType, RequireFields<MutationUpdateKaarstPassOfferArgs, 'id' | 'input'>>;
};

export type PersonalDataResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonalData'] = ResolversParentTypes['PersonalData'], FederationReferenceType extends FederationReferenceTypes['PersonalData'] = FederationReferenceTypes['PersonalData']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PersonalData']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accountId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pass?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  kaarstPassByNumber?: Resolver<ResolversTypes['KaarstPass'], ParentType, ContextType, RequireFields<QueryKaarstPassByNumberArgs, 'number'>>;
  kaarstPassOffers?: Resolver<Array<ResolversTypes['KaarstPassOffer']>, ParentType, ContextType, Partial<QueryKaarstPassOffersArgs>>;
  kaarstPassRevocations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  kaarstPassRevokedDevices?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  kaarstPassToken?: Resolver<ResolversTypes['KaarstPassToken'], ParentType, ContextType>;
  kaarstPassVerificationKey?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  myKaarstPass?: Resolver<Maybe<ResolversTypes['KaarstPass']>, ParentType, ContextType>;
  myKaarstPassDevices?: Resolver<Array<ResolversTypes['KaarstPassDevice']>, ParentType, ContextType>;
  myKaarstPassOffers?: Resolver<Array<ResolversTypes['KaarstPassOffer']>, ParentType, ContextType>;
  myKaarstPassRedemptions?: Resolver<Array<ResolversTypes['KaarstPassRedemption']>, ParentType, ContextType>;
  myOfferRedemptions?: Resolver<Array<ResolversTypes['KaarstPassRedemption']>, ParentType, ContextType, Partial<QueryMyOfferRedemptionsArgs>>;
  pendingKaarstPassApplications?: Resolver<Array<ResolversTypes['KaarstPass']>, ParentType, ContextType>;
};

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = Context> = {
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditLog?: AuditLogResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  FieldSet?: GraphQLScalarType;
  JSONObject?: GraphQLScalarType;
  KaarstPass?: KaarstPassResolvers<ContextType>;
  KaarstPassDevice?: KaarstPassDeviceResolvers<ContextType>;
  KaarstPassDeviceCertificate?: KaarstPassDeviceCertificateResolvers<ContextType>;
  KaarstPassOffer?: KaarstPassOfferResolvers<ContextType>;
  KaarstPassPartner?: KaarstPassPartnerResolvers<ContextType>;
  KaarstPassRedemption?: KaarstPassRedemptionResolvers<ContextType>;
  KaarstPassToken?: KaarstPassTokenResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PersonalData?: PersonalDataResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = Context> = {
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
