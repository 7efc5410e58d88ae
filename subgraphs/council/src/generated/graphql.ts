import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Body, LegislativeTerm, Organization, Person, Membership, Meeting, AgendaItem, Paper, Consultation, File, Location, Broadcast, Chapter } from './prisma/client.ts';
import type { SearchHitModel, AuditEntryModel, AuditLogRef } from '../models.ts';
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
  link__Import: { input: unknown; output: unknown; }
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

/** The audit log for one filter (see citizens' Query.auditLog); this subgraph adds the RATS-TV controls. */
export type AuditLog = {
  __typename?: 'AuditLog';
  /** Staff scheduling, starting, steering and stopping broadcasts, and attaching recordings. */
  council: Array<AuditEntry>;
  id: Scalars['ID']['output'];
};

/** One item of a meeting's agenda. */
export type CouncilAgendaItem = {
  __typename?: 'CouncilAgendaItem';
  /** The papers discussed under this item. */
  consultations: Array<CouncilConsultation>;
  files: Array<CouncilFile>;
  id: Scalars['ID']['output'];
  meeting: CouncilMeeting;
  name?: Maybe<Scalars['String']['output']>;
  /** As printed on the agenda, e.g. "Ö 3.1". */
  number?: Maybe<Scalars['String']['output']>;
  order: Scalars['Int']['output'];
  /** False: discussed in the non-public part (visible to staff and admins only). */
  public: Scalars['Boolean']['output'];
  resolutionText?: Maybe<Scalars['String']['output']>;
  result?: Maybe<Scalars['String']['output']>;
};

/** A local authority publishing council information, e.g. the town of Kaarst. */
export type CouncilBody = {
  __typename?: 'CouncilBody';
  /** Amtlicher Gemeindeschlüssel. */
  ags?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  legislativeTerms: Array<CouncilLegislativeTerm>;
  name: Scalars['String']['output'];
  organizations: Array<CouncilOrganization>;
  shortName?: Maybe<Scalars['String']['output']>;
  website?: Maybe<Scalars['String']['output']>;
};

/** RATS-TV: a meeting's live stream (HLS) and, after it, the recording with chapters. */
export type CouncilBroadcast = {
  __typename?: 'CouncilBroadcast';
  /** One chapter per agenda item, in recording order. */
  chapters: Array<CouncilChapter>;
  /** The item being discussed while live; null otherwise, or when it is non-public and the caller is not staff. */
  currentAgendaItem?: Maybe<CouncilAgendaItem>;
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  meeting: CouncilMeeting;
  /** The recording, once attached after the meeting. */
  recordingUrl?: Maybe<Scalars['String']['output']>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: CouncilBroadcastStatus;
  /** The HLS playlist (.m3u8). */
  streamUrl: Scalars['String']['output'];
};

export type CouncilBroadcastStatus =
  | 'ENDED'
  | 'LIVE'
  | 'SCHEDULED';

/** Where an agenda item starts in a meeting's recording. */
export type CouncilChapter = {
  __typename?: 'CouncilChapter';
  agendaItem: CouncilAgendaItem;
  /** Seconds from the start of the recording. */
  offsetSeconds: Scalars['Int']['output'];
};

export type CouncilChapterInput = {
  agendaItemId: Scalars['ID']['input'];
  offsetSeconds: Scalars['Int']['input'];
};

/** A paper discussed in a meeting under an agenda item. */
export type CouncilConsultation = {
  __typename?: 'CouncilConsultation';
  /** Null when the item is non-public and the caller is not staff. */
  agendaItem?: Maybe<CouncilAgendaItem>;
  /** True: this meeting decides. */
  authoritative?: Maybe<Scalars['Boolean']['output']>;
  id: Scalars['ID']['output'];
  meeting?: Maybe<CouncilMeeting>;
  organizations: Array<CouncilOrganization>;
  paper: CouncilPaper;
  role?: Maybe<Scalars['String']['output']>;
};

/** A document file (PDF...). */
export type CouncilFile = {
  __typename?: 'CouncilFile';
  accessUrl: Scalars['String']['output'];
  date?: Maybe<Scalars['String']['output']>;
  downloadUrl?: Maybe<Scalars['String']['output']>;
  fileName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  mimeType?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  /** What the file is to its paper or meeting: mainFile, auxiliaryFile, invitation, resultsProtocol... */
  role: Scalars['String']['output'];
  size?: Maybe<Scalars['Int']['output']>;
};

/** An electoral term of the council. */
export type CouncilLegislativeTerm = {
  __typename?: 'CouncilLegislativeTerm';
  endDate?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  startDate?: Maybe<Scalars['String']['output']>;
};

/** A place: a meeting room, a town hall. */
export type CouncilLocation = {
  __typename?: 'CouncilLocation';
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  locality?: Maybe<Scalars['String']['output']>;
  postalCode?: Maybe<Scalars['String']['output']>;
  room?: Maybe<Scalars['String']['output']>;
  streetAddress?: Maybe<Scalars['String']['output']>;
  subLocality?: Maybe<Scalars['String']['output']>;
};

/** A session of the council or of one of its committees. */
export type CouncilMeeting = {
  __typename?: 'CouncilMeeting';
  /**
   * The agenda in order. Non-public items are listed for staff and admins only; everybody
   * else gets the public part.
   */
  agendaItems: Array<CouncilAgendaItem>;
  /** RATS-TV: the live stream and later the recording, if the meeting is broadcast. */
  broadcast?: Maybe<CouncilBroadcast>;
  cancelled: Scalars['Boolean']['output'];
  end?: Maybe<Scalars['DateTime']['output']>;
  /** Invitation, protocols and other documents. */
  files: Array<CouncilFile>;
  id: Scalars['ID']['output'];
  location?: Maybe<CouncilLocation>;
  meetingState?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  organizations: Array<CouncilOrganization>;
  start?: Maybe<Scalars['DateTime']['output']>;
};

/** A person's seat in an organization, with role and time. */
export type CouncilMembership = {
  __typename?: 'CouncilMembership';
  endDate?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  organization?: Maybe<CouncilOrganization>;
  person: CouncilPerson;
  role?: Maybe<Scalars['String']['output']>;
  startDate?: Maybe<Scalars['String']['output']>;
  votingRight?: Maybe<Scalars['Boolean']['output']>;
};

/** A committee, a parliamentary group, the council itself. */
export type CouncilOrganization = {
  __typename?: 'CouncilOrganization';
  classification?: Maybe<Scalars['String']['output']>;
  endDate?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  meetings: Array<CouncilMeeting>;
  memberships: Array<CouncilMembership>;
  name?: Maybe<Scalars['String']['output']>;
  organizationType?: Maybe<Scalars['String']['output']>;
  shortName?: Maybe<Scalars['String']['output']>;
  startDate?: Maybe<Scalars['String']['output']>;
};


/** A committee, a parliamentary group, the council itself. */
export type CouncilOrganizationMeetingsArgs = {
  upcoming?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A document put before the council: a motion, a proposal of the administration, a query. */
export type CouncilPaper = {
  __typename?: 'CouncilPaper';
  /** Where and when the paper is (or was) discussed. */
  consultations: Array<CouncilConsultation>;
  date?: Maybe<Scalars['String']['output']>;
  files: Array<CouncilFile>;
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  paperType?: Maybe<Scalars['String']['output']>;
  /** The paper's number, e.g. "2026/123". */
  reference?: Maybe<Scalars['String']['output']>;
};

/** A council member, a committee member or a citizen expert. */
export type CouncilPerson = {
  __typename?: 'CouncilPerson';
  familyName?: Maybe<Scalars['String']['output']>;
  formOfAddress?: Maybe<Scalars['String']['output']>;
  givenName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  memberships: Array<CouncilMembership>;
  name?: Maybe<Scalars['String']['output']>;
  status: Array<Scalars['String']['output']>;
  title: Array<Scalars['String']['output']>;
};

/** A paper or agenda item found by full-text search. */
export type CouncilSearchHit = {
  __typename?: 'CouncilSearchHit';
  agendaItem?: Maybe<CouncilAgendaItem>;
  paper?: Maybe<CouncilPaper>;
  /** Relevance (PostgreSQL ts_rank), higher is better. */
  rank: Scalars['Float']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Staff: attach the recording of an ended broadcast; chapters given replace those recorded live. */
  attachCouncilRecording: CouncilBroadcast;
  /** Staff: schedule the broadcast of a meeting (or change its stream while scheduled). */
  scheduleCouncilBroadcast: CouncilBroadcast;
  /** Staff: the item now discussed; its chapter starts here in the recording (the first time only). */
  setCouncilCurrentAgendaItem: CouncilBroadcast;
  /** Staff: go live. Starting a live broadcast again changes nothing; an ended one cannot restart (CONFLICT). */
  startCouncilBroadcast: CouncilBroadcast;
  /** Staff: end the broadcast. Stopping an ended broadcast changes nothing. */
  stopCouncilBroadcast: CouncilBroadcast;
};


export type MutationAttachCouncilRecordingArgs = {
  chapters?: InputMaybe<Array<CouncilChapterInput>>;
  meetingId: Scalars['ID']['input'];
  recordingUrl: Scalars['String']['input'];
};


export type MutationScheduleCouncilBroadcastArgs = {
  meetingId: Scalars['ID']['input'];
  streamUrl: Scalars['String']['input'];
};


export type MutationSetCouncilCurrentAgendaItemArgs = {
  agendaItemId: Scalars['ID']['input'];
  meetingId: Scalars['ID']['input'];
};


export type MutationStartCouncilBroadcastArgs = {
  meetingId: Scalars['ID']['input'];
};


export type MutationStopCouncilBroadcastArgs = {
  meetingId: Scalars['ID']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** The bodies (local authorities) whose council information the hub holds. */
  councilBodies: Array<CouncilBody>;
  /** RATS-TV: the broadcast live right now, if any. */
  councilLiveBroadcast?: Maybe<CouncilBroadcast>;
  councilMeeting?: Maybe<CouncilMeeting>;
  /** Meetings: upcoming (soonest first), past (latest first), or all (by start) when upcoming is not given. */
  councilMeetings: Array<CouncilMeeting>;
  councilOrganizations: Array<CouncilOrganization>;
  councilPaper?: Maybe<CouncilPaper>;
  /** Papers, newest first. */
  councilPapers: Array<CouncilPaper>;
  councilPerson?: Maybe<CouncilPerson>;
  /** Persons by family name. */
  councilPersons: Array<CouncilPerson>;
  /** German full-text search over papers and agenda items (websearch syntax: words, "phrases", -not). */
  councilSearch: Array<CouncilSearchHit>;
};


export type QueryCouncilMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCouncilMeetingsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  upcoming?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryCouncilOrganizationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCouncilPaperArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCouncilPapersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCouncilPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCouncilPersonsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCouncilSearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Public: RATS-TV state changes (status, current item), of one meeting or of any. */
  councilLive: CouncilBroadcast;
};


export type SubscriptionCouncilLiveArgs = {
  meetingId?: InputMaybe<Scalars['ID']['input']>;
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
  CouncilAgendaItem: CouncilAgendaItem;
  CouncilBody: CouncilBody;
  CouncilBroadcast: CouncilBroadcast;
  CouncilConsultation: CouncilConsultation;
  CouncilFile: CouncilFile;
  CouncilLegislativeTerm: CouncilLegislativeTerm;
  CouncilLocation: CouncilLocation;
  CouncilMeeting: CouncilMeeting;
  CouncilMembership: CouncilMembership;
  CouncilOrganization: CouncilOrganization;
  CouncilPaper: CouncilPaper;
  CouncilPerson: CouncilPerson;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  AuditLog:
    ( { __typename: 'AuditLog' }
    & GraphQLRecursivePick<FederationTypes['AuditLog'], {"id":true}> );
  CouncilAgendaItem:
    ( { __typename: 'CouncilAgendaItem' }
    & GraphQLRecursivePick<FederationTypes['CouncilAgendaItem'], {"id":true}> );
  CouncilBody:
    ( { __typename: 'CouncilBody' }
    & GraphQLRecursivePick<FederationTypes['CouncilBody'], {"id":true}> );
  CouncilBroadcast:
    ( { __typename: 'CouncilBroadcast' }
    & GraphQLRecursivePick<FederationTypes['CouncilBroadcast'], {"id":true}> );
  CouncilConsultation:
    ( { __typename: 'CouncilConsultation' }
    & GraphQLRecursivePick<FederationTypes['CouncilConsultation'], {"id":true}> );
  CouncilFile:
    ( { __typename: 'CouncilFile' }
    & GraphQLRecursivePick<FederationTypes['CouncilFile'], {"id":true}> );
  CouncilLegislativeTerm:
    ( { __typename: 'CouncilLegislativeTerm' }
    & GraphQLRecursivePick<FederationTypes['CouncilLegislativeTerm'], {"id":true}> );
  CouncilLocation:
    ( { __typename: 'CouncilLocation' }
    & GraphQLRecursivePick<FederationTypes['CouncilLocation'], {"id":true}> );
  CouncilMeeting:
    ( { __typename: 'CouncilMeeting' }
    & GraphQLRecursivePick<FederationTypes['CouncilMeeting'], {"id":true}> );
  CouncilMembership:
    ( { __typename: 'CouncilMembership' }
    & GraphQLRecursivePick<FederationTypes['CouncilMembership'], {"id":true}> );
  CouncilOrganization:
    ( { __typename: 'CouncilOrganization' }
    & GraphQLRecursivePick<FederationTypes['CouncilOrganization'], {"id":true}> );
  CouncilPaper:
    ( { __typename: 'CouncilPaper' }
    & GraphQLRecursivePick<FederationTypes['CouncilPaper'], {"id":true}> );
  CouncilPerson:
    ( { __typename: 'CouncilPerson' }
    & GraphQLRecursivePick<FederationTypes['CouncilPerson'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AuditEntry: ResolverTypeWrapper<AuditEntryModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditLog: ResolverTypeWrapper<AuditLogRef>;
  CouncilAgendaItem: ResolverTypeWrapper<AgendaItem>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CouncilBody: ResolverTypeWrapper<Body>;
  CouncilBroadcast: ResolverTypeWrapper<Broadcast>;
  CouncilBroadcastStatus: CouncilBroadcastStatus;
  CouncilChapter: ResolverTypeWrapper<Chapter>;
  CouncilChapterInput: CouncilChapterInput;
  CouncilConsultation: ResolverTypeWrapper<Consultation>;
  CouncilFile: ResolverTypeWrapper<File>;
  CouncilLegislativeTerm: ResolverTypeWrapper<LegislativeTerm>;
  CouncilLocation: ResolverTypeWrapper<Location>;
  CouncilMeeting: ResolverTypeWrapper<Meeting>;
  CouncilMembership: ResolverTypeWrapper<Membership>;
  CouncilOrganization: ResolverTypeWrapper<Organization>;
  CouncilPaper: ResolverTypeWrapper<Paper>;
  CouncilPerson: ResolverTypeWrapper<Person>;
  CouncilSearchHit: ResolverTypeWrapper<SearchHitModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  FieldSet: ResolverTypeWrapper<Scalars['FieldSet']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AuditEntry: AuditEntryModel;
  ID: Scalars['ID']['output'];
  AuditLog: AuditLogRef;
  CouncilAgendaItem: AgendaItem;
  Int: Scalars['Int']['output'];
  CouncilBody: Body;
  CouncilBroadcast: Broadcast;
  CouncilChapter: Chapter;
  CouncilChapterInput: CouncilChapterInput;
  CouncilConsultation: Consultation;
  CouncilFile: File;
  CouncilLegislativeTerm: LegislativeTerm;
  CouncilLocation: Location;
  CouncilMeeting: Meeting;
  CouncilMembership: Membership;
  CouncilOrganization: Organization;
  CouncilPaper: Paper;
  CouncilPerson: Person;
  CouncilSearchHit: SearchHitModel;
  Float: Scalars['Float']['output'];
  DateTime: Scalars['DateTime']['output'];
  FieldSet: Scalars['FieldSet']['output'];
  Mutation: Record<PropertyKey, never>;
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
  council?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CouncilAgendaItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilAgendaItem'] = ResolversParentTypes['CouncilAgendaItem'], FederationReferenceType extends FederationReferenceTypes['CouncilAgendaItem'] = FederationReferenceTypes['CouncilAgendaItem']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CouncilAgendaItem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  consultations?: Resolver<Array<ResolversTypes['CouncilConsultation']>, ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['CouncilFile']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meeting?: Resolver<ResolversTypes['CouncilMeeting'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  public?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  resolutionText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CouncilBodyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilBody'] = ResolversParentTypes['CouncilBody'], FederationReferenceType extends FederationReferenceTypes['CouncilBody'] = FederationReferenceTypes['CouncilBody']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CouncilBody']> | FederationReferenceType, FederationReferenceType, ContextType>;
  ags?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legislativeTerms?: Resolver<Array<ResolversTypes['CouncilLegislativeTerm']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizations?: Resolver<Array<ResolversTypes['CouncilOrganization']>, ParentType, ContextType>;
  shortName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CouncilBroadcastResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilBroadcast'] = ResolversParentTypes['CouncilBroadcast'], FederationReferenceType extends FederationReferenceTypes['CouncilBroadcast'] = FederationReferenceTypes['CouncilBroadcast']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CouncilBroadcast']> | FederationReferenceType, FederationReferenceType, ContextType>;
  chapters?: Resolver<Array<ResolversTypes['CouncilChapter']>, ParentType, ContextType>;
  currentAgendaItem?: Resolver<Maybe<ResolversTypes['CouncilAgendaItem']>, ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meeting?: Resolver<ResolversTypes['CouncilMeeting'], ParentType, ContextType>;
  recordingUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CouncilBroadcastStatus'], ParentType, ContextType>;
  streamUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CouncilChapterResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilChapter'] = ResolversParentTypes['CouncilChapter']> = {
  agendaItem?: Resolver<ResolversTypes['CouncilAgendaItem'], ParentType, ContextType>;
  offsetSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CouncilConsultationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilConsultation'] = ResolversParentTypes['CouncilConsultation'], FederationReferenceType extends FederationReferenceTypes['CouncilConsultation'] = FederationReferenceTypes['CouncilConsultation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CouncilConsultation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agendaItem?: Resolver<Maybe<ResolversTypes['CouncilAgendaItem']>, ParentType, ContextType>;
  authoritative?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meeting?: Resolver<Maybe<ResolversTypes['CouncilMeeting']>, ParentType, ContextType>;
  organizations?: Resolver<Array<ResolversTypes['CouncilOrganization']>, ParentType, ContextType>;
  paper?: Resolver<ResolversTypes['CouncilPaper'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CouncilFileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilFile'] = ResolversParentTypes['CouncilFile'], FederationReferenceType extends FederationReferenceTypes['CouncilFile'] = FederationReferenceTypes['CouncilFile']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CouncilFile']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accessUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  downloadUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fileName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mimeType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CouncilLegislativeTermResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilLegislativeTerm'] = ResolversParentTypes['CouncilLegislativeTerm'], FederationReferenceType extends FederationReferenceTypes['CouncilLegislativeTerm'] = FederationReferenceTypes['CouncilLegislativeTerm']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CouncilLegislativeTerm']> | FederationReferenceType, FederationReferenceType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CouncilLocationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilLocation'] = ResolversParentTypes['CouncilLocation'], FederationReferenceType extends FederationReferenceTypes['CouncilLocation'] = FederationReferenceTypes['CouncilLocation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CouncilLocation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  room?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  streetAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subLocality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CouncilMeetingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilMeeting'] = ResolversParentTypes['CouncilMeeting'], FederationReferenceType extends FederationReferenceTypes['CouncilMeeting'] = FederationReferenceTypes['CouncilMeeting']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CouncilMeeting']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agendaItems?: Resolver<Array<ResolversTypes['CouncilAgendaItem']>, ParentType, ContextType>;
  broadcast?: Resolver<Maybe<ResolversTypes['CouncilBroadcast']>, ParentType, ContextType>;
  cancelled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['CouncilFile']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['CouncilLocation']>, ParentType, ContextType>;
  meetingState?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizations?: Resolver<Array<ResolversTypes['CouncilOrganization']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type CouncilMembershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilMembership'] = ResolversParentTypes['CouncilMembership'], FederationReferenceType extends FederationReferenceTypes['CouncilMembership'] = FederationReferenceTypes['CouncilMembership']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CouncilMembership']> | FederationReferenceType, FederationReferenceType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['CouncilOrganization']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['CouncilPerson'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  votingRight?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type CouncilOrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilOrganization'] = ResolversParentTypes['CouncilOrganization'], FederationReferenceType extends FederationReferenceTypes['CouncilOrganization'] = FederationReferenceTypes['CouncilOrganization']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CouncilOrganization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  classification?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['CouncilMeeting']>, ParentType, ContextType, Partial<CouncilOrganizationMeetingsArgs>>;
  memberships?: Resolver<Array<ResolversTypes['CouncilMembership']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizationType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shortName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CouncilPaperResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilPaper'] = ResolversParentTypes['CouncilPaper'], FederationReferenceType extends FederationReferenceTypes['CouncilPaper'] = FederationReferenceTypes['CouncilPaper']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CouncilPaper']> | FederationReferenceType, FederationReferenceType, ContextType>;
  consultations?: Resolver<Array<ResolversTypes['CouncilConsultation']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['CouncilFile']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paperType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CouncilPersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilPerson'] = ResolversParentTypes['CouncilPerson'], FederationReferenceType extends FederationReferenceTypes['CouncilPerson'] = FederationReferenceTypes['CouncilPerson']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CouncilPerson']> | FederationReferenceType, FederationReferenceType, ContextType>;
  familyName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  formOfAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  givenName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['CouncilMembership']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CouncilSearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilSearchHit'] = ResolversParentTypes['CouncilSearchHit']> = {
  agendaItem?: Resolver<Maybe<ResolversTypes['CouncilAgendaItem']>, ParentType, ContextType>;
  paper?: Resolver<Maybe<ResolversTypes['CouncilPaper']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['FieldSet'], any> {
  name: 'FieldSet';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  attachCouncilRecording?: Resolver<ResolversTypes['CouncilBroadcast'], ParentType, ContextType, RequireFields<MutationAttachCouncilRecordingArgs, 'meetingId' | 'recordingUrl'>>;
  scheduleCouncilBroadcast?: Resolver<ResolversTypes['CouncilBroadcast'], ParentType, ContextType, RequireFields<MutationScheduleCouncilBroadcastArgs, 'meetingId' | 'streamUrl'>>;
  setCouncilCurrentAgendaItem?: Resolver<ResolversTypes['CouncilBroadcast'], ParentType, ContextType, RequireFields<MutationSetCouncilCurrentAgendaItemArgs, 'agendaItemId' | 'meetingId'>>;
  startCouncilBroadcast?: Resolver<ResolversTypes['CouncilBroadcast'], ParentType, ContextType, RequireFields<MutationStartCouncilBroadcastArgs, 'meetingId'>>;
  stopCouncilBroadcast?: Resolver<ResolversTypes['CouncilBroadcast'], ParentType, ContextType, RequireFields<MutationStopCouncilBroadcastArgs, 'meetingId'>>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  councilBodies?: Resolver<Array<ResolversTypes['CouncilBody']>, ParentType, ContextType>;
  councilLiveBroadcast?: Resolver<Maybe<ResolversTypes['CouncilBroadcast']>, ParentType, ContextType>;
  councilMeeting?: Resolver<Maybe<ResolversTypes['CouncilMeeting']>, ParentType, ContextType, RequireFields<QueryCouncilMeetingArgs, 'id'>>;
  councilMeetings?: Resolver<Array<ResolversTypes['CouncilMeeting']>, ParentType, ContextType, RequireFields<QueryCouncilMeetingsArgs, 'first' | 'offset'>>;
  councilOrganizations?: Resolver<Array<ResolversTypes['CouncilOrganization']>, ParentType, ContextType, RequireFields<QueryCouncilOrganizationsArgs, 'first' | 'offset'>>;
  councilPaper?: Resolver<Maybe<ResolversTypes['CouncilPaper']>, ParentType, ContextType, RequireFields<QueryCouncilPaperArgs, 'id'>>;
  councilPapers?: Resolver<Array<ResolversTypes['CouncilPaper']>, ParentType, ContextType, RequireFields<QueryCouncilPapersArgs, 'first' | 'offset'>>;
  councilPerson?: Resolver<Maybe<ResolversTypes['CouncilPerson']>, ParentType, ContextType, RequireFields<QueryCouncilPersonArgs, 'id'>>;
  councilPersons?: Resolver<Array<ResolversTypes['CouncilPerson']>, ParentType, ContextType, RequireFields<QueryCouncilPersonsArgs, 'first' | 'offset'>>;
  councilSearch?: Resolver<Array<ResolversTypes['CouncilSearchHit']>, ParentType, ContextType, RequireFields<QueryCouncilSearchArgs, 'first' | 'text'>>;
};

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  councilLive?: SubscriptionResolver<ResolversTypes['CouncilBroadcast'], "councilLive", ParentType, ContextType, Partial<SubscriptionCouncilLiveArgs>>;
};

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = Context> = {
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditLog?: AuditLogResolvers<ContextType>;
  CouncilAgendaItem?: CouncilAgendaItemResolvers<ContextType>;
  CouncilBody?: CouncilBodyResolvers<ContextType>;
  CouncilBroadcast?: CouncilBroadcastResolvers<ContextType>;
  CouncilChapter?: CouncilChapterResolvers<ContextType>;
  CouncilConsultation?: CouncilConsultationResolvers<ContextType>;
  CouncilFile?: CouncilFileResolvers<ContextType>;
  CouncilLegislativeTerm?: CouncilLegislativeTermResolvers<ContextType>;
  CouncilLocation?: CouncilLocationResolvers<ContextType>;
  CouncilMeeting?: CouncilMeetingResolvers<ContextType>;
  CouncilMembership?: CouncilMembershipResolvers<ContextType>;
  CouncilOrganization?: CouncilOrganizationResolvers<ContextType>;
  CouncilPaper?: CouncilPaperResolvers<ContextType>;
  CouncilPerson?: CouncilPersonResolvers<ContextType>;
  CouncilSearchHit?: CouncilSearchHitResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  FieldSet?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = Context> = {
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
