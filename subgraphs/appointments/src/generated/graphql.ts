import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonalDataRef } from '@kaarst/kit';
import type { AppointmentModel, ServiceModel, LocationModel, OpeningHoursModel, CitizenRef, SlotModel, AuditEntryModel, AuditLogModel } from '../models.ts';
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
  /** A JSON object (the personal-data export). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  link__Import: { input: unknown; output: unknown; }
};

/** A booked visit. */
export type Appointment = {
  __typename?: 'Appointment';
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who booked: signed-in callers only (the person and staff; null for others). */
  citizen?: Maybe<Citizen>;
  /** The confirmation code; with it the appointment can be looked up and cancelled without signing in. */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  end: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  location: OfficeLocation;
  services: Array<AppointmentService>;
  start: Scalars['DateTime']['output'];
  status: AppointmentStatus;
};

/** A service of the citizens' office that can be booked, e.g. applying for an ID card. */
export type AppointmentService = {
  __typename?: 'AppointmentService';
  description?: Maybe<Scalars['String']['output']>;
  /** Minutes at the counter; several services in one visit add up. */
  durationMinutes: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Key in the national service catalogue (LeiKa), where known. */
  leikaKey?: Maybe<Scalars['String']['output']>;
  /** German name, as shown to citizens. */
  name: Scalars['String']['output'];
};

export type AppointmentStatus =
  | 'BOOKED'
  | 'CANCELLED';

/** One action recorded in the audit log: who did what to which record, when. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What was done, e.g. apiKey.revoke or appointments.list. */
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

/** The audit log for one filter (see citizens' Query.auditLog); this subgraph adds staff access to bookings. */
export type AuditLog = {
  __typename?: 'AuditLog';
  /** Staff reading a location's bookings, staff cancelling a citizen's appointment. */
  appointments: Array<AuditEntry>;
  id: Scalars['ID']['output'];
};

/** Live availability of one location on one local date. */
export type AvailabilityChange = {
  __typename?: 'AvailabilityChange';
  /** The local date in Kaarst (Europe/Berlin), YYYY-MM-DD. */
  date: Scalars['String']['output'];
  /** Free 15-minute slots left on that date, counted per counter. */
  freeSlots: Scalars['Int']['output'];
  location: OfficeLocation;
};

export type BookAppointmentInput = {
  /** Chosen by the client per booking attempt: repeating it returns the same appointment. */
  idempotencyKey: Scalars['String']['input'];
  locationId: Scalars['ID']['input'];
  /** One or more services for one visit (at most 5). */
  serviceIds: Array<Scalars['ID']['input']>;
  /** Must be the start of a slot from availableSlots. */
  start: Scalars['DateTime']['input'];
};

export type Citizen = {
  __typename?: 'Citizen';
  /** The person's appointments, soonest first. Only the person themselves and staff may read them. */
  appointments: Array<Appointment>;
  id: Scalars['ID']['output'];
};

/** A day the mobile citizens' office stands at a place: bookable like any office. */
export type MobileOfficeStop = {
  __typename?: 'MobileOfficeStop';
  closes: Scalars['String']['output'];
  /** The local date, YYYY-MM-DD. */
  date: Scalars['String']['output'];
  location: OfficeLocation;
  /** Local time, HH:MM. */
  opens: Scalars['String']['output'];
};

export type MobileOfficeStopInput = {
  closes: Scalars['String']['input'];
  /** The local date, YYYY-MM-DD; today or later. */
  date: Scalars['String']['input'];
  /** A location of the mobile office (mobile: true). */
  locationId: Scalars['ID']['input'];
  opens: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Books a slot for the signed-in citizen. A slot taken meanwhile gives SLOT_TAKEN; a time that
   * overlaps one of the citizen's own booked appointments (anywhere) gives ALREADY_BOOKED.
   */
  bookAppointment: Appointment;
  /** Cancels by confirmation code, without sign-in. Cancelling twice returns the cancelled appointment. */
  cancelAppointment: Appointment;
  /** Staff: the van stands at a place on a day; its slots can be booked at once. Scheduling it twice changes nothing. */
  scheduleMobileOfficeStop: MobileOfficeStop;
};


export type MutationBookAppointmentArgs = {
  input: BookAppointmentInput;
};


export type MutationCancelAppointmentArgs = {
  code: Scalars['String']['input'];
};


export type MutationScheduleMobileOfficeStopArgs = {
  input: MobileOfficeStopInput;
};

/** A place where appointments happen: a town hall or the mobile citizens' office. */
export type OfficeLocation = {
  __typename?: 'OfficeLocation';
  address: Scalars['String']['output'];
  /** How many appointments can run at the same time (counters). */
  counters: Scalars['Int']['output'];
  /** Kaarst, Büttgen, Holzbüttgen, Vorst or Driesch. */
  district?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The mobile citizens' office, which comes to the districts. */
  mobile: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  openingHours: Array<OpeningHours>;
};

/** Opening hours of a location on one weekday, or on one date (local time, Europe/Berlin). */
export type OpeningHours = {
  __typename?: 'OpeningHours';
  /** Local time, HH:MM. */
  closes: Scalars['String']['output'];
  /** Set for hours of one local date only (YYYY-MM-DD), e.g. a stop of the mobile office. */
  date?: Maybe<Scalars['String']['output']>;
  /** Local time, HH:MM. */
  opens: Scalars['String']['output'];
  /** 1 = Monday ... 7 = Sunday (ISO 8601). */
  weekday: Scalars['Int']['output'];
};

/** Everything the hub holds about one person (see citizens' Query.myPersonalData). */
export type PersonalData = {
  __typename?: 'PersonalData';
  accountId: Scalars['ID']['output'];
  /** Their appointments, past and future, and which staff looked at them. */
  appointments: Scalars['JSONObject']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** An appointment by its confirmation code (no sign-in needed). */
  appointmentByCode?: Maybe<Appointment>;
  /** The bookable services. */
  appointmentServices: Array<AppointmentService>;
  /** Staff: the appointments at one location in a time range. */
  appointmentsAt: Array<Appointment>;
  /** Free slots for all the given services in one visit, between from and to (at most 31 days). */
  availableSlots: Array<Slot>;
  /** The mobile office's stops from a local date on (default today), in date order. */
  mobileOfficeStops: Array<MobileOfficeStop>;
  /** Town halls and the mobile citizens' office. */
  officeLocations: Array<OfficeLocation>;
};


export type QueryAppointmentByCodeArgs = {
  code: Scalars['String']['input'];
};


export type QueryAppointmentsAtArgs = {
  from: Scalars['DateTime']['input'];
  locationId: Scalars['ID']['input'];
  to: Scalars['DateTime']['input'];
};


export type QueryAvailableSlotsArgs = {
  from: Scalars['DateTime']['input'];
  locationId?: InputMaybe<Scalars['ID']['input']>;
  serviceIds: Array<Scalars['ID']['input']>;
  to: Scalars['DateTime']['input'];
};


export type QueryMobileOfficeStopsArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
};

/** A free time at one location for the requested services. */
export type Slot = {
  __typename?: 'Slot';
  end: Scalars['DateTime']['output'];
  location: OfficeLocation;
  start: Scalars['DateTime']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Staff: appointments booked at a location, as they happen. */
  appointmentBooked: Appointment;
  /** Public: a location's availability changed (a booking or a cancellation), e.g. for the city displays. */
  availabilityChanged: AvailabilityChange;
};


export type SubscriptionAppointmentBookedArgs = {
  locationId: Scalars['ID']['input'];
};


export type SubscriptionAvailabilityChangedArgs = {
  locationId: Scalars['ID']['input'];
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
  Appointment: Appointment;
  AppointmentService: AppointmentService;
  AuditLog: AuditLog;
  Citizen: Citizen;
  OfficeLocation: OfficeLocation;
  PersonalData: PersonalData;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Appointment:
    ( { __typename: 'Appointment' }
    & GraphQLRecursivePick<FederationTypes['Appointment'], {"id":true}> );
  AppointmentService:
    ( { __typename: 'AppointmentService' }
    & GraphQLRecursivePick<FederationTypes['AppointmentService'], {"id":true}> );
  AuditLog:
    ( { __typename: 'AuditLog' }
    & GraphQLRecursivePick<FederationTypes['AuditLog'], {"id":true}> );
  Citizen:
    ( { __typename: 'Citizen' }
    & GraphQLRecursivePick<FederationTypes['Citizen'], {"id":true}> );
  OfficeLocation:
    ( { __typename: 'OfficeLocation' }
    & GraphQLRecursivePick<FederationTypes['OfficeLocation'], {"id":true}> );
  PersonalData:
    ( { __typename: 'PersonalData' }
    & GraphQLRecursivePick<FederationTypes['PersonalData'], {"accountId":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Appointment: ResolverTypeWrapper<AppointmentModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AppointmentService: ResolverTypeWrapper<ServiceModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AppointmentStatus: AppointmentStatus;
  AuditEntry: ResolverTypeWrapper<AuditEntryModel>;
  AuditLog: ResolverTypeWrapper<AuditLogModel>;
  AvailabilityChange: ResolverTypeWrapper<Omit<AvailabilityChange, 'location'> & { location: ResolversTypes['OfficeLocation'] }>;
  BookAppointmentInput: BookAppointmentInput;
  Citizen: ResolverTypeWrapper<CitizenRef>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  FieldSet: ResolverTypeWrapper<Scalars['FieldSet']['output']>;
  JSONObject: ResolverTypeWrapper<Scalars['JSONObject']['output']>;
  MobileOfficeStop: ResolverTypeWrapper<Omit<MobileOfficeStop, 'location'> & { location: ResolversTypes['OfficeLocation'] }>;
  MobileOfficeStopInput: MobileOfficeStopInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OfficeLocation: ResolverTypeWrapper<LocationModel>;
  OpeningHours: ResolverTypeWrapper<OpeningHoursModel>;
  PersonalData: ResolverTypeWrapper<PersonalDataRef>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Slot: ResolverTypeWrapper<SlotModel>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Appointment: AppointmentModel;
  ID: Scalars['ID']['output'];
  AppointmentService: ServiceModel;
  Int: Scalars['Int']['output'];
  AuditEntry: AuditEntryModel;
  AuditLog: AuditLogModel;
  AvailabilityChange: Omit<AvailabilityChange, 'location'> & { location: ResolversParentTypes['OfficeLocation'] };
  BookAppointmentInput: BookAppointmentInput;
  Citizen: CitizenRef;
  DateTime: Scalars['DateTime']['output'];
  FieldSet: Scalars['FieldSet']['output'];
  JSONObject: Scalars['JSONObject']['output'];
  MobileOfficeStop: Omit<MobileOfficeStop, 'location'> & { location: ResolversParentTypes['OfficeLocation'] };
  MobileOfficeStopInput: MobileOfficeStopInput;
  Mutation: Record<PropertyKey, never>;
  OfficeLocation: LocationModel;
  OpeningHours: OpeningHoursModel;
  PersonalData: PersonalDataRef;
  Query: Record<PropertyKey, never>;
  Slot: SlotModel;
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

export type AppointmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Appointment'] = ResolversParentTypes['Appointment'], FederationReferenceType extends FederationReferenceTypes['Appointment'] = FederationReferenceTypes['Appointment']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Appointment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  citizen?: Resolver<Maybe<ResolversTypes['Citizen']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['OfficeLocation'], ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['AppointmentService']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AppointmentStatus'], ParentType, ContextType>;
};

export type AppointmentServiceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AppointmentService'] = ResolversParentTypes['AppointmentService'], FederationReferenceType extends FederationReferenceTypes['AppointmentService'] = FederationReferenceTypes['AppointmentService']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AppointmentService']> | FederationReferenceType, FederationReferenceType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  durationMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leikaKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  appointments?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type AvailabilityChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AvailabilityChange'] = ResolversParentTypes['AvailabilityChange']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  freeSlots?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['OfficeLocation'], ParentType, ContextType>;
};

export type CitizenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Citizen'] = ResolversParentTypes['Citizen'], FederationReferenceType extends FederationReferenceTypes['Citizen'] = FederationReferenceTypes['Citizen']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Citizen']> | FederationReferenceType, FederationReferenceType, ContextType>;
  appointments?: Resolver<Array<ResolversTypes['Appointment']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
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

export type MobileOfficeStopResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MobileOfficeStop'] = ResolversParentTypes['MobileOfficeStop']> = {
  closes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['OfficeLocation'], ParentType, ContextType>;
  opens?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  bookAppointment?: Resolver<ResolversTypes['Appointment'], ParentType, ContextType, RequireFields<MutationBookAppointmentArgs, 'input'>>;
  cancelAppointment?: Resolver<ResolversTypes['Appointment'], ParentType, ContextType, RequireFields<MutationCancelAppointmentArgs, 'code'>>;
  scheduleMobileOfficeStop?: Resolver<ResolversTypes['MobileOfficeStop'], ParentType, ContextType, RequireFields<MutationScheduleMobileOfficeStopArgs, 'input'>>;
};

export type OfficeLocationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfficeLocation'] = ResolversParentTypes['OfficeLocation'], FederationReferenceType extends FederationReferenceTypes['OfficeLocation'] = FederationReferenceTypes['OfficeLocation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['OfficeLocation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  counters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mobile?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openingHours?: Resolver<Array<ResolversTypes['OpeningHours']>, ParentType, ContextType>;
};

export type OpeningHoursResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OpeningHours'] = ResolversParentTypes['OpeningHours']> = {
  closes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  opens?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weekday?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonalDataResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonalData'] = ResolversParentTypes['PersonalData'], FederationReferenceType extends FederationReferenceTypes['PersonalData'] = FederationReferenceTypes['PersonalData']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PersonalData']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accountId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  appointments?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  appointmentByCode?: Resolver<Maybe<ResolversTypes['Appointment']>, ParentType, ContextType, RequireFields<QueryAppointmentByCodeArgs, 'code'>>;
  appointmentServices?: Resolver<Array<ResolversTypes['AppointmentService']>, ParentType, ContextType>;
  appointmentsAt?: Resolver<Array<ResolversTypes['Appointment']>, ParentType, ContextType, RequireFields<QueryAppointmentsAtArgs, 'from' | 'locationId' | 'to'>>;
  availableSlots?: Resolver<Array<ResolversTypes['Slot']>, ParentType, ContextType, RequireFields<QueryAvailableSlotsArgs, 'from' | 'serviceIds' | 'to'>>;
  mobileOfficeStops?: Resolver<Array<ResolversTypes['MobileOfficeStop']>, ParentType, ContextType, Partial<QueryMobileOfficeStopsArgs>>;
  officeLocations?: Resolver<Array<ResolversTypes['OfficeLocation']>, ParentType, ContextType>;
};

export type SlotResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Slot'] = ResolversParentTypes['Slot']> = {
  end?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['OfficeLocation'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  appointmentBooked?: SubscriptionResolver<ResolversTypes['Appointment'], "appointmentBooked", ParentType, ContextType, RequireFields<SubscriptionAppointmentBookedArgs, 'locationId'>>;
  availabilityChanged?: SubscriptionResolver<ResolversTypes['AvailabilityChange'], "availabilityChanged", ParentType, ContextType, RequireFields<SubscriptionAvailabilityChangedArgs, 'locationId'>>;
};

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = Context> = {
  Appointment?: AppointmentResolvers<ContextType>;
  AppointmentService?: AppointmentServiceResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditLog?: AuditLogResolvers<ContextType>;
  AvailabilityChange?: AvailabilityChangeResolvers<ContextType>;
  Citizen?: CitizenResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  FieldSet?: GraphQLScalarType;
  JSONObject?: GraphQLScalarType;
  MobileOfficeStop?: MobileOfficeStopResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OfficeLocation?: OfficeLocationResolvers<ContextType>;
  OpeningHours?: OpeningHoursResolvers<ContextType>;
  PersonalData?: PersonalDataResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Slot?: SlotResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = Context> = {
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
