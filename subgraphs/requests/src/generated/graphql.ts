import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { RequestAttachmentModel, RequestTypeModel, ServiceRequestModel, StatusChangeModel, MessageModel, CitizenRef, AuditEntryModel, AuditLogModel } from '../models.ts';
import type { PersonalDataRef } from '@kaarst/kit';
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

export type AttachmentInput = {
  /** image/jpeg, image/png, image/webp or application/pdf; the bytes must be what this says. */
  contentType: Scalars['String']['input'];
  fileName: Scalars['String']['input'];
  /** In bytes; at most 10 MB. */
  size: Scalars['Int']['input'];
};

/** Where to send an announced attachment's bytes: `PUT` them to `uploadUrl` once, within 15 minutes. */
export type AttachmentUpload = {
  __typename?: 'AttachmentUpload';
  attachment: RequestAttachment;
  expiresAt: Scalars['DateTime']['output'];
  /** Relative to the hub's address, e.g. /attachments/uploads/<token>. */
  uploadUrl: Scalars['String']['output'];
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

/** The audit log for one filter (see citizens' Query.auditLog); this subgraph adds staff work on requests. */
export type AuditLog = {
  __typename?: 'AuditLog';
  id: Scalars['ID']['output'];
  /** Assignments, status changes, replies and notes. */
  requests: Array<AuditEntry>;
};

export type Citizen = {
  __typename?: 'Citizen';
  id: Scalars['ID']['output'];
  /** Their requests, newest first (themselves and staff). */
  requests: Array<ServiceRequest>;
};

/** A confirmed home visit of the mobile citizens' office. */
export type HomeVisit = {
  __typename?: 'HomeVisit';
  /** The local date, YYYY-MM-DD. */
  date: Scalars['String']['output'];
  /** Its place in the day's route (staff). */
  position?: Maybe<Scalars['Int']['output']>;
  windowEnd: Scalars['DateTime']['output'];
  /** The promised time window. */
  windowStart: Scalars['DateTime']['output'];
};

export type HomeVisitDayInput = {
  /** The local date, YYYY-MM-DD. */
  date: Scalars['String']['input'];
  /** Home-visit requests (type hausbesuch) with coordinates, in any order. */
  requestIds: Array<Scalars['ID']['input']>;
  /** Leaving the town hall, local HH:MM. */
  startTime?: InputMaybe<Scalars['String']['input']>;
  /** Minutes spent at each visit. */
  visitMinutes?: InputMaybe<Scalars['Int']['input']>;
};

/** A visit day: a short round trip from the town hall and back (nearest neighbour and 2-opt). */
export type HomeVisitRoute = {
  __typename?: 'HomeVisitRoute';
  date: Scalars['String']['output'];
  /** Estimated road distance of the round trip. */
  distanceKm: Scalars['Float']['output'];
  /** Back at the town hall. */
  returnAt: Scalars['DateTime']['output'];
  /** Leaving the town hall. */
  start: Scalars['DateTime']['output'];
  stops: Array<HomeVisitStop>;
};

/** One visit of a planned day, in route order. */
export type HomeVisitStop = {
  __typename?: 'HomeVisitStop';
  /** Estimated arrival. */
  arrival: Scalars['DateTime']['output'];
  position: Scalars['Int']['output'];
  request: ServiceRequest;
  /** Driving time from the previous stop (the first: from the town hall), in minutes. */
  travelMinutes: Scalars['Int']['output'];
  windowEnd: Scalars['DateTime']['output'];
  windowStart: Scalars['DateTime']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Staff: an internal note, never shown to the citizen. */
  addRequestNote: RequestMessage;
  /** Staff: takes a request (assigneeId omitted) or gives it to a colleague. */
  assignRequest: ServiceRequest;
  /** Staff: moves a request on; allowed steps only, with a reason. */
  changeRequestStatus: ServiceRequest;
  /**
   * Staff: confirms a visit day. Each citizen is told their time window in a message and
   * live; the day replaces an earlier plan of the same day.
   */
  confirmHomeVisitDay: HomeVisitRoute;
  /** A message from the citizen or (staff) a reply to the citizen. */
  sendRequestMessage: RequestMessage;
  /** Staff: sets when it is due. */
  setRequestDueDate: ServiceRequest;
  /**
   * Announces a photo or PDF for a request (its citizen, or staff of its department): checks
   * type and size (UNSUPPORTED_FILE_TYPE, FILE_TOO_LARGE, at most 5 files: TOO_MANY_ATTACHMENTS)
   * and gives the single-use URL to PUT the bytes to, where they are checked again.
   */
  startRequestAttachment: AttachmentUpload;
  /** Submits a request: it is received at once, with a reference number. */
  submitRequest: ServiceRequest;
};


export type MutationAddRequestNoteArgs = {
  body: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
};


export type MutationAssignRequestArgs = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  requestId: Scalars['ID']['input'];
};


export type MutationChangeRequestStatusArgs = {
  reason: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
  status: RequestStatus;
};


export type MutationConfirmHomeVisitDayArgs = {
  input: HomeVisitDayInput;
};


export type MutationSendRequestMessageArgs = {
  body: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
};


export type MutationSetRequestDueDateArgs = {
  dueAt: Scalars['DateTime']['input'];
  requestId: Scalars['ID']['input'];
};


export type MutationStartRequestAttachmentArgs = {
  input: AttachmentInput;
  requestId: Scalars['ID']['input'];
};


export type MutationSubmitRequestArgs = {
  input: SubmitRequestInput;
};

/** Everything the hub holds about one person (see citizens' Query.myPersonalData). */
export type PersonalData = {
  __typename?: 'PersonalData';
  accountId: Scalars['ID']['output'];
  /** Their requests with history and messages, and which departments worked on them. */
  requests: Scalars['JSONObject']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Open home-visit requests as a GeoJSON FeatureCollection (Bürgerbüro staff), for a map. */
  homeVisitMap: Scalars['JSONObject']['output'];
  /** A preview of a visit day's route and time windows; nothing is stored. */
  homeVisitRoute: HomeVisitRoute;
  /** The signed-in citizen's requests, newest first. */
  myRequests: Array<ServiceRequest>;
  /** The staff workbench: a department's queue, oldest due first. */
  requestQueue: Array<ServiceRequest>;
  /** The catalogue: what citizens can request online. */
  requestTypes: Array<RequestType>;
  /** One request: its citizen, or staff of its department. */
  serviceRequest?: Maybe<ServiceRequest>;
};


export type QueryHomeVisitRouteArgs = {
  input: HomeVisitDayInput;
};


export type QueryRequestQueueArgs = {
  filter?: InputMaybe<RequestQueueFilter>;
};


export type QueryServiceRequestArgs = {
  id: Scalars['ID']['input'];
};

export type RequestAnswer = {
  __typename?: 'RequestAnswer';
  field: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type RequestAnswerInput = {
  field: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

/** A photo or PDF attached to a request; its bytes are kept outside the database. */
export type RequestAttachment = {
  __typename?: 'RequestAttachment';
  /** image/jpeg, image/png, image/webp or application/pdf. */
  contentType: Scalars['String']['output'];
  /** A link to download it, valid for five minutes (relative to the hub's address). */
  downloadUrl?: Maybe<Scalars['String']['output']>;
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** In bytes. */
  size: Scalars['Int']['output'];
  /** Null until the upload has arrived and passed its checks. */
  uploadedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type RequestField = {
  __typename?: 'RequestField';
  code: Scalars['String']['output'];
  description: Scalars['String']['output'];
  required: Scalars['Boolean']['output'];
  type: RequestFieldType;
  /** For list fields: the values to choose from. */
  values: Array<RequestFieldValue>;
};

/** What a request type asks for besides the description (Open311 attribute datatypes). */
export type RequestFieldType =
  | 'DATETIME'
  | 'MULTIVALUELIST'
  | 'NUMBER'
  | 'SINGLEVALUELIST'
  | 'STRING'
  | 'TEXT';

export type RequestFieldValue = {
  __typename?: 'RequestFieldValue';
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type RequestMessage = {
  __typename?: 'RequestMessage';
  at: Scalars['DateTime']['output'];
  body: Scalars['String']['output'];
  /** True for the office's messages, false for the citizen's. */
  fromOffice: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Internal notes of staff; only staff see them. */
  internal: Scalars['Boolean']['output'];
};

/**
 * Who sees that a request of a type exists. PUBLIC_PLACE: reports about a public place (street
 * damage, a broken light) are listed on Open311 with type, status, dates and place, never with
 * the description, contact data or attachments. PRIVATE: never listed anywhere public.
 */
export type RequestPublication =
  | 'PRIVATE'
  | 'PUBLIC_PLACE';

export type RequestQueueFilter = {
  assignedToMe?: InputMaybe<Scalars['Boolean']['input']>;
  /** Default: the staff member's own department (admins: all). */
  department?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  overdueOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Words in the reference number, description or address. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<RequestStatus>>;
};

export type RequestStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'RECEIVED'
  | 'REJECTED'
  | 'WAITING_FOR_CITIZEN';

export type RequestStatusChange = {
  __typename?: 'RequestStatusChange';
  at: Scalars['DateTime']['output'];
  /** Why (given by staff for every change after submission). */
  reason?: Maybe<Scalars['String']['output']>;
  status: RequestStatus;
};

/** A kind of request citizens can make online at any hour (a street damage, bulky waste, a question...). */
export type RequestType = {
  __typename?: 'RequestType';
  code: Scalars['String']['output'];
  /** The department whose queue it goes to. */
  department: Scalars['String']['output'];
  description: Scalars['String']['output'];
  fields: Array<RequestField>;
  group: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Whether a location (coordinates or an address) is needed. */
  needsLocation: Scalars['Boolean']['output'];
  /** Whether its requests are listed publicly (Open311), decided per type; PRIVATE unless about a public place. */
  publication: RequestPublication;
};

/** A citizen's request (Anliegen) and its course. */
export type ServiceRequest = {
  __typename?: 'ServiceRequest';
  address?: Maybe<Scalars['String']['output']>;
  answers: Array<RequestAnswer>;
  /** The member of staff working on it (staff only). */
  assigneeId?: Maybe<Scalars['ID']['output']>;
  /** Uploaded photos and PDFs, oldest first. */
  attachments: Array<RequestAttachment>;
  citizen?: Maybe<Citizen>;
  createdAt: Scalars['DateTime']['output'];
  department: Scalars['String']['output'];
  description: Scalars['String']['output'];
  dueAt: Scalars['DateTime']['output'];
  /** Oldest first; the first entry is the submission. */
  history: Array<RequestStatusChange>;
  /** For a home-visit request: the confirmed visit, once planned. */
  homeVisit?: Maybe<HomeVisit>;
  id: Scalars['ID']['output'];
  latitude?: Maybe<Scalars['Float']['output']>;
  longitude?: Maybe<Scalars['Float']['output']>;
  /** Oldest first; staff also see internal notes. */
  messages: Array<RequestMessage>;
  /** Due and not yet done or rejected. */
  overdue: Scalars['Boolean']['output'];
  /** What to quote when calling the office, e.g. KA-2026-000042. */
  referenceNumber: Scalars['String']['output'];
  status: RequestStatus;
  type: RequestType;
  updatedAt: Scalars['DateTime']['output'];
};

export type SubmitRequestInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  answers?: InputMaybe<Array<RequestAnswerInput>>;
  description: Scalars['String']['input'];
  /** Sending the same key twice gives the first request back instead of a second one. */
  idempotencyKey: Scalars['String']['input'];
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  typeCode: Scalars['String']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** A request's status or messages changed (its citizen, or staff of its department). */
  requestChanged: ServiceRequest;
  /** A new request arrived in a department's queue (staff). */
  requestSubmitted: ServiceRequest;
};


export type SubscriptionRequestChangedArgs = {
  requestId: Scalars['ID']['input'];
};


export type SubscriptionRequestSubmittedArgs = {
  department: Scalars['String']['input'];
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
  Citizen: Citizen;
  PersonalData: PersonalData;
  RequestType: RequestType;
  ServiceRequest: ServiceRequest;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  AuditLog:
    ( { __typename: 'AuditLog' }
    & GraphQLRecursivePick<FederationTypes['AuditLog'], {"id":true}> );
  Citizen:
    ( { __typename: 'Citizen' }
    & GraphQLRecursivePick<FederationTypes['Citizen'], {"id":true}> );
  PersonalData:
    ( { __typename: 'PersonalData' }
    & GraphQLRecursivePick<FederationTypes['PersonalData'], {"accountId":true}> );
  RequestType:
    ( { __typename: 'RequestType' }
    & GraphQLRecursivePick<FederationTypes['RequestType'], {"code":true}> );
  ServiceRequest:
    ( { __typename: 'ServiceRequest' }
    & GraphQLRecursivePick<FederationTypes['ServiceRequest'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AttachmentInput: AttachmentInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AttachmentUpload: ResolverTypeWrapper<Omit<AttachmentUpload, 'attachment'> & { attachment: ResolversTypes['RequestAttachment'] }>;
  AuditEntry: ResolverTypeWrapper<AuditEntryModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditLog: ResolverTypeWrapper<AuditLogModel>;
  Citizen: ResolverTypeWrapper<CitizenRef>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  FieldSet: ResolverTypeWrapper<Scalars['FieldSet']['output']>;
  HomeVisit: ResolverTypeWrapper<HomeVisit>;
  HomeVisitDayInput: HomeVisitDayInput;
  HomeVisitRoute: ResolverTypeWrapper<Omit<HomeVisitRoute, 'stops'> & { stops: Array<ResolversTypes['HomeVisitStop']> }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  HomeVisitStop: ResolverTypeWrapper<Omit<HomeVisitStop, 'request'> & { request: ResolversTypes['ServiceRequest'] }>;
  JSONObject: ResolverTypeWrapper<Scalars['JSONObject']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PersonalData: ResolverTypeWrapper<PersonalDataRef>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RequestAnswer: ResolverTypeWrapper<RequestAnswer>;
  RequestAnswerInput: RequestAnswerInput;
  RequestAttachment: ResolverTypeWrapper<RequestAttachmentModel>;
  RequestField: ResolverTypeWrapper<RequestField>;
  RequestFieldType: RequestFieldType;
  RequestFieldValue: ResolverTypeWrapper<RequestFieldValue>;
  RequestMessage: ResolverTypeWrapper<MessageModel>;
  RequestPublication: RequestPublication;
  RequestQueueFilter: RequestQueueFilter;
  RequestStatus: RequestStatus;
  RequestStatusChange: ResolverTypeWrapper<StatusChangeModel>;
  RequestType: ResolverTypeWrapper<RequestTypeModel>;
  ServiceRequest: ResolverTypeWrapper<ServiceRequestModel>;
  SubmitRequestInput: SubmitRequestInput;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AttachmentInput: AttachmentInput;
  Int: Scalars['Int']['output'];
  AttachmentUpload: Omit<AttachmentUpload, 'attachment'> & { attachment: ResolversParentTypes['RequestAttachment'] };
  AuditEntry: AuditEntryModel;
  ID: Scalars['ID']['output'];
  AuditLog: AuditLogModel;
  Citizen: CitizenRef;
  DateTime: Scalars['DateTime']['output'];
  FieldSet: Scalars['FieldSet']['output'];
  HomeVisit: HomeVisit;
  HomeVisitDayInput: HomeVisitDayInput;
  HomeVisitRoute: Omit<HomeVisitRoute, 'stops'> & { stops: Array<ResolversParentTypes['HomeVisitStop']> };
  Float: Scalars['Float']['output'];
  HomeVisitStop: Omit<HomeVisitStop, 'request'> & { request: ResolversParentTypes['ServiceRequest'] };
  JSONObject: Scalars['JSONObject']['output'];
  Mutation: Record<PropertyKey, never>;
  PersonalData: PersonalDataRef;
  Query: Record<PropertyKey, never>;
  RequestAnswer: RequestAnswer;
  RequestAnswerInput: RequestAnswerInput;
  RequestAttachment: RequestAttachmentModel;
  RequestField: RequestField;
  RequestFieldValue: RequestFieldValue;
  RequestMessage: MessageModel;
  RequestQueueFilter: RequestQueueFilter;
  RequestStatusChange: StatusChangeModel;
  RequestType: RequestTypeModel;
  ServiceRequest: ServiceRequestModel;
  SubmitRequestInput: SubmitRequestInput;
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

export type AttachmentUploadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AttachmentUpload'] = ResolversParentTypes['AttachmentUpload']> = {
  attachment?: Resolver<ResolversTypes['RequestAttachment'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  uploadUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requests?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
};

export type CitizenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Citizen'] = ResolversParentTypes['Citizen'], FederationReferenceType extends FederationReferenceTypes['Citizen'] = FederationReferenceTypes['Citizen']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Citizen']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requests?: Resolver<Array<ResolversTypes['ServiceRequest']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['FieldSet'], any> {
  name: 'FieldSet';
}

export type HomeVisitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HomeVisit'] = ResolversParentTypes['HomeVisit']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  windowEnd?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  windowStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type HomeVisitRouteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HomeVisitRoute'] = ResolversParentTypes['HomeVisitRoute']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  distanceKm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  returnAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  stops?: Resolver<Array<ResolversTypes['HomeVisitStop']>, ParentType, ContextType>;
};

export type HomeVisitStopResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HomeVisitStop'] = ResolversParentTypes['HomeVisitStop']> = {
  arrival?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  request?: Resolver<ResolversTypes['ServiceRequest'], ParentType, ContextType>;
  travelMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  windowEnd?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  windowStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export interface JsonObjectScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONObject'], any> {
  name: 'JSONObject';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addRequestNote?: Resolver<ResolversTypes['RequestMessage'], ParentType, ContextType, RequireFields<MutationAddRequestNoteArgs, 'body' | 'requestId'>>;
  assignRequest?: Resolver<ResolversTypes['ServiceRequest'], ParentType, ContextType, RequireFields<MutationAssignRequestArgs, 'requestId'>>;
  changeRequestStatus?: Resolver<ResolversTypes['ServiceRequest'], ParentType, ContextType, RequireFields<MutationChangeRequestStatusArgs, 'reason' | 'requestId' | 'status'>>;
  confirmHomeVisitDay?: Resolver<ResolversTypes['HomeVisitRoute'], ParentType, ContextType, RequireFields<MutationConfirmHomeVisitDayArgs, 'input'>>;
  sendRequestMessage?: Resolver<ResolversTypes['RequestMessage'], ParentType, ContextType, RequireFields<MutationSendRequestMessageArgs, 'body' | 'requestId'>>;
  setRequestDueDate?: Resolver<ResolversTypes['ServiceRequest'], ParentType, ContextType, RequireFields<MutationSetRequestDueDateArgs, 'dueAt' | 'requestId'>>;
  startRequestAttachment?: Resolver<ResolversTypes['AttachmentUpload'], ParentType, ContextType, RequireFields<MutationStartRequestAttachmentArgs, 'input' | 'requestId'>>;
  submitRequest?: Resolver<ResolversTypes['ServiceRequest'], ParentType, ContextType, RequireFields<MutationSubmitRequestArgs, 'input'>>;
};

export type PersonalDataResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonalData'] = ResolversParentTypes['PersonalData'], FederationReferenceType extends FederationReferenceTypes['PersonalData'] = FederationReferenceTypes['PersonalData']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PersonalData']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accountId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requests?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  homeVisitMap?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  homeVisitRoute?: Resolver<ResolversTypes['HomeVisitRoute'], ParentType, ContextType, RequireFields<QueryHomeVisitRouteArgs, 'input'>>;
  myRequests?: Resolver<Array<ResolversTypes['ServiceRequest']>, ParentType, ContextType>;
  requestQueue?: Resolver<Array<ResolversTypes['ServiceRequest']>, ParentType, ContextType, Partial<QueryRequestQueueArgs>>;
  requestTypes?: Resolver<Array<ResolversTypes['RequestType']>, ParentType, ContextType>;
  serviceRequest?: Resolver<Maybe<ResolversTypes['ServiceRequest']>, ParentType, ContextType, RequireFields<QueryServiceRequestArgs, 'id'>>;
};

export type RequestAnswerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RequestAnswer'] = ResolversParentTypes['RequestAnswer']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RequestAttachmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RequestAttachment'] = ResolversParentTypes['RequestAttachment']> = {
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  downloadUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uploadedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type RequestFieldResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RequestField'] = ResolversParentTypes['RequestField']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RequestFieldType'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['RequestFieldValue']>, ParentType, ContextType>;
};

export type RequestFieldValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RequestFieldValue'] = ResolversParentTypes['RequestFieldValue']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RequestMessageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RequestMessage'] = ResolversParentTypes['RequestMessage']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromOffice?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  internal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type RequestStatusChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RequestStatusChange'] = ResolversParentTypes['RequestStatusChange']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RequestStatus'], ParentType, ContextType>;
};

export type RequestTypeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RequestType'] = ResolversParentTypes['RequestType'], FederationReferenceType extends FederationReferenceTypes['RequestType'] = FederationReferenceTypes['RequestType']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['RequestType']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['RequestField']>, ParentType, ContextType>;
  group?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  needsLocation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  publication?: Resolver<ResolversTypes['RequestPublication'], ParentType, ContextType>;
};

export type ServiceRequestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceRequest'] = ResolversParentTypes['ServiceRequest'], FederationReferenceType extends FederationReferenceTypes['ServiceRequest'] = FederationReferenceTypes['ServiceRequest']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ServiceRequest']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  answers?: Resolver<Array<ResolversTypes['RequestAnswer']>, ParentType, ContextType>;
  assigneeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  attachments?: Resolver<Array<ResolversTypes['RequestAttachment']>, ParentType, ContextType>;
  citizen?: Resolver<Maybe<ResolversTypes['Citizen']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['RequestStatusChange']>, ParentType, ContextType>;
  homeVisit?: Resolver<Maybe<ResolversTypes['HomeVisit']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  longitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  messages?: Resolver<Array<ResolversTypes['RequestMessage']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  referenceNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RequestStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RequestType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  requestChanged?: SubscriptionResolver<ResolversTypes['ServiceRequest'], "requestChanged", ParentType, ContextType, RequireFields<SubscriptionRequestChangedArgs, 'requestId'>>;
  requestSubmitted?: SubscriptionResolver<ResolversTypes['ServiceRequest'], "requestSubmitted", ParentType, ContextType, RequireFields<SubscriptionRequestSubmittedArgs, 'department'>>;
};

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = Context> = {
  AttachmentUpload?: AttachmentUploadResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditLog?: AuditLogResolvers<ContextType>;
  Citizen?: CitizenResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  FieldSet?: GraphQLScalarType;
  HomeVisit?: HomeVisitResolvers<ContextType>;
  HomeVisitRoute?: HomeVisitRouteResolvers<ContextType>;
  HomeVisitStop?: HomeVisitStopResolvers<ContextType>;
  JSONObject?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PersonalData?: PersonalDataResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RequestAnswer?: RequestAnswerResolvers<ContextType>;
  RequestAttachment?: RequestAttachmentResolvers<ContextType>;
  RequestField?: RequestFieldResolvers<ContextType>;
  RequestFieldValue?: RequestFieldValueResolvers<ContextType>;
  RequestMessage?: RequestMessageResolvers<ContextType>;
  RequestStatusChange?: RequestStatusChangeResolvers<ContextType>;
  RequestType?: RequestTypeResolvers<ContextType>;
  ServiceRequest?: ServiceRequestResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = Context> = {
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
