import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonalDataRef } from '@kaarst/kit';
import type { Account } from './prisma/client.ts';
import type { ApiKeyModel, AuditEntryModel, AuditLogModel } from '../models.ts';
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
  /** A JSON object (used for the personal-data export, whose parts each subgraph shapes). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  link__Import: { input: unknown; output: unknown; }
};

/** A deleted account. Every other subgraph erases its records on the account event log. */
export type AccountDeletion = {
  __typename?: 'AccountDeletion';
  accountId: Scalars['ID']['output'];
  deletedAt: Scalars['DateTime']['output'];
};

/**
 * A key for a third-party or open-data application. Send it as `X-API-Key: <key>`:
 * requests with a valid key may run any document (not only the portal's registered
 * ones) and are rate-limited per key.
 */
export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTime']['output'];
  /** The last characters of the key, to tell keys apart (the hub keeps no copy of the key). */
  hint: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** What the application is called, for its owner and for staff. */
  name: Scalars['String']['output'];
  owner: Citizen;
  /** Requests per minute the key may make; more get RATE_LIMITED. */
  ratePerMinute: Scalars['Int']['output'];
  /** Set once the key is revoked; gateways refuse it within seconds. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
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

/**
 * The audit log for one filter: each subgraph adds the entries it recorded
 * (citizens: accounts and API keys; appointments: staff access to bookings).
 */
export type AuditLog = {
  __typename?: 'AuditLog';
  /** API keys issued and revoked. */
  citizens: Array<AuditEntry>;
  /** The filter, encoded. */
  id: Scalars['ID']['output'];
};

/**
 * A person with an account at the hub: a citizen of Kaarst or a member of staff.
 * Other subgraphs refer to it by id (e.g. Appointment.citizen).
 */
export type Citizen = {
  __typename?: 'Citizen';
  /** For staff: the department they work in, e.g. buergerbuero. */
  department?: Maybe<Scalars['String']['output']>;
  /** The name shown in the portal and to staff. */
  displayName: Scalars['String']['output'];
  /** Only the person themselves and staff see it. */
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  roles: Array<Role>;
};

export type IssueApiKeyInput = {
  name: Scalars['String']['input'];
  /** Staff and admins only: issue the key to another account (default: yourself). */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Staff and admins only: a higher rate (self-service keys get 60 per minute). */
  ratePerMinute?: InputMaybe<Scalars['Int']['input']>;
};

/** A newly issued key: the only time the key itself is shown. */
export type IssuedApiKey = {
  __typename?: 'IssuedApiKey';
  apiKey: ApiKey;
  key: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Deletes the signed-in citizen's account: at once here, and in every other subgraph
   * (appointments cancelled, requests anonymised) within seconds. `confirmEmail` must be
   * the account's email. Deleting twice gives the first deletion back.
   */
  deleteMyAccount: AccountDeletion;
  /** Issues an API key; a citizen may hold at most 5 active keys of their own. */
  issueApiKey: IssuedApiKey;
  /**
   * "Passwort vergessen?": mails a link to set a new password to this address, if an account
   * has it. The answer is the same (true) for every address, so nobody learns whether an account
   * exists. The link holds a token valid once, for 30 minutes. RATE_LIMITED after 3 requests for
   * one address or 10 from one client address within an hour. MAIL_NOT_CONFIGURED when this hub has no mail server.
   */
  requestPasswordReset: Scalars['Boolean']['output'];
  /**
   * Sets a new password with the token from the reset link, and ends the account's other
   * sessions. The password must be as strong as at signUp (BAD_USER_INPUT, reason
   * PASSWORD_TOO_WEAK). A token used already, expired or unknown gives INVALID_RESET_TOKEN
   * (extensions.reason: USED, EXPIRED or UNKNOWN).
   */
  resetPassword: Scalars['Boolean']['output'];
  /** Revokes a key (its owner, staff or admins); revoking twice changes nothing. */
  revokeApiKey: ApiKey;
  /** Signs in with email and password. Wrong credentials give UNAUTHENTICATED. */
  signIn: Session;
  /** Opens a citizen's account and signs it in. A taken email gives CONFLICT. */
  signUp: Session;
};


export type MutationDeleteMyAccountArgs = {
  confirmEmail: Scalars['String']['input'];
};


export type MutationIssueApiKeyArgs = {
  input: IssueApiKeyInput;
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationResetPasswordArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};

/**
 * Everything the hub holds about one person (GDPR Art. 15 and 20), one part per
 * subgraph: query all of its fields to get the whole archive as one JSON document.
 */
export type PersonalData = {
  __typename?: 'PersonalData';
  accountId: Scalars['ID']['output'];
  /** The account, its API keys and the person's own actions in the audit log. */
  citizens: Scalars['JSONObject']['output'];
  /** When this copy was made. */
  generatedAt: Scalars['DateTime']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** All API keys (staff and admins), optionally of one owner. */
  apiKeys: Array<ApiKey>;
  /** The audit log (admins only), newest first; `first` is at most 200 per subgraph. */
  auditLog: AuditLog;
  /** Ids of deleted accounts; gateways fetch this list to refuse their sessions and keys (gateways only). */
  deletedAccountIds: Array<Scalars['ID']['output']>;
  /** The signed-in person; null when nobody is signed in. */
  me?: Maybe<Citizen>;
  /** The signed-in person's API keys, newest first. */
  myApiKeys: Array<ApiKey>;
  /** Everything the hub holds about the signed-in person (all subgraphs). */
  myPersonalData: PersonalData;
  /** Ids of revoked API keys; gateways fetch this list to refuse them (gateways only, not in the public API). */
  revokedApiKeyIds: Array<Scalars['ID']['output']>;
  /** Accounts whose earlier sessions were ended within a session's lifetime (gateways only). */
  sessionCutoffs: Array<SessionCutoff>;
};


export type QueryApiKeysArgs = {
  includeRevoked?: InputMaybe<Scalars['Boolean']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryAuditLogArgs = {
  actorId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  recordId?: InputMaybe<Scalars['String']['input']>;
  recordType?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

/** What a person may do at the hub. */
export type Role =
  | 'ADMIN'
  | 'CITIZEN'
  /** A city information display: reads public data, changes nothing. */
  | 'DISPLAY'
  /** A bus driver: sees pickup requests for their trips. */
  | 'DRIVER'
  /** A ticket kiosk at an office's entrance: draws walk-in tickets, nothing else. */
  | 'KIOSK'
  /** A Kaarst Pass partner: manages their own offers. */
  | 'PARTNER'
  | 'STAFF';

/** A signed-in session: send the token as `Authorization: Bearer <token>`. */
export type Session = {
  __typename?: 'Session';
  citizen: Citizen;
  expiresAt: Scalars['DateTime']['output'];
  token: Scalars['String']['output'];
};

/**
 * An account whose sessions issued before `validFrom` are ended (by a password reset).
 * For the gateways only, which refuse such sessions.
 */
export type SessionCutoff = {
  __typename?: 'SessionCutoff';
  accountId: Scalars['ID']['output'];
  validFrom: Scalars['DateTime']['output'];
};

export type SignUpInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  /** At least 10 characters. */
  password: Scalars['String']['input'];
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
  ApiKey: ApiKey;
  AuditLog: AuditLog;
  Citizen: Citizen;
  PersonalData: PersonalData;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  ApiKey:
    ( { __typename: 'ApiKey' }
    & GraphQLRecursivePick<FederationTypes['ApiKey'], {"id":true}> );
  AuditLog:
    ( { __typename: 'AuditLog' }
    & GraphQLRecursivePick<FederationTypes['AuditLog'], {"id":true}> );
  Citizen:
    ( { __typename: 'Citizen' }
    & GraphQLRecursivePick<FederationTypes['Citizen'], {"id":true}> );
  PersonalData:
    ( { __typename: 'PersonalData' }
    & GraphQLRecursivePick<FederationTypes['PersonalData'], {"accountId":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccountDeletion: ResolverTypeWrapper<AccountDeletion>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ApiKey: ResolverTypeWrapper<ApiKeyModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AuditEntry: ResolverTypeWrapper<AuditEntryModel>;
  AuditLog: ResolverTypeWrapper<AuditLogModel>;
  Citizen: ResolverTypeWrapper<Account>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  FieldSet: ResolverTypeWrapper<Scalars['FieldSet']['output']>;
  IssueApiKeyInput: IssueApiKeyInput;
  IssuedApiKey: ResolverTypeWrapper<Omit<IssuedApiKey, 'apiKey'> & { apiKey: ResolversTypes['ApiKey'] }>;
  JSONObject: ResolverTypeWrapper<Scalars['JSONObject']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PersonalData: ResolverTypeWrapper<PersonalDataRef>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: Role;
  Session: ResolverTypeWrapper<Omit<Session, 'citizen'> & { citizen: ResolversTypes['Citizen'] }>;
  SessionCutoff: ResolverTypeWrapper<SessionCutoff>;
  SignUpInput: SignUpInput;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccountDeletion: AccountDeletion;
  ID: Scalars['ID']['output'];
  ApiKey: ApiKeyModel;
  Int: Scalars['Int']['output'];
  AuditEntry: AuditEntryModel;
  AuditLog: AuditLogModel;
  Citizen: Account;
  DateTime: Scalars['DateTime']['output'];
  FieldSet: Scalars['FieldSet']['output'];
  IssueApiKeyInput: IssueApiKeyInput;
  IssuedApiKey: Omit<IssuedApiKey, 'apiKey'> & { apiKey: ResolversParentTypes['ApiKey'] };
  JSONObject: Scalars['JSONObject']['output'];
  Mutation: Record<PropertyKey, never>;
  PersonalData: PersonalDataRef;
  Query: Record<PropertyKey, never>;
  Session: Omit<Session, 'citizen'> & { citizen: ResolversParentTypes['Citizen'] };
  SessionCutoff: SessionCutoff;
  SignUpInput: SignUpInput;
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

export type AccountDeletionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccountDeletion'] = ResolversParentTypes['AccountDeletion']> = {
  accountId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  deletedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ApiKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey'], FederationReferenceType extends FederationReferenceTypes['ApiKey'] = FederationReferenceTypes['ApiKey']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ApiKey']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  hint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['Citizen'], ParentType, ContextType>;
  ratePerMinute?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
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
  citizens?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CitizenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Citizen'] = ResolversParentTypes['Citizen'], FederationReferenceType extends FederationReferenceTypes['Citizen'] = FederationReferenceTypes['Citizen']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Citizen']> | FederationReferenceType, FederationReferenceType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['FieldSet'], any> {
  name: 'FieldSet';
}

export type IssuedApiKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IssuedApiKey'] = ResolversParentTypes['IssuedApiKey']> = {
  apiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface JsonObjectScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONObject'], any> {
  name: 'JSONObject';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  deleteMyAccount?: Resolver<ResolversTypes['AccountDeletion'], ParentType, ContextType, RequireFields<MutationDeleteMyAccountArgs, 'confirmEmail'>>;
  issueApiKey?: Resolver<ResolversTypes['IssuedApiKey'], ParentType, ContextType, RequireFields<MutationIssueApiKeyArgs, 'input'>>;
  requestPasswordReset?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRequestPasswordResetArgs, 'email'>>;
  resetPassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'newPassword' | 'token'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  signIn?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'email' | 'password'>>;
  signUp?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationSignUpArgs, 'input'>>;
};

export type PersonalDataResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonalData'] = ResolversParentTypes['PersonalData'], FederationReferenceType extends FederationReferenceTypes['PersonalData'] = FederationReferenceTypes['PersonalData']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PersonalData']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accountId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  citizens?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  generatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  apiKeys?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType, RequireFields<QueryApiKeysArgs, 'includeRevoked'>>;
  auditLog?: Resolver<ResolversTypes['AuditLog'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  deletedAccountIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  me?: Resolver<Maybe<ResolversTypes['Citizen']>, ParentType, ContextType>;
  myApiKeys?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  myPersonalData?: Resolver<ResolversTypes['PersonalData'], ParentType, ContextType>;
  revokedApiKeyIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  sessionCutoffs?: Resolver<Array<ResolversTypes['SessionCutoff']>, ParentType, ContextType>;
};

export type SessionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session']> = {
  citizen?: Resolver<ResolversTypes['Citizen'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SessionCutoffResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SessionCutoff'] = ResolversParentTypes['SessionCutoff']> = {
  accountId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = Context> = {
  AccountDeletion?: AccountDeletionResolvers<ContextType>;
  ApiKey?: ApiKeyResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditLog?: AuditLogResolvers<ContextType>;
  Citizen?: CitizenResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  FieldSet?: GraphQLScalarType;
  IssuedApiKey?: IssuedApiKeyResolvers<ContextType>;
  JSONObject?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PersonalData?: PersonalDataResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  SessionCutoff?: SessionCutoffResolvers<ContextType>;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = Context> = {
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
