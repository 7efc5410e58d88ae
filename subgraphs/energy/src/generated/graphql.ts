import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonalDataRef } from '@kaarst/kit';
import type { MeterModel, AuditEntryModel, AuditLogModel } from '../models.ts';
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

export type ApplianceKind =
  | 'COOLING'
  | 'ENTERTAINMENT_OR_IT'
  | 'HEATING_ELEMENT'
  | 'HEAT_PUMP'
  | 'KETTLE_OR_COOKING'
  | 'UNKNOWN';

export type ApplianceReport = {
  __typename?: 'ApplianceReport';
  baseLoadKwhPerMonth?: Maybe<Scalars['Float']['output']>;
  /** Always-on consumers (router, standby, circulation pump). */
  baseLoadW?: Maybe<Scalars['Float']['output']>;
  /** From 15-minute data: quarters far above the base load (heat pump, wallbox, flow heater). */
  largeConsumerKwh?: Maybe<Scalars['Float']['output']>;
  largeConsumerPeakHour?: Maybe<Scalars['Int']['output']>;
  signatures: Array<ApplianceSignature>;
  source: ApplianceSource;
  totalKwh: Scalars['Float']['output'];
  /** What no signature and not the base load explains. */
  untrackedKwh: Scalars['Float']['output'];
};

export type ApplianceSignature = {
  __typename?: 'ApplianceSignature';
  activations: Scalars['Int']['output'];
  eurPerMonth: Scalars['Float']['output'];
  /** A guess from power and duration, for the owner to confirm. */
  kind: ApplianceKind;
  kwhPerMonth: Scalars['Float']['output'];
  medianMinutes: Scalars['Float']['output'];
  powerW: Scalars['Float']['output'];
};

export type ApplianceSource =
  /** Too little data. */
  | 'NONE'
  /** Power samples of a second or so: Hart's method. */
  | 'POWER_SAMPLES'
  /** Only 15-minute values: base load and large consumers. */
  | 'QUARTER_HOURS';

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
  /** Meter registrations, dynamic prices and staff's aggregate reads. */
  energy: Array<AuditEntry>;
  id: Scalars['ID']['output'];
};

export type CostSummary = {
  __typename?: 'CostSummary';
  /** Intervals priced by a dynamic price, a time-of-use window, the energy price. */
  dynamicIntervals: Scalars['Int']['output'];
  /** (energy + fee) / kWh: what a kWh really cost. */
  effectiveCtPerKwh?: Maybe<Scalars['Float']['output']>;
  energyEur: Scalars['Float']['output'];
  energyPriceIntervals: Scalars['Int']['output'];
  exportKwh: Scalars['Float']['output'];
  feedInEur: Scalars['Float']['output'];
  importKwh: Scalars['Float']['output'];
  /** The monthly fee, pro rata for the period. */
  monthlyFeeEur: Scalars['Float']['output'];
  timeOfUseIntervals: Scalars['Int']['output'];
  /** energy + fee - feed-in */
  totalEur: Scalars['Float']['output'];
};

export type DurationPoint = {
  __typename?: 'DurationPoint';
  kw: Scalars['Float']['output'];
  /** Share of the time (0-1) at or above this demand. */
  share: Scalars['Float']['output'];
};

export type DynamicPrice = {
  __typename?: 'DynamicPrice';
  ctPerKwh: Scalars['Float']['output'];
  minutes: Scalars['Int']['output'];
  validFrom: Scalars['DateTime']['output'];
};

export type DynamicPriceInput = {
  ctPerKwh: Scalars['Float']['input'];
  /** 15 or 60 */
  minutes: Scalars['Int']['input'];
  validFrom: Scalars['DateTime']['input'];
};

/** Staff's view: sums over at least 5 meters, never one household. */
export type EnergyAggregate = {
  __typename?: 'EnergyAggregate';
  district: Scalars['String']['output'];
  medianKwhPerMeter: Scalars['Float']['output'];
  meters: Scalars['Int']['output'];
  sector: MeterSector;
  totalKwh: Scalars['Float']['output'];
};

export type EnergyComparison = {
  __typename?: 'EnergyComparison';
  changeToLastYearPercent?: Maybe<Scalars['Float']['output']>;
  changeToPreviousPercent?: Maybe<Scalars['Float']['output']>;
  current: PeriodTotal;
  lastYear: PeriodTotal;
  previousPeriod: PeriodTotal;
  /** Null when fewer than 5 comparable meters have data for whole months of the period. */
  similarHouseholds?: Maybe<GroupComparison>;
};

export type EnergyResolution =
  | 'DAY'
  | 'HOUR'
  | 'MONTH'
  | 'QUARTER';

/** A column-wise series (one entry per interval), so that a year of quarters stays compact. */
export type EnergySeries = {
  __typename?: 'EnergySeries';
  /** Energy cost per interval in cents (null without a tariff). */
  costCents?: Maybe<Array<Scalars['Float']['output']>>;
  costs?: Maybe<CostSummary>;
  /** The part spread over gaps between readings (an estimate). */
  estimatedKwh: Array<Scalars['Float']['output']>;
  exportKwh: Array<Scalars['Float']['output']>;
  importKwh: Array<Scalars['Float']['output']>;
  resolution: EnergyResolution;
  starts: Array<Scalars['DateTime']['output']>;
};

export type GroupComparison = {
  __typename?: 'GroupComparison';
  /** Same sector and district (and household size for households). */
  group: Scalars['String']['output'];
  medianKwhPerDay: Scalars['Float']['output'];
  members: Scalars['Int']['output'];
  ownKwhPerDay: Scalars['Float']['output'];
  /** Share of the group using less, 0-100. */
  percentile: Scalars['Int']['output'];
};

export type LinkMeterInput = {
  /** The activation code from the metering operator's letter. */
  activationCode: Scalars['String']['input'];
  householdSize?: InputMaybe<Scalars['Int']['input']>;
  label?: InputMaybe<Scalars['String']['input']>;
  meterId: Scalars['ID']['input'];
  sector?: InputMaybe<MeterSector>;
};

export type LoadProfileImport = {
  __typename?: 'LoadProfileImport';
  duplicates: Scalars['Int']['output'];
  refused: Array<LoadProfileRowRefusal>;
  stored: Scalars['Int']['output'];
};

export type LoadProfileRowRefusal = {
  __typename?: 'LoadProfileRowRefusal';
  detail: Scalars['String']['output'];
  line: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
};

export type LoadView = {
  __typename?: 'LoadView';
  /** Capacity charge for the period at the meter's €/kW and year (0 when none is set). */
  capacityChargeEur: Scalars['Float']['output'];
  durationCurve: Array<DurationPoint>;
  peakKw: Scalars['Float']['output'];
  peaks: Array<PowerPeak>;
  shaving: Array<ShavingOption>;
};

/** A smart meter linked to an account. Only its owner sees it. */
export type Meter = {
  __typename?: 'Meter';
  /** The hungry appliances: from power data of a second or so (FINE, at most 7 days), else base load and large consumers. */
  appliances: ApplianceReport;
  /** Capacity charge in €/kW and year (business view). */
  capacityEurPerKwYear?: Maybe<Scalars['Float']['output']>;
  /** This period against the previous one, last year, and similar households (groups of at least 5). */
  comparison: EnergyComparison;
  dataLevel: MeterDataLevel;
  /** Kaarst, Büttgen, Holzbüttgen, Vorst or Driesch. */
  district: Scalars['String']['output'];
  /** Since when 15-minute and live values are kept (null: monthly totals only). */
  fineSince?: Maybe<Scalars['DateTime']['output']>;
  gatewayKeys: Array<MeterGatewayKey>;
  householdSize?: Maybe<Scalars['Int']['output']>;
  /** The meter number from the metering operator's letter. */
  id: Scalars['ID']['output'];
  label?: Maybe<Scalars['String']['output']>;
  /** The newest reading's time. */
  lastReadingAt?: Maybe<Scalars['DateTime']['output']>;
  linkedAt: Scalars['DateTime']['output'];
  /** Peaks, load-duration curve and peak shaving (FINE). */
  loadView: LoadView;
  /** Refused readings of the last 30 days by reason (they were not stored). */
  refusals: Array<ReadingRefusalCount>;
  sector: MeterSector;
  /**
   * Energy per interval in [from, to) with its cost. QUARTER and HOUR need FINE;
   * at most 400 days (QUARTER: 370). Costs use the tariff in force at each interval
   * (quarters priced one by one where fine data exists).
   */
  series: EnergySeries;
  /** Tariff versions, oldest first. */
  tariffs: Array<MeterTariff>;
};


/** A smart meter linked to an account. Only its owner sees it. */
export type MeterAppliancesArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


/** A smart meter linked to an account. Only its owner sees it. */
export type MeterComparisonArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


/** A smart meter linked to an account. Only its owner sees it. */
export type MeterLoadViewArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


/** A smart meter linked to an account. Only its owner sees it. */
export type MeterSeriesArgs = {
  from: Scalars['DateTime']['input'];
  resolution: EnergyResolution;
  to: Scalars['DateTime']['input'];
};

/**
 * What the hub keeps of a meter. MONTHLY (the default): monthly totals only, as a
 * smart meter gateway's tariff use case TAF 1. FINE: 15-minute and live values and
 * appliance detection, after the owner's explicit opt-in; withdrawing it deletes them.
 */
export type MeterDataLevel =
  | 'FINE'
  | 'MONTHLY';

export type MeterGatewayKey = {
  __typename?: 'MeterGatewayKey';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type MeterPower = {
  __typename?: 'MeterPower';
  at: Scalars['DateTime']['output'];
  meterId: Scalars['ID']['output'];
  watts: Scalars['Float']['output'];
};

export type MeterSector =
  | 'BUSINESS'
  | 'HOUSEHOLD';

export type MeterTariff = {
  __typename?: 'MeterTariff';
  dynamicPriceList?: Maybe<Scalars['String']['output']>;
  energyCtPerKwh: Scalars['Float']['output'];
  feedInCtPerKwh: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  monthlyFeeEur: Scalars['Float']['output'];
  name?: Maybe<Scalars['String']['output']>;
  validFrom: Scalars['DateTime']['output'];
  windows: Array<TimeOfUseWindow>;
};

export type MeterTariffInput = {
  dynamicPriceList?: InputMaybe<Scalars['String']['input']>;
  energyCtPerKwh: Scalars['Float']['input'];
  feedInCtPerKwh?: InputMaybe<Scalars['Float']['input']>;
  monthlyFeeEur: Scalars['Float']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  validFrom: Scalars['DateTime']['input'];
  windows?: InputMaybe<Array<TimeOfUseWindowInput>>;
};

export type Mutation = {
  __typename?: 'Mutation';
  createMeterGatewayKey: NewMeterGatewayKey;
  /** A CSV load profile (one row per quarter: start; kWh [; export kWh]). Needs FINE. */
  importLoadProfile: LoadProfileImport;
  /** Links a meter to your account; again by you returns it. Wrong codes: NOT_FOUND (5 in a row lock it for an hour). */
  linkMeter: Meter;
  /** The metering operator's meters and activation codes (staff); an existing meter keeps its owner. */
  registerMeters: Scalars['Int']['output'];
  revokeMeterGatewayKey: MeterGatewayKey;
  /** Publishes dynamic prices of a list (staff); the same validFrom replaces the price. */
  setDynamicPrices: Scalars['Int']['output'];
  setMeterCapacityCharge: Meter;
  /** FINE: opt in to 15-minute and live values. MONTHLY: withdraw; the fine data is deleted at once. */
  setMeterDataLevel: Meter;
  /** A new tariff version from validFrom (the same validFrom replaces it). */
  setMeterTariff: Meter;
  /** Unlinks it and deletes everything stored about it. */
  unlinkMeter: Scalars['Boolean']['output'];
};


export type MutationCreateMeterGatewayKeyArgs = {
  meterId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationImportLoadProfileArgs = {
  csv: Scalars['String']['input'];
  meterId: Scalars['ID']['input'];
};


export type MutationLinkMeterArgs = {
  input: LinkMeterInput;
};


export type MutationRegisterMetersArgs = {
  input: Array<RegisterMeterInput>;
};


export type MutationRevokeMeterGatewayKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetDynamicPricesArgs = {
  list: Scalars['String']['input'];
  prices: Array<DynamicPriceInput>;
};


export type MutationSetMeterCapacityChargeArgs = {
  eurPerKwYear?: InputMaybe<Scalars['Float']['input']>;
  meterId: Scalars['ID']['input'];
};


export type MutationSetMeterDataLevelArgs = {
  level: MeterDataLevel;
  meterId: Scalars['ID']['input'];
};


export type MutationSetMeterTariffArgs = {
  input: MeterTariffInput;
  meterId: Scalars['ID']['input'];
};


export type MutationUnlinkMeterArgs = {
  meterId: Scalars['ID']['input'];
};

export type NewMeterGatewayKey = {
  __typename?: 'NewMeterGatewayKey';
  gatewayKey: MeterGatewayKey;
  /** Shown once: send it as X-Meter-Key to POST /energy/v1/readings. */
  key: Scalars['String']['output'];
};

export type PeriodTotal = {
  __typename?: 'PeriodTotal';
  costEur?: Maybe<Scalars['Float']['output']>;
  from: Scalars['DateTime']['output'];
  importKwh: Scalars['Float']['output'];
  to: Scalars['DateTime']['output'];
};

/** Everything the hub holds about one person (see citizens' Query.myPersonalData). */
export type PersonalData = {
  __typename?: 'PersonalData';
  accountId: Scalars['ID']['output'];
  /** Their meters, consents, tariffs, gateway keys, monthly and daily totals. */
  energy: Scalars['JSONObject']['output'];
};

export type PowerPeak = {
  __typename?: 'PowerPeak';
  kw: Scalars['Float']['output'];
  start: Scalars['DateTime']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Published dynamic prices (public), so people can plan ahead. */
  dynamicPrices: Array<DynamicPrice>;
  /** Null when fewer than 5 meters of the sector and district have monthly totals in [from, to). */
  energyAggregate?: Maybe<EnergyAggregate>;
  /** Your meter; someone else's answers NOT_FOUND. */
  meter?: Maybe<Meter>;
  myMeters: Array<Meter>;
};


export type QueryDynamicPricesArgs = {
  from: Scalars['DateTime']['input'];
  list: Scalars['String']['input'];
  to: Scalars['DateTime']['input'];
};


export type QueryEnergyAggregateArgs = {
  district: Scalars['String']['input'];
  from: Scalars['DateTime']['input'];
  sector: MeterSector;
  to: Scalars['DateTime']['input'];
};


export type QueryMeterArgs = {
  id: Scalars['ID']['input'];
};

export type ReadingRefusalCount = {
  __typename?: 'ReadingRefusalCount';
  count: Scalars['Int']['output'];
  day: Scalars['String']['output'];
  reason: Scalars['String']['output'];
};

export type RegisterMeterInput = {
  activationCode: Scalars['String']['input'];
  district: Scalars['String']['input'];
  meterId: Scalars['ID']['input'];
  sector?: InputMaybe<MeterSector>;
};

export type ShavingOption = {
  __typename?: 'ShavingOption';
  newPeakKw: Scalars['Float']['output'];
  quarters: Scalars['Int']['output'];
  reductionPercent: Scalars['Float']['output'];
  savedEur: Scalars['Float']['output'];
  shiftedKwh: Scalars['Float']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** The meter's power, about once a second while you watch (FINE only). */
  meterPower: MeterPower;
};


export type SubscriptionMeterPowerArgs = {
  meterId: Scalars['ID']['input'];
};

export type TimeOfUseWindow = {
  __typename?: 'TimeOfUseWindow';
  ctPerKwh: Scalars['Float']['output'];
  /** Local time HH:MM; an end before the start runs past midnight. */
  from: Scalars['String']['output'];
  to: Scalars['String']['output'];
  /** ISO weekdays 1 (Monday) to 7; empty: every day. */
  weekdays: Array<Scalars['Int']['output']>;
};

export type TimeOfUseWindowInput = {
  ctPerKwh: Scalars['Float']['input'];
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
  weekdays?: InputMaybe<Array<Scalars['Int']['input']>>;
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
  ApplianceKind: ApplianceKind;
  ApplianceReport: ResolverTypeWrapper<ApplianceReport>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ApplianceSignature: ResolverTypeWrapper<ApplianceSignature>;
  ApplianceSource: ApplianceSource;
  AuditEntry: ResolverTypeWrapper<AuditEntryModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditLog: ResolverTypeWrapper<AuditLogModel>;
  CostSummary: ResolverTypeWrapper<CostSummary>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DurationPoint: ResolverTypeWrapper<DurationPoint>;
  DynamicPrice: ResolverTypeWrapper<DynamicPrice>;
  DynamicPriceInput: DynamicPriceInput;
  EnergyAggregate: ResolverTypeWrapper<EnergyAggregate>;
  EnergyComparison: ResolverTypeWrapper<EnergyComparison>;
  EnergyResolution: EnergyResolution;
  EnergySeries: ResolverTypeWrapper<EnergySeries>;
  FieldSet: ResolverTypeWrapper<Scalars['FieldSet']['output']>;
  GroupComparison: ResolverTypeWrapper<GroupComparison>;
  JSONObject: ResolverTypeWrapper<Scalars['JSONObject']['output']>;
  LinkMeterInput: LinkMeterInput;
  LoadProfileImport: ResolverTypeWrapper<LoadProfileImport>;
  LoadProfileRowRefusal: ResolverTypeWrapper<LoadProfileRowRefusal>;
  LoadView: ResolverTypeWrapper<LoadView>;
  Meter: ResolverTypeWrapper<MeterModel>;
  MeterDataLevel: MeterDataLevel;
  MeterGatewayKey: ResolverTypeWrapper<MeterGatewayKey>;
  MeterPower: ResolverTypeWrapper<MeterPower>;
  MeterSector: MeterSector;
  MeterTariff: ResolverTypeWrapper<MeterTariff>;
  MeterTariffInput: MeterTariffInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NewMeterGatewayKey: ResolverTypeWrapper<NewMeterGatewayKey>;
  PeriodTotal: ResolverTypeWrapper<PeriodTotal>;
  PersonalData: ResolverTypeWrapper<PersonalDataRef>;
  PowerPeak: ResolverTypeWrapper<PowerPeak>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReadingRefusalCount: ResolverTypeWrapper<ReadingRefusalCount>;
  RegisterMeterInput: RegisterMeterInput;
  ShavingOption: ResolverTypeWrapper<ShavingOption>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TimeOfUseWindow: ResolverTypeWrapper<TimeOfUseWindow>;
  TimeOfUseWindowInput: TimeOfUseWindowInput;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ApplianceReport: ApplianceReport;
  Float: Scalars['Float']['output'];
  Int: Scalars['Int']['output'];
  ApplianceSignature: ApplianceSignature;
  AuditEntry: AuditEntryModel;
  ID: Scalars['ID']['output'];
  AuditLog: AuditLogModel;
  CostSummary: CostSummary;
  DateTime: Scalars['DateTime']['output'];
  DurationPoint: DurationPoint;
  DynamicPrice: DynamicPrice;
  DynamicPriceInput: DynamicPriceInput;
  EnergyAggregate: EnergyAggregate;
  EnergyComparison: EnergyComparison;
  EnergySeries: EnergySeries;
  FieldSet: Scalars['FieldSet']['output'];
  GroupComparison: GroupComparison;
  JSONObject: Scalars['JSONObject']['output'];
  LinkMeterInput: LinkMeterInput;
  LoadProfileImport: LoadProfileImport;
  LoadProfileRowRefusal: LoadProfileRowRefusal;
  LoadView: LoadView;
  Meter: MeterModel;
  MeterGatewayKey: MeterGatewayKey;
  MeterPower: MeterPower;
  MeterTariff: MeterTariff;
  MeterTariffInput: MeterTariffInput;
  Mutation: Record<PropertyKey, never>;
  NewMeterGatewayKey: NewMeterGatewayKey;
  PeriodTotal: PeriodTotal;
  PersonalData: PersonalDataRef;
  PowerPeak: PowerPeak;
  Query: Record<PropertyKey, never>;
  ReadingRefusalCount: ReadingRefusalCount;
  RegisterMeterInput: RegisterMeterInput;
  ShavingOption: ShavingOption;
  Subscription: Record<PropertyKey, never>;
  TimeOfUseWindow: TimeOfUseWindow;
  TimeOfUseWindowInput: TimeOfUseWindowInput;
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

export type ApplianceReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApplianceReport'] = ResolversParentTypes['ApplianceReport']> = {
  baseLoadKwhPerMonth?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  baseLoadW?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  largeConsumerKwh?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  largeConsumerPeakHour?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  signatures?: Resolver<Array<ResolversTypes['ApplianceSignature']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ApplianceSource'], ParentType, ContextType>;
  totalKwh?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  untrackedKwh?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ApplianceSignatureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApplianceSignature'] = ResolversParentTypes['ApplianceSignature']> = {
  activations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  eurPerMonth?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ApplianceKind'], ParentType, ContextType>;
  kwhPerMonth?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  medianMinutes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  powerW?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

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
  energy?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CostSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CostSummary'] = ResolversParentTypes['CostSummary']> = {
  dynamicIntervals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  effectiveCtPerKwh?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  energyEur?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  energyPriceIntervals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  exportKwh?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  feedInEur?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  importKwh?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  monthlyFeeEur?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  timeOfUseIntervals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalEur?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DurationPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DurationPoint'] = ResolversParentTypes['DurationPoint']> = {
  kw?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type DynamicPriceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DynamicPrice'] = ResolversParentTypes['DynamicPrice']> = {
  ctPerKwh?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  minutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type EnergyAggregateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EnergyAggregate'] = ResolversParentTypes['EnergyAggregate']> = {
  district?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  medianKwhPerMeter?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  meters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['MeterSector'], ParentType, ContextType>;
  totalKwh?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type EnergyComparisonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EnergyComparison'] = ResolversParentTypes['EnergyComparison']> = {
  changeToLastYearPercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  changeToPreviousPercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  current?: Resolver<ResolversTypes['PeriodTotal'], ParentType, ContextType>;
  lastYear?: Resolver<ResolversTypes['PeriodTotal'], ParentType, ContextType>;
  previousPeriod?: Resolver<ResolversTypes['PeriodTotal'], ParentType, ContextType>;
  similarHouseholds?: Resolver<Maybe<ResolversTypes['GroupComparison']>, ParentType, ContextType>;
};

export type EnergySeriesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EnergySeries'] = ResolversParentTypes['EnergySeries']> = {
  costCents?: Resolver<Maybe<Array<ResolversTypes['Float']>>, ParentType, ContextType>;
  costs?: Resolver<Maybe<ResolversTypes['CostSummary']>, ParentType, ContextType>;
  estimatedKwh?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
  exportKwh?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
  importKwh?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
  resolution?: Resolver<ResolversTypes['EnergyResolution'], ParentType, ContextType>;
  starts?: Resolver<Array<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export interface FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['FieldSet'], any> {
  name: 'FieldSet';
}

export type GroupComparisonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GroupComparison'] = ResolversParentTypes['GroupComparison']> = {
  group?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  medianKwhPerDay?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ownKwhPerDay?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  percentile?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface JsonObjectScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONObject'], any> {
  name: 'JSONObject';
}

export type LoadProfileImportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LoadProfileImport'] = ResolversParentTypes['LoadProfileImport']> = {
  duplicates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refused?: Resolver<Array<ResolversTypes['LoadProfileRowRefusal']>, ParentType, ContextType>;
  stored?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LoadProfileRowRefusalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LoadProfileRowRefusal'] = ResolversParentTypes['LoadProfileRowRefusal']> = {
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LoadViewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LoadView'] = ResolversParentTypes['LoadView']> = {
  capacityChargeEur?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  durationCurve?: Resolver<Array<ResolversTypes['DurationPoint']>, ParentType, ContextType>;
  peakKw?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  peaks?: Resolver<Array<ResolversTypes['PowerPeak']>, ParentType, ContextType>;
  shaving?: Resolver<Array<ResolversTypes['ShavingOption']>, ParentType, ContextType>;
};

export type MeterResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Meter'] = ResolversParentTypes['Meter']> = {
  appliances?: Resolver<ResolversTypes['ApplianceReport'], ParentType, ContextType, RequireFields<MeterAppliancesArgs, 'from' | 'to'>>;
  capacityEurPerKwYear?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  comparison?: Resolver<ResolversTypes['EnergyComparison'], ParentType, ContextType, RequireFields<MeterComparisonArgs, 'from' | 'to'>>;
  dataLevel?: Resolver<ResolversTypes['MeterDataLevel'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fineSince?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  gatewayKeys?: Resolver<Array<ResolversTypes['MeterGatewayKey']>, ParentType, ContextType>;
  householdSize?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastReadingAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  linkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  loadView?: Resolver<ResolversTypes['LoadView'], ParentType, ContextType, RequireFields<MeterLoadViewArgs, 'from' | 'to'>>;
  refusals?: Resolver<Array<ResolversTypes['ReadingRefusalCount']>, ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['MeterSector'], ParentType, ContextType>;
  series?: Resolver<ResolversTypes['EnergySeries'], ParentType, ContextType, RequireFields<MeterSeriesArgs, 'from' | 'resolution' | 'to'>>;
  tariffs?: Resolver<Array<ResolversTypes['MeterTariff']>, ParentType, ContextType>;
};

export type MeterGatewayKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MeterGatewayKey'] = ResolversParentTypes['MeterGatewayKey']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type MeterPowerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MeterPower'] = ResolversParentTypes['MeterPower']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  meterId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  watts?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MeterTariffResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MeterTariff'] = ResolversParentTypes['MeterTariff']> = {
  dynamicPriceList?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  energyCtPerKwh?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  feedInCtPerKwh?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  monthlyFeeEur?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  windows?: Resolver<Array<ResolversTypes['TimeOfUseWindow']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createMeterGatewayKey?: Resolver<ResolversTypes['NewMeterGatewayKey'], ParentType, ContextType, RequireFields<MutationCreateMeterGatewayKeyArgs, 'meterId' | 'name'>>;
  importLoadProfile?: Resolver<ResolversTypes['LoadProfileImport'], ParentType, ContextType, RequireFields<MutationImportLoadProfileArgs, 'csv' | 'meterId'>>;
  linkMeter?: Resolver<ResolversTypes['Meter'], ParentType, ContextType, RequireFields<MutationLinkMeterArgs, 'input'>>;
  registerMeters?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationRegisterMetersArgs, 'input'>>;
  revokeMeterGatewayKey?: Resolver<ResolversTypes['MeterGatewayKey'], ParentType, ContextType, RequireFields<MutationRevokeMeterGatewayKeyArgs, 'id'>>;
  setDynamicPrices?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationSetDynamicPricesArgs, 'list' | 'prices'>>;
  setMeterCapacityCharge?: Resolver<ResolversTypes['Meter'], ParentType, ContextType, RequireFields<MutationSetMeterCapacityChargeArgs, 'meterId'>>;
  setMeterDataLevel?: Resolver<ResolversTypes['Meter'], ParentType, ContextType, RequireFields<MutationSetMeterDataLevelArgs, 'level' | 'meterId'>>;
  setMeterTariff?: Resolver<ResolversTypes['Meter'], ParentType, ContextType, RequireFields<MutationSetMeterTariffArgs, 'input' | 'meterId'>>;
  unlinkMeter?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUnlinkMeterArgs, 'meterId'>>;
};

export type NewMeterGatewayKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NewMeterGatewayKey'] = ResolversParentTypes['NewMeterGatewayKey']> = {
  gatewayKey?: Resolver<ResolversTypes['MeterGatewayKey'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PeriodTotalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PeriodTotal'] = ResolversParentTypes['PeriodTotal']> = {
  costEur?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  importKwh?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type PersonalDataResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonalData'] = ResolversParentTypes['PersonalData'], FederationReferenceType extends FederationReferenceTypes['PersonalData'] = FederationReferenceTypes['PersonalData']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PersonalData']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accountId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  energy?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
};

export type PowerPeakResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PowerPeak'] = ResolversParentTypes['PowerPeak']> = {
  kw?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  dynamicPrices?: Resolver<Array<ResolversTypes['DynamicPrice']>, ParentType, ContextType, RequireFields<QueryDynamicPricesArgs, 'from' | 'list' | 'to'>>;
  energyAggregate?: Resolver<Maybe<ResolversTypes['EnergyAggregate']>, ParentType, ContextType, RequireFields<QueryEnergyAggregateArgs, 'district' | 'from' | 'sector' | 'to'>>;
  meter?: Resolver<Maybe<ResolversTypes['Meter']>, ParentType, ContextType, RequireFields<QueryMeterArgs, 'id'>>;
  myMeters?: Resolver<Array<ResolversTypes['Meter']>, ParentType, ContextType>;
};

export type ReadingRefusalCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReadingRefusalCount'] = ResolversParentTypes['ReadingRefusalCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ShavingOptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ShavingOption'] = ResolversParentTypes['ShavingOption']> = {
  newPeakKw?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  quarters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reductionPercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  savedEur?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  shiftedKwh?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  meterPower?: SubscriptionResolver<ResolversTypes['MeterPower'], "meterPower", ParentType, ContextType, RequireFields<SubscriptionMeterPowerArgs, 'meterId'>>;
};

export type TimeOfUseWindowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimeOfUseWindow'] = ResolversParentTypes['TimeOfUseWindow']> = {
  ctPerKwh?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weekdays?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = Context> = {
  ApplianceReport?: ApplianceReportResolvers<ContextType>;
  ApplianceSignature?: ApplianceSignatureResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditLog?: AuditLogResolvers<ContextType>;
  CostSummary?: CostSummaryResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DurationPoint?: DurationPointResolvers<ContextType>;
  DynamicPrice?: DynamicPriceResolvers<ContextType>;
  EnergyAggregate?: EnergyAggregateResolvers<ContextType>;
  EnergyComparison?: EnergyComparisonResolvers<ContextType>;
  EnergySeries?: EnergySeriesResolvers<ContextType>;
  FieldSet?: GraphQLScalarType;
  GroupComparison?: GroupComparisonResolvers<ContextType>;
  JSONObject?: GraphQLScalarType;
  LoadProfileImport?: LoadProfileImportResolvers<ContextType>;
  LoadProfileRowRefusal?: LoadProfileRowRefusalResolvers<ContextType>;
  LoadView?: LoadViewResolvers<ContextType>;
  Meter?: MeterResolvers<ContextType>;
  MeterGatewayKey?: MeterGatewayKeyResolvers<ContextType>;
  MeterPower?: MeterPowerResolvers<ContextType>;
  MeterTariff?: MeterTariffResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NewMeterGatewayKey?: NewMeterGatewayKeyResolvers<ContextType>;
  PeriodTotal?: PeriodTotalResolvers<ContextType>;
  PersonalData?: PersonalDataResolvers<ContextType>;
  PowerPeak?: PowerPeakResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReadingRefusalCount?: ReadingRefusalCountResolvers<ContextType>;
  ShavingOption?: ShavingOptionResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TimeOfUseWindow?: TimeOfUseWindowResolvers<ContextType>;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = Context> = {
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
