import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ScreenModel, ContentItemModel, ScheduleRuleModel, EmergencyModel, ScreenCredentialModel, ScreenHealthModel, ScreenSnapshotModel, PlaylistEntryModel, ScreenEventModel, IssuedCredentialModel } from '../models.ts';
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

/** An item a department submitted for the displays; shown only once an editor approved it. */
export type ContentItem = {
  __typename?: 'ContentItem';
  body: Scalars['String']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The submitting department (e.g. kultur); never a person's name. */
  department: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  imageUrl?: Maybe<Scalars['String']['output']>;
  /** The screens it is meant for. */
  screenIds: Array<Scalars['ID']['output']>;
  status: ContentStatus;
  submittedAt: Scalars['DateTime']['output'];
  title: Scalars['String']['output'];
  validFrom: Scalars['DateTime']['output'];
  validUntil: Scalars['DateTime']['output'];
};

export type ContentStatus =
  | 'APPROVED'
  | 'REJECTED'
  | 'SUBMITTED';

/** A warning that replaces everything on its screens until withdrawn or expired. */
export type Emergency = {
  __typename?: 'Emergency';
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  message: Scalars['String']['output'];
  publishedAt: Scalars['DateTime']['output'];
  /** Empty: every screen. */
  screenIds: Array<Scalars['ID']['output']>;
  severity: EmergencySeverity;
  /** The official warning's identifier when imported from the configured warning feed; null when staff published it. */
  sourceId?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  withdrawnAt?: Maybe<Scalars['DateTime']['output']>;
};

export type EmergencySeverity =
  | 'DANGER'
  | 'WARNING';

export type HeartbeatInput = {
  clientVersion: Scalars['String']['input'];
  credential: Scalars['String']['input'];
  screenId: Scalars['ID']['input'];
  showing: Scalars['String']['input'];
};

export type IssuedScreenCredential = {
  __typename?: 'IssuedScreenCredential';
  credential: ScreenCredential;
  /** Shown only now: the screen sends it with its reads and heartbeats. */
  secret: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Editors add a schedule rule for an approved item on one of its screens. */
  addScheduleRule: ScheduleRule;
  /** Editors (press office) approve or reject a submitted item. */
  decideContent: ContentItem;
  /** Admins issue a screen's display credential. */
  issueScreenCredential: IssuedScreenCredential;
  /** Public order office, press office or admins: a warning replaces everything on its screens. */
  publishEmergency: Emergency;
  removeScheduleRule: Scalars['Boolean']['output'];
  /** Admins revoke one: the screen is refused from its next read or heartbeat. */
  revokeScreenCredential: ScreenCredential;
  /** A screen reports it is alive, its client version and what it shows (with its credential). */
  screenHeartbeat: ScreenHealth;
  /** Any department's staff submit an item; it waits for an editor. */
  submitContent: ContentItem;
  withdrawEmergency: Emergency;
};


export type MutationAddScheduleRuleArgs = {
  input: ScheduleRuleInput;
};


export type MutationDecideContentArgs = {
  approve: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationIssueScreenCredentialArgs = {
  screenId: Scalars['ID']['input'];
};


export type MutationPublishEmergencyArgs = {
  input: PublishEmergencyInput;
};


export type MutationRemoveScheduleRuleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeScreenCredentialArgs = {
  id: Scalars['ID']['input'];
};


export type MutationScreenHeartbeatArgs = {
  input: HeartbeatInput;
};


export type MutationSubmitContentArgs = {
  input: SubmitContentInput;
};


export type MutationWithdrawEmergencyArgs = {
  id: Scalars['ID']['input'];
};

export type OfficeLocation = {
  __typename?: 'OfficeLocation';
  id: Scalars['ID']['output'];
};

/** One item in a screen's airtime right now. */
export type PlaylistEntry = {
  __typename?: 'PlaylistEntry';
  item: ContentItem;
  priority: Scalars['Int']['output'];
  /** Percent of the airtime among what plays now. */
  sharePercent: Scalars['Int']['output'];
};

export type PublishEmergencyInput = {
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  message: Scalars['String']['input'];
  /** Empty or left out: every screen. */
  screenIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  severity: EmergencySeverity;
  title: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** Staff: the emergencies in force now. */
  activeEmergencies: Array<Emergency>;
  /** Staff: items by status (all when left out). */
  contentItems: Array<ContentItem>;
  /** Staff: a screen's schedule rules. */
  scheduleRules: Array<ScheduleRule>;
  screen?: Maybe<Screen>;
  /** Staff: a screen's credentials (never their secrets). */
  screenCredentials: Array<ScreenCredential>;
  /** Staff: every screen's health; silent longer than offlineAfterSeconds (default 120) counts as offline. */
  screenHealth: Array<ScreenHealth>;
  /** A screen's current state, for its start and after a reconnect; needs the screen's credential. */
  screenSnapshot: ScreenSnapshot;
  /** The five squares' screens (public). */
  screens: Array<Screen>;
};


export type QueryContentItemsArgs = {
  status?: InputMaybe<ContentStatus>;
};


export type QueryScheduleRulesArgs = {
  screenId: Scalars['ID']['input'];
};


export type QueryScreenArgs = {
  id: Scalars['ID']['input'];
};


export type QueryScreenCredentialsArgs = {
  screenId: Scalars['ID']['input'];
};


export type QueryScreenHealthArgs = {
  offlineAfterSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryScreenSnapshotArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  credential: Scalars['String']['input'];
  screenId: Scalars['ID']['input'];
};

/**
 * When an approved item plays on a screen. Recurring: weekdays (1 Monday .. 7 Sunday)
 * and a local time-of-day window (Europe/Berlin, minutes after midnight, end exclusive).
 * One-off: an instant window (from, until) instead. Among the rules in force the highest
 * priority wins; items of the same priority share the airtime by their share.
 */
export type ScheduleRule = {
  __typename?: 'ScheduleRule';
  endMinute: Scalars['Int']['output'];
  from?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  itemId: Scalars['ID']['output'];
  priority: Scalars['Int']['output'];
  screenId: Scalars['ID']['output'];
  share: Scalars['Int']['output'];
  startMinute: Scalars['Int']['output'];
  until?: Maybe<Scalars['DateTime']['output']>;
  weekdays: Array<Scalars['Int']['output']>;
};

export type ScheduleRuleInput = {
  endMinute?: InputMaybe<Scalars['Int']['input']>;
  /** One-off: both instants instead of the recurring window. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  itemId: Scalars['ID']['input'];
  priority?: InputMaybe<Scalars['Int']['input']>;
  screenId: Scalars['ID']['input'];
  share?: InputMaybe<Scalars['Int']['input']>;
  startMinute?: InputMaybe<Scalars['Int']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
  /** Recurring: 1 Monday .. 7 Sunday (default every day). */
  weekdays?: InputMaybe<Array<Scalars['Int']['input']>>;
};

/** A city display on one of Kaarst's squares. Public: everything here stands on a public square. */
export type Screen = {
  __typename?: 'Screen';
  /** A short slug, e.g. kaarst-rathausplatz. */
  id: Scalars['ID']['output'];
  latitude: Scalars['Float']['output'];
  longitude: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  /** The Bürgerbüro whose waiting time the screen shows (a location of the appointments subgraph). */
  nearestOffice: OfficeLocation;
  /** The nearest stop of the transit feed, for the departures zone. */
  nearestStop: TransitStop;
  orientation: ScreenOrientation;
  /** The square's name and district. */
  place: Scalars['String']['output'];
};

/** A display credential: issued once per screen, revocable. The secret is shown only once. */
export type ScreenCredential = {
  __typename?: 'ScreenCredential';
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  screenId: Scalars['ID']['output'];
};

/** A change for one screen. The emergency comes along; for content the screen fetches its snapshot. */
export type ScreenEvent = {
  __typename?: 'ScreenEvent';
  at: Scalars['DateTime']['output'];
  /** The emergency now in force for this screen (null: none). */
  emergency?: Maybe<Emergency>;
  kind: ScreenEventKind;
  screenId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type ScreenEventKind =
  | 'CONTENT_CHANGED'
  | 'EMERGENCY_ENDED'
  | 'EMERGENCY_PUBLISHED';

/** A screen's last heartbeat and whether it is offline (silent longer than asked). */
export type ScreenHealth = {
  __typename?: 'ScreenHealth';
  clientVersion?: Maybe<Scalars['String']['output']>;
  lastSeenAt?: Maybe<Scalars['DateTime']['output']>;
  online: Scalars['Boolean']['output'];
  screen: Screen;
  /** What the screen said it shows (an item id, emergency:<id>, or idle). */
  showing?: Maybe<Scalars['String']['output']>;
};

export type ScreenOrientation =
  | 'LANDSCAPE'
  | 'PORTRAIT';

/** What a screen shows now: the state a screen starts from and fetches after a reconnect. */
export type ScreenSnapshot = {
  __typename?: 'ScreenSnapshot';
  at: Scalars['DateTime']['output'];
  /** The item of the current airtime slot (10 s slots), null when nothing plays. */
  current?: Maybe<ContentItem>;
  /** An emergency in force for this screen wins over everything (the newest, DANGER before WARNING). */
  emergency?: Maybe<Emergency>;
  /** What plays now, highest priority first (empty while an emergency is in force). */
  playlist: Array<PlaylistEntry>;
  screen: Screen;
  /** Grows with every change the screens are told of; events carry it too. */
  version: Scalars['Int']['output'];
};

export type SubmitContentInput = {
  body: Scalars['String']['input'];
  imageUrl?: InputMaybe<Scalars['String']['input']>;
  screenIds: Array<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
  validFrom: Scalars['DateTime']['input'];
  validUntil: Scalars['DateTime']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** A screen's changes (emergencies replace everything); needs the screen's credential. */
  screenEvents: ScreenEvent;
};


export type SubscriptionScreenEventsArgs = {
  credential: Scalars['String']['input'];
  screenId: Scalars['ID']['input'];
};

export type TransitStop = {
  __typename?: 'TransitStop';
  id: Scalars['ID']['output'];
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
  ContentItem: ContentItem;
  Screen: Screen;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  ContentItem:
    ( { __typename: 'ContentItem' }
    & GraphQLRecursivePick<FederationTypes['ContentItem'], {"id":true}> );
  Screen:
    ( { __typename: 'Screen' }
    & GraphQLRecursivePick<FederationTypes['Screen'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ContentItem: ResolverTypeWrapper<ContentItemModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ContentStatus: ContentStatus;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Emergency: ResolverTypeWrapper<EmergencyModel>;
  EmergencySeverity: EmergencySeverity;
  FieldSet: ResolverTypeWrapper<Scalars['FieldSet']['output']>;
  HeartbeatInput: HeartbeatInput;
  IssuedScreenCredential: ResolverTypeWrapper<IssuedCredentialModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OfficeLocation: ResolverTypeWrapper<OfficeLocation>;
  PlaylistEntry: ResolverTypeWrapper<PlaylistEntryModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  PublishEmergencyInput: PublishEmergencyInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ScheduleRule: ResolverTypeWrapper<ScheduleRuleModel>;
  ScheduleRuleInput: ScheduleRuleInput;
  Screen: ResolverTypeWrapper<ScreenModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ScreenCredential: ResolverTypeWrapper<ScreenCredentialModel>;
  ScreenEvent: ResolverTypeWrapper<ScreenEventModel>;
  ScreenEventKind: ScreenEventKind;
  ScreenHealth: ResolverTypeWrapper<ScreenHealthModel>;
  ScreenOrientation: ScreenOrientation;
  ScreenSnapshot: ResolverTypeWrapper<ScreenSnapshotModel>;
  SubmitContentInput: SubmitContentInput;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TransitStop: ResolverTypeWrapper<TransitStop>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ContentItem: ContentItemModel;
  ID: Scalars['ID']['output'];
  DateTime: Scalars['DateTime']['output'];
  Emergency: EmergencyModel;
  FieldSet: Scalars['FieldSet']['output'];
  HeartbeatInput: HeartbeatInput;
  IssuedScreenCredential: IssuedCredentialModel;
  Mutation: Record<PropertyKey, never>;
  OfficeLocation: OfficeLocation;
  PlaylistEntry: PlaylistEntryModel;
  Int: Scalars['Int']['output'];
  PublishEmergencyInput: PublishEmergencyInput;
  Query: Record<PropertyKey, never>;
  ScheduleRule: ScheduleRuleModel;
  ScheduleRuleInput: ScheduleRuleInput;
  Screen: ScreenModel;
  Float: Scalars['Float']['output'];
  ScreenCredential: ScreenCredentialModel;
  ScreenEvent: ScreenEventModel;
  ScreenHealth: ScreenHealthModel;
  ScreenSnapshot: ScreenSnapshotModel;
  SubmitContentInput: SubmitContentInput;
  Subscription: Record<PropertyKey, never>;
  TransitStop: TransitStop;
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

export type ContentItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContentItem'] = ResolversParentTypes['ContentItem'], FederationReferenceType extends FederationReferenceTypes['ContentItem'] = FederationReferenceTypes['ContentItem']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ContentItem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imageUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  screenIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ContentStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EmergencyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Emergency'] = ResolversParentTypes['Emergency']> = {
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  screenIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['EmergencySeverity'], ParentType, ContextType>;
  sourceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  withdrawnAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export interface FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['FieldSet'], any> {
  name: 'FieldSet';
}

export type IssuedScreenCredentialResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IssuedScreenCredential'] = ResolversParentTypes['IssuedScreenCredential']> = {
  credential?: Resolver<ResolversTypes['ScreenCredential'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addScheduleRule?: Resolver<ResolversTypes['ScheduleRule'], ParentType, ContextType, RequireFields<MutationAddScheduleRuleArgs, 'input'>>;
  decideContent?: Resolver<ResolversTypes['ContentItem'], ParentType, ContextType, RequireFields<MutationDecideContentArgs, 'approve' | 'id'>>;
  issueScreenCredential?: Resolver<ResolversTypes['IssuedScreenCredential'], ParentType, ContextType, RequireFields<MutationIssueScreenCredentialArgs, 'screenId'>>;
  publishEmergency?: Resolver<ResolversTypes['Emergency'], ParentType, ContextType, RequireFields<MutationPublishEmergencyArgs, 'input'>>;
  removeScheduleRule?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveScheduleRuleArgs, 'id'>>;
  revokeScreenCredential?: Resolver<ResolversTypes['ScreenCredential'], ParentType, ContextType, RequireFields<MutationRevokeScreenCredentialArgs, 'id'>>;
  screenHeartbeat?: Resolver<ResolversTypes['ScreenHealth'], ParentType, ContextType, RequireFields<MutationScreenHeartbeatArgs, 'input'>>;
  submitContent?: Resolver<ResolversTypes['ContentItem'], ParentType, ContextType, RequireFields<MutationSubmitContentArgs, 'input'>>;
  withdrawEmergency?: Resolver<ResolversTypes['Emergency'], ParentType, ContextType, RequireFields<MutationWithdrawEmergencyArgs, 'id'>>;
};

export type OfficeLocationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfficeLocation'] = ResolversParentTypes['OfficeLocation']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PlaylistEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlaylistEntry'] = ResolversParentTypes['PlaylistEntry']> = {
  item?: Resolver<ResolversTypes['ContentItem'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sharePercent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  activeEmergencies?: Resolver<Array<ResolversTypes['Emergency']>, ParentType, ContextType>;
  contentItems?: Resolver<Array<ResolversTypes['ContentItem']>, ParentType, ContextType, Partial<QueryContentItemsArgs>>;
  scheduleRules?: Resolver<Array<ResolversTypes['ScheduleRule']>, ParentType, ContextType, RequireFields<QueryScheduleRulesArgs, 'screenId'>>;
  screen?: Resolver<Maybe<ResolversTypes['Screen']>, ParentType, ContextType, RequireFields<QueryScreenArgs, 'id'>>;
  screenCredentials?: Resolver<Array<ResolversTypes['ScreenCredential']>, ParentType, ContextType, RequireFields<QueryScreenCredentialsArgs, 'screenId'>>;
  screenHealth?: Resolver<Array<ResolversTypes['ScreenHealth']>, ParentType, ContextType, RequireFields<QueryScreenHealthArgs, 'offlineAfterSeconds'>>;
  screenSnapshot?: Resolver<ResolversTypes['ScreenSnapshot'], ParentType, ContextType, RequireFields<QueryScreenSnapshotArgs, 'credential' | 'screenId'>>;
  screens?: Resolver<Array<ResolversTypes['Screen']>, ParentType, ContextType>;
};

export type ScheduleRuleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScheduleRule'] = ResolversParentTypes['ScheduleRule']> = {
  endMinute?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  screenId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startMinute?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  weekdays?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ScreenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Screen'] = ResolversParentTypes['Screen'], FederationReferenceType extends FederationReferenceTypes['Screen'] = FederationReferenceTypes['Screen']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Screen']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nearestOffice?: Resolver<ResolversTypes['OfficeLocation'], ParentType, ContextType>;
  nearestStop?: Resolver<ResolversTypes['TransitStop'], ParentType, ContextType>;
  orientation?: Resolver<ResolversTypes['ScreenOrientation'], ParentType, ContextType>;
  place?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ScreenCredentialResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScreenCredential'] = ResolversParentTypes['ScreenCredential']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  screenId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ScreenEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScreenEvent'] = ResolversParentTypes['ScreenEvent']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  emergency?: Resolver<Maybe<ResolversTypes['Emergency']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ScreenEventKind'], ParentType, ContextType>;
  screenId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ScreenHealthResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScreenHealth'] = ResolversParentTypes['ScreenHealth']> = {
  clientVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastSeenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  online?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  screen?: Resolver<ResolversTypes['Screen'], ParentType, ContextType>;
  showing?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ScreenSnapshotResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScreenSnapshot'] = ResolversParentTypes['ScreenSnapshot']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  current?: Resolver<Maybe<ResolversTypes['ContentItem']>, ParentType, ContextType>;
  emergency?: Resolver<Maybe<ResolversTypes['Emergency']>, ParentType, ContextType>;
  playlist?: Resolver<Array<ResolversTypes['PlaylistEntry']>, ParentType, ContextType>;
  screen?: Resolver<ResolversTypes['Screen'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  screenEvents?: SubscriptionResolver<ResolversTypes['ScreenEvent'], "screenEvents", ParentType, ContextType, RequireFields<SubscriptionScreenEventsArgs, 'credential' | 'screenId'>>;
};

export type TransitStopResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TransitStop'] = ResolversParentTypes['TransitStop']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = Context> = {
  ContentItem?: ContentItemResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Emergency?: EmergencyResolvers<ContextType>;
  FieldSet?: GraphQLScalarType;
  IssuedScreenCredential?: IssuedScreenCredentialResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OfficeLocation?: OfficeLocationResolvers<ContextType>;
  PlaylistEntry?: PlaylistEntryResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ScheduleRule?: ScheduleRuleResolvers<ContextType>;
  Screen?: ScreenResolvers<ContextType>;
  ScreenCredential?: ScreenCredentialResolvers<ContextType>;
  ScreenEvent?: ScreenEventResolvers<ContextType>;
  ScreenHealth?: ScreenHealthResolvers<ContextType>;
  ScreenSnapshot?: ScreenSnapshotResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TransitStop?: TransitStopResolvers<ContextType>;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = Context> = {
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
