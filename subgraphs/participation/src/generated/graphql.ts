import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonalDataRef } from '@kaarst/kit';
import type { ProcessModel, ProposalModel, CommentModel, BudgetModel, BudgetProjectModel, AuditEntryModel, AuditLogModel, ProposalStatusEventModel, SuggestionModel, CouncilRefModel, SurveyModel, SurveyQuestionModel, SurveyQuestionResultModel } from '../models.ts';
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
  /** Verifications, letter codes, answers, moderation, paper ballots, phase changes. */
  participation: Array<AuditEntry>;
};

/** What a ballot being filled in costs, and what is left (asked while choosing). */
export type BallotPreview = {
  __typename?: 'BallotPreview';
  cost: Scalars['Int']['output'];
  count: Scalars['Int']['output'];
  /** At most this many projects (APPROVAL) or null. */
  maxApprovals?: Maybe<Scalars['Int']['output']>;
  /** Why not valid, in German. */
  problem?: Maybe<Scalars['String']['output']>;
  remaining: Scalars['Int']['output'];
  valid: Scalars['Boolean']['output'];
};

/** KNAPSACK: choose projects costing at most the budget; APPROVAL: choose at most maxApprovals projects. */
export type BallotStyle =
  | 'APPROVAL'
  | 'KNAPSACK';

export type BudgetInput = {
  maxApprovals?: InputMaybe<Scalars['Int']['input']>;
  minimumAge: Scalars['Int']['input'];
  rule: WinnerRule;
  style: BallotStyle;
  title: Scalars['String']['input'];
  total: Scalars['Int']['input'];
};

export type BudgetPhase =
  | 'COLLECT'
  | 'RESULT'
  | 'REVIEW'
  | 'VOTE';

export type BudgetProject = {
  __typename?: 'BudgetProject';
  /** Whole euros. */
  cost: Scalars['Int']['output'];
  description: Scalars['String']['output'];
  district: Scalars['String']['output'];
  feasible: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type BudgetProjectInput = {
  budgetId: Scalars['ID']['input'];
  cost: Scalars['Int']['input'];
  description: Scalars['String']['input'];
  district: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type BudgetResult = {
  __typename?: 'BudgetResult';
  /** The budget's published rule. */
  official: Scalars['Boolean']['output'];
  projects: Array<ProjectResult>;
  rule: WinnerRule;
  selectedCost: Scalars['Int']['output'];
};

export type BudgetResults = {
  __typename?: 'BudgetResults';
  equalShares: BudgetResult;
  greedy: BudgetResult;
};

export type Comment = {
  __typename?: 'Comment';
  /** null while hidden or removed by moderation. */
  body?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  mine: Scalars['Boolean']['output'];
  moderation: ModerationState;
  replies: Array<Comment>;
};

export type ContributionType =
  | 'COMMENT'
  | 'PROPOSAL';

export type CouncilAgendaItem = {
  __typename?: 'CouncilAgendaItem';
  id: Scalars['ID']['output'];
};

export type CouncilOrganization = {
  __typename?: 'CouncilOrganization';
  id: Scalars['ID']['output'];
};

export type GeoPoint = {
  __typename?: 'GeoPoint';
  latitude: Scalars['Float']['output'];
  longitude: Scalars['Float']['output'];
};

/** A letter code, shown once to staff for printing; only its SHA-256 is stored. */
export type IssuedLetterCode = {
  __typename?: 'IssuedLetterCode';
  code: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
};

export type ModerationDecision =
  /** Remove it for good. */
  | 'REMOVE'
  /** Show it again (the reports were unfounded). */
  | 'RESTORE';

export type ModerationItem = {
  __typename?: 'ModerationItem';
  id: Scalars['ID']['output'];
  moderation: ModerationState;
  reasons: Array<Scalars['String']['output']>;
  reportCount: Scalars['Int']['output'];
  /** What was reported (the moderator sees it while hidden). */
  text: Scalars['String']['output'];
  type: ContributionType;
};

/** Whether a contribution is shown: HIDDEN after enough reports until a moderator decides, REMOVED by a moderator. */
export type ModerationState =
  | 'HIDDEN'
  | 'REMOVED'
  | 'VISIBLE';

export type Mutation = {
  __typename?: 'Mutation';
  addBudgetProject: BudgetProject;
  /** Any signed-in person comments (1 to 5,000 characters), or replies to a comment of the same proposal. */
  addComment: Comment;
  /** Staff give the official answer (REJECTED needs reasons); followers hear of it at once. */
  answerProposal: Proposal;
  /** One answer per person and survey (CONFLICT, reason ALREADY_ANSWERED, for a second). */
  answerSurvey: Scalars['Boolean']['output'];
  /** A verified resident's one ballot (CONFLICT, reason ALREADY_VOTED, for a second). */
  castBallot: Scalars['Boolean']['output'];
  createParticipatoryBudget: ParticipatoryBudget;
  createProcess: Process;
  /** A verified resident of the process's minimum age proposes. */
  createProposal: Proposal;
  /** Staff make a survey (a DRAFT until opened). */
  createSurvey: Survey;
  /**
   * Staff enter a paper or counter ballot of a verified resident (verified in person first when
   * needed): the same one-ballot rule as online (CONFLICT for a second, on paper or online).
   */
  enterPaperBallot: Scalars['Boolean']['output'];
  followProposal: Proposal;
  /**
   * Staff hand a suggestion to the responsible committee and, once it is on an agenda, name the
   * agenda item (status HANDED_OVER, then SCHEDULED); audited.
   */
  handOverSuggestion: Suggestion;
  /** Staff make a one-time code for a letter to the account's registered address (shown once). */
  issueVerificationLetter: IssuedLetterCode;
  moderateContribution: ModerationItem;
  /** Staff record the committee's decision (status DECIDED; only after it was handed over); audited. */
  recordSuggestionDecision: Suggestion;
  /** The resident types the code from the letter. */
  redeemVerificationCode: ParticipationStatus;
  /** Report a contribution (once per person); after enough reports it is hidden until a moderator decides. */
  reportContribution: Scalars['Boolean']['output'];
  /** Phases only move forward: COLLECT, REVIEW, VOTE, RESULT. */
  setBudgetPhase: ParticipatoryBudget;
  /** REVIEW: staff mark projects not feasible (they leave the ballot). */
  setBudgetProjectFeasible: BudgetProject;
  setProcessPhase: Process;
  /** Phases only move forward: DRAFT, OPEN, CLOSED. */
  setSurveyPhase: Survey;
  /** § 24 GO NRW: submit a suggestion or complaint to the council; acknowledged at once with its reference. */
  submitSuggestion: Suggestion;
  /** One support per verified person (CONFLICT, reason ALREADY_SUPPORTED, for a second). */
  supportProposal: Proposal;
  /** Staff confirm a resident in person at the Bürgerbüro (identity card seen). */
  verifyResidentInPerson: ParticipationStatus;
};


export type MutationAddBudgetProjectArgs = {
  input: BudgetProjectInput;
};


export type MutationAddCommentArgs = {
  body: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
  proposalId: Scalars['ID']['input'];
};


export type MutationAnswerProposalArgs = {
  input: ProposalAnswerInput;
};


export type MutationAnswerSurveyArgs = {
  answers: Array<SurveyAnswerInput>;
  surveyId: Scalars['ID']['input'];
};


export type MutationCastBallotArgs = {
  budgetId: Scalars['ID']['input'];
  projectIds: Array<Scalars['ID']['input']>;
};


export type MutationCreateParticipatoryBudgetArgs = {
  input: BudgetInput;
};


export type MutationCreateProcessArgs = {
  input: ProcessInput;
};


export type MutationCreateProposalArgs = {
  input: ProposalInput;
};


export type MutationCreateSurveyArgs = {
  input: SurveyInput;
};


export type MutationEnterPaperBallotArgs = {
  budgetId: Scalars['ID']['input'];
  projectIds: Array<Scalars['ID']['input']>;
  voterAccountId: Scalars['ID']['input'];
};


export type MutationFollowProposalArgs = {
  follow: Scalars['Boolean']['input'];
  proposalId: Scalars['ID']['input'];
};


export type MutationHandOverSuggestionArgs = {
  input: SuggestionHandOverInput;
};


export type MutationIssueVerificationLetterArgs = {
  accountId: Scalars['ID']['input'];
  birthDate: Scalars['String']['input'];
};


export type MutationModerateContributionArgs = {
  decision: ModerationDecision;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  type: ContributionType;
};


export type MutationRecordSuggestionDecisionArgs = {
  decision: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationRedeemVerificationCodeArgs = {
  code: Scalars['String']['input'];
};


export type MutationReportContributionArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  type: ContributionType;
};


export type MutationSetBudgetPhaseArgs = {
  id: Scalars['ID']['input'];
  phase: BudgetPhase;
};


export type MutationSetBudgetProjectFeasibleArgs = {
  feasible: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSetProcessPhaseArgs = {
  id: Scalars['ID']['input'];
  phase: ProcessPhase;
};


export type MutationSetSurveyPhaseArgs = {
  id: Scalars['ID']['input'];
  phase: SurveyPhase;
};


export type MutationSubmitSuggestionArgs = {
  input: SuggestionInput;
};


export type MutationSupportProposalArgs = {
  proposalId: Scalars['ID']['input'];
};


export type MutationVerifyResidentInPersonArgs = {
  accountId: Scalars['ID']['input'];
  birthDate: Scalars['String']['input'];
};

/** What the signed-in person may do in participation. */
export type ParticipationStatus = {
  __typename?: 'ParticipationStatus';
  method?: Maybe<VerificationMethod>;
  /** A verified Kaarst resident may support proposals and vote. */
  verified: Scalars['Boolean']['output'];
  verifiedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A participatory budget; its winner rule is published before voting opens and fixed from then on. */
export type ParticipatoryBudget = {
  __typename?: 'ParticipatoryBudget';
  /** Ballots cast: only in RESULT, when the counts are public. */
  ballotCount?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  maxApprovals?: Maybe<Scalars['Int']['output']>;
  minimumAge: Scalars['Int']['output'];
  /** The instance and its ballots in the Pabulib .pb format (pabulib.org), for recounting; only in RESULT. */
  pabulib?: Maybe<Scalars['String']['output']>;
  phase: BudgetPhase;
  /** Projects on the ballot (feasible ones; staff see all). */
  projects: Array<BudgetProject>;
  /** Results by both rules, the published one marked; only in RESULT. */
  results?: Maybe<BudgetResults>;
  rule: WinnerRule;
  style: BallotStyle;
  title: Scalars['String']['output'];
  /** Whole euros. */
  total: Scalars['Int']['output'];
  /** The signed-in person has voted (null when nobody is signed in). */
  votedByMe?: Maybe<Scalars['Boolean']['output']>;
};

/** Everything the hub holds about one person (see citizens' Query.myPersonalData). */
export type PersonalData = {
  __typename?: 'PersonalData';
  accountId: Scalars['ID']['output'];
  /** Their verification, proposals, comments, supports, follows, reports, suggestions, and whether they voted or answered a survey (never what). */
  participation: Scalars['JSONObject']['output'];
};

/** A participation process (e.g. 'Ideen für die Innenstadt'): proposals are made and supported while it is OPEN. */
export type Process = {
  __typename?: 'Process';
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Supporting needs this age (from the verified birth date). */
  minimumAge: Scalars['Int']['output'];
  phase: ProcessPhase;
  /** Visible proposals, newest first. */
  proposals: Array<Proposal>;
  /** Supports after which the town must answer a proposal. */
  supportThreshold: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};


/** A participation process (e.g. 'Ideen für die Innenstadt'): proposals are made and supported while it is OPEN. */
export type ProcessProposalsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ProcessInput = {
  description: Scalars['String']['input'];
  minimumAge: Scalars['Int']['input'];
  supportThreshold: Scalars['Int']['input'];
  title: Scalars['String']['input'];
};

export type ProcessPhase =
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN';

export type ProjectResult = {
  __typename?: 'ProjectResult';
  project: BudgetProject;
  /** Chosen by the winner rule of this result. */
  selected: Scalars['Boolean']['output'];
  votes: Scalars['Int']['output'];
};

export type Proposal = {
  __typename?: 'Proposal';
  /** The town's official answer (a rejection always has its reasons here). */
  answer?: Maybe<Scalars['String']['output']>;
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  body: Scalars['String']['output'];
  category: Scalars['String']['output'];
  /** Top-level comments, oldest first; each with its replies. */
  comments: Array<Comment>;
  createdAt: Scalars['DateTime']['output'];
  district: Scalars['String']['output'];
  /** The signed-in person follows it (and hears of its new status). */
  followedByMe: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  location?: Maybe<GeoPoint>;
  /** The signed-in person wrote it. */
  mine: Scalars['Boolean']['output'];
  moderation: ModerationState;
  process: Process;
  status: ProposalStatus;
  supportCount: Scalars['Int']['output'];
  /** The signed-in person supports it. */
  supportedByMe: Scalars['Boolean']['output'];
  /** Reached the process's threshold: the town must answer. */
  thresholdReached: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
};

export type ProposalAnswerInput = {
  /** Required for REJECTED (the reasons), optional otherwise. */
  answer?: InputMaybe<Scalars['String']['input']>;
  proposalId: Scalars['ID']['input'];
  status: ProposalStatus;
};

export type ProposalInput = {
  /** 10 to 10,000 characters. */
  body: Scalars['String']['input'];
  category: Scalars['String']['input'];
  district: Scalars['String']['input'];
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  processId: Scalars['ID']['input'];
  /** 3 to 200 characters. */
  title: Scalars['String']['input'];
};

export type ProposalStatus =
  | 'ACCEPTED'
  | 'IMPLEMENTED'
  | 'PUBLISHED'
  | 'REJECTED'
  | 'UNDER_REVIEW';

/** A followed proposal got a new status (an official answer). */
export type ProposalStatusEvent = {
  __typename?: 'ProposalStatusEvent';
  answer?: Maybe<Scalars['String']['output']>;
  proposal: Proposal;
  status: ProposalStatus;
};

export type Query = {
  __typename?: 'Query';
  /** Cost, count and what is left for a ballot being filled in (no sign-in needed; nothing is stored). */
  ballotPreview: BallotPreview;
  /** Reported contributions, most reports first (staff). */
  moderationQueue: Array<ModerationItem>;
  /** What the signed-in person may do. */
  myParticipation: ParticipationStatus;
  /** The signed-in person's suggestions and complaints (§ 24 GO NRW), newest first. */
  mySuggestions: Array<Suggestion>;
  /** Processes that are not drafts (public). */
  participationProcesses: Array<Process>;
  participatoryBudget?: Maybe<ParticipatoryBudget>;
  participatoryBudgets: Array<ParticipatoryBudget>;
  process?: Maybe<Process>;
  /** A proposal; hidden or removed ones only for moderators and the author. */
  proposal?: Maybe<Proposal>;
  /** Proposals over their threshold still without an official answer (staff). */
  proposalsAwaitingAnswer: Array<Proposal>;
  /** One suggestion: its author and staff only (NOT_FOUND for anybody else). */
  suggestion?: Maybe<Suggestion>;
  /** Suggestions and complaints for staff, oldest first, optionally of one status. */
  suggestionQueue: Array<Suggestion>;
  survey?: Maybe<Survey>;
  /** Surveys that are not drafts (staff see all), newest first. */
  surveys: Array<Survey>;
};


export type QueryBallotPreviewArgs = {
  budgetId: Scalars['ID']['input'];
  projectIds: Array<Scalars['ID']['input']>;
};


export type QueryParticipatoryBudgetArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProcessArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProposalArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySuggestionArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySuggestionQueueArgs = {
  status?: InputMaybe<SuggestionStatus>;
};


export type QuerySurveyArgs = {
  id: Scalars['ID']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** New statuses of the proposals the signed-in person follows. */
  followedProposalStatusChanged: ProposalStatusEvent;
  /** A proposal's support count as it changes (public). */
  supportCountChanged: SupportCountEvent;
};


export type SubscriptionSupportCountChangedArgs = {
  proposalId: Scalars['ID']['input'];
};

/**
 * A suggestion or complaint under § 24 GO NRW: every inhabitant may address the council. Only its
 * author and staff see it.
 */
export type Suggestion = {
  __typename?: 'Suggestion';
  /** The agenda item of the council meeting that deals with it (with its meeting, through the graph). */
  agendaItem?: Maybe<CouncilAgendaItem>;
  body: Scalars['String']['output'];
  /** The responsible committee it was handed to (the council subgraph's Organization). */
  committee?: Maybe<CouncilOrganization>;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The committee's decision, as recorded by staff. */
  decision?: Maybe<Scalars['String']['output']>;
  handedOverAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: SuggestionKind;
  /** The signed-in person submitted it. */
  mine: Scalars['Boolean']['output'];
  /** When it was received and acknowledged. */
  receivedAt: Scalars['DateTime']['output'];
  /** The acknowledgement's reference, e.g. A24-2026-0007. */
  reference: Scalars['String']['output'];
  status: SuggestionStatus;
  subject: Scalars['String']['output'];
};

export type SuggestionHandOverInput = {
  /** The agenda item that deals with it (CouncilAgendaItem.id), once it is on an agenda. */
  agendaItemId?: InputMaybe<Scalars['ID']['input']>;
  /** The committee's id in the council subgraph (CouncilOrganization.id). */
  committeeId: Scalars['ID']['input'];
  suggestionId: Scalars['ID']['input'];
};

export type SuggestionInput = {
  /** 10 to 10,000 characters. */
  body: Scalars['String']['input'];
  /** Sent again with the same key, the first submission is answered (no second one). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  kind: SuggestionKind;
  /** 3 to 200 characters. */
  subject: Scalars['String']['input'];
};

/** § 24 GO NRW: a suggestion (Anregung) or a complaint (Beschwerde) addressed to the council. */
export type SuggestionKind =
  | 'COMPLAINT'
  | 'SUGGESTION';

/** RECEIVED (acknowledged at once), HANDED_OVER to the responsible committee, SCHEDULED on a meeting's agenda, DECIDED. */
export type SuggestionStatus =
  | 'DECIDED'
  | 'HANDED_OVER'
  | 'RECEIVED'
  | 'SCHEDULED';

/** A support count changed. */
export type SupportCountEvent = {
  __typename?: 'SupportCountEvent';
  proposalId: Scalars['ID']['output'];
  supportCount: Scalars['Int']['output'];
  thresholdReached: Scalars['Boolean']['output'];
};

/** A questionnaire: one answer per person (signed in; verified residents only when it says so). */
export type Survey = {
  __typename?: 'Survey';
  /** The signed-in person has answered (null when nobody is signed in). */
  answeredByMe?: Maybe<Scalars['Boolean']['output']>;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  phase: SurveyPhase;
  questions: Array<SurveyQuestion>;
  /** Answers so far: public once the survey is CLOSED, for staff always. */
  responseCount?: Maybe<Scalars['Int']['output']>;
  /** Results: public once the survey is CLOSED, for staff always. */
  results?: Maybe<Array<SurveyQuestionResult>>;
  title: Scalars['String']['output'];
  /** Only verified Kaarst residents may answer. */
  verifiedOnly: Scalars['Boolean']['output'];
};

/** One question's answer: optionIds for choices, value for a scale, text for free text. */
export type SurveyAnswerInput = {
  optionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  questionId: Scalars['ID']['input'];
  text?: InputMaybe<Scalars['String']['input']>;
  value?: InputMaybe<Scalars['Int']['input']>;
};

/** How often a choice (or a scale value) was answered. */
export type SurveyCount = {
  __typename?: 'SurveyCount';
  count: Scalars['Int']['output'];
  label: Scalars['String']['output'];
  /** The option's id (null for a scale value). */
  optionId?: Maybe<Scalars['ID']['output']>;
};

export type SurveyInput = {
  description: Scalars['String']['input'];
  /** 1 to 50 questions, in order. */
  questions: Array<SurveyQuestionInput>;
  title: Scalars['String']['input'];
  verifiedOnly?: Scalars['Boolean']['input'];
};

export type SurveyOption = {
  __typename?: 'SurveyOption';
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
};

export type SurveyPhase =
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN';

export type SurveyQuestion = {
  __typename?: 'SurveyQuestion';
  id: Scalars['ID']['output'];
  kind: SurveyQuestionKind;
  /** SINGLE_CHOICE and MULTIPLE_CHOICE: the choices in order. */
  options: Array<SurveyOption>;
  position: Scalars['Int']['output'];
  required: Scalars['Boolean']['output'];
  scaleMax?: Maybe<Scalars['Int']['output']>;
  /** SCALE: the lowest and highest value (e.g. 1 to 5). */
  scaleMin?: Maybe<Scalars['Int']['output']>;
  text: Scalars['String']['output'];
};

export type SurveyQuestionInput = {
  kind: SurveyQuestionKind;
  /** Choices (2 to 20) for SINGLE_CHOICE and MULTIPLE_CHOICE. */
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  required?: Scalars['Boolean']['input'];
  scaleMax?: InputMaybe<Scalars['Int']['input']>;
  scaleMin?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};

export type SurveyQuestionKind =
  | 'FREE_TEXT'
  | 'MULTIPLE_CHOICE'
  | 'SCALE'
  | 'SINGLE_CHOICE';

export type SurveyQuestionResult = {
  __typename?: 'SurveyQuestionResult';
  /** People who answered this question. */
  answered: Scalars['Int']['output'];
  /** Choices in order, or each scale value from scaleMin to scaleMax. */
  counts: Array<SurveyCount>;
  /** SCALE: the mean value. */
  mean?: Maybe<Scalars['Float']['output']>;
  question: SurveyQuestion;
  /** FREE_TEXT: the texts (staff only; null for everybody else, as they may name people). */
  texts?: Maybe<Array<Scalars['String']['output']>>;
};

/** How a resident was verified: at the Bürgerbüro in person, or by the one-time code of a letter. */
export type VerificationMethod =
  | 'IN_PERSON'
  | 'LETTER';

/** GREEDY: by votes while the money lasts; EQUAL_SHARES: the Method of Equal Shares (completed by greedy). */
export type WinnerRule =
  | 'EQUAL_SHARES'
  | 'GREEDY';



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
  ParticipatoryBudget: ParticipatoryBudget;
  PersonalData: PersonalData;
  Process: Process;
  Proposal: Proposal;
  Suggestion: Suggestion;
  Survey: Survey;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  AuditLog:
    ( { __typename: 'AuditLog' }
    & GraphQLRecursivePick<FederationTypes['AuditLog'], {"id":true}> );
  ParticipatoryBudget:
    ( { __typename: 'ParticipatoryBudget' }
    & GraphQLRecursivePick<FederationTypes['ParticipatoryBudget'], {"id":true}> );
  PersonalData:
    ( { __typename: 'PersonalData' }
    & GraphQLRecursivePick<FederationTypes['PersonalData'], {"accountId":true}> );
  Process:
    ( { __typename: 'Process' }
    & GraphQLRecursivePick<FederationTypes['Process'], {"id":true}> );
  Proposal:
    ( { __typename: 'Proposal' }
    & GraphQLRecursivePick<FederationTypes['Proposal'], {"id":true}> );
  Suggestion:
    ( { __typename: 'Suggestion' }
    & GraphQLRecursivePick<FederationTypes['Suggestion'], {"id":true}> );
  Survey:
    ( { __typename: 'Survey' }
    & GraphQLRecursivePick<FederationTypes['Survey'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AuditEntry: ResolverTypeWrapper<AuditEntryModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditLog: ResolverTypeWrapper<AuditLogModel>;
  BallotPreview: ResolverTypeWrapper<BallotPreview>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  BallotStyle: BallotStyle;
  BudgetInput: BudgetInput;
  BudgetPhase: BudgetPhase;
  BudgetProject: ResolverTypeWrapper<BudgetProjectModel>;
  BudgetProjectInput: BudgetProjectInput;
  BudgetResult: ResolverTypeWrapper<Omit<BudgetResult, 'projects'> & { projects: Array<ResolversTypes['ProjectResult']> }>;
  BudgetResults: ResolverTypeWrapper<Omit<BudgetResults, 'equalShares' | 'greedy'> & { equalShares: ResolversTypes['BudgetResult'], greedy: ResolversTypes['BudgetResult'] }>;
  Comment: ResolverTypeWrapper<CommentModel>;
  ContributionType: ContributionType;
  CouncilAgendaItem: ResolverTypeWrapper<CouncilRefModel>;
  CouncilOrganization: ResolverTypeWrapper<CouncilRefModel>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  FieldSet: ResolverTypeWrapper<Scalars['FieldSet']['output']>;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  IssuedLetterCode: ResolverTypeWrapper<IssuedLetterCode>;
  JSONObject: ResolverTypeWrapper<Scalars['JSONObject']['output']>;
  ModerationDecision: ModerationDecision;
  ModerationItem: ResolverTypeWrapper<ModerationItem>;
  ModerationState: ModerationState;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ParticipationStatus: ResolverTypeWrapper<ParticipationStatus>;
  ParticipatoryBudget: ResolverTypeWrapper<BudgetModel>;
  PersonalData: ResolverTypeWrapper<PersonalDataRef>;
  Process: ResolverTypeWrapper<ProcessModel>;
  ProcessInput: ProcessInput;
  ProcessPhase: ProcessPhase;
  ProjectResult: ResolverTypeWrapper<Omit<ProjectResult, 'project'> & { project: ResolversTypes['BudgetProject'] }>;
  Proposal: ResolverTypeWrapper<ProposalModel>;
  ProposalAnswerInput: ProposalAnswerInput;
  ProposalInput: ProposalInput;
  ProposalStatus: ProposalStatus;
  ProposalStatusEvent: ResolverTypeWrapper<ProposalStatusEventModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Suggestion: ResolverTypeWrapper<SuggestionModel>;
  SuggestionHandOverInput: SuggestionHandOverInput;
  SuggestionInput: SuggestionInput;
  SuggestionKind: SuggestionKind;
  SuggestionStatus: SuggestionStatus;
  SupportCountEvent: ResolverTypeWrapper<SupportCountEvent>;
  Survey: ResolverTypeWrapper<SurveyModel>;
  SurveyAnswerInput: SurveyAnswerInput;
  SurveyCount: ResolverTypeWrapper<SurveyCount>;
  SurveyInput: SurveyInput;
  SurveyOption: ResolverTypeWrapper<SurveyOption>;
  SurveyPhase: SurveyPhase;
  SurveyQuestion: ResolverTypeWrapper<SurveyQuestionModel>;
  SurveyQuestionInput: SurveyQuestionInput;
  SurveyQuestionKind: SurveyQuestionKind;
  SurveyQuestionResult: ResolverTypeWrapper<SurveyQuestionResultModel>;
  VerificationMethod: VerificationMethod;
  WinnerRule: WinnerRule;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AuditEntry: AuditEntryModel;
  ID: Scalars['ID']['output'];
  AuditLog: AuditLogModel;
  BallotPreview: BallotPreview;
  Int: Scalars['Int']['output'];
  BudgetInput: BudgetInput;
  BudgetProject: BudgetProjectModel;
  BudgetProjectInput: BudgetProjectInput;
  BudgetResult: Omit<BudgetResult, 'projects'> & { projects: Array<ResolversParentTypes['ProjectResult']> };
  BudgetResults: Omit<BudgetResults, 'equalShares' | 'greedy'> & { equalShares: ResolversParentTypes['BudgetResult'], greedy: ResolversParentTypes['BudgetResult'] };
  Comment: CommentModel;
  CouncilAgendaItem: CouncilRefModel;
  CouncilOrganization: CouncilRefModel;
  DateTime: Scalars['DateTime']['output'];
  FieldSet: Scalars['FieldSet']['output'];
  GeoPoint: GeoPoint;
  Float: Scalars['Float']['output'];
  IssuedLetterCode: IssuedLetterCode;
  JSONObject: Scalars['JSONObject']['output'];
  ModerationItem: ModerationItem;
  Mutation: Record<PropertyKey, never>;
  ParticipationStatus: ParticipationStatus;
  ParticipatoryBudget: BudgetModel;
  PersonalData: PersonalDataRef;
  Process: ProcessModel;
  ProcessInput: ProcessInput;
  ProjectResult: Omit<ProjectResult, 'project'> & { project: ResolversParentTypes['BudgetProject'] };
  Proposal: ProposalModel;
  ProposalAnswerInput: ProposalAnswerInput;
  ProposalInput: ProposalInput;
  ProposalStatusEvent: ProposalStatusEventModel;
  Query: Record<PropertyKey, never>;
  Subscription: Record<PropertyKey, never>;
  Suggestion: SuggestionModel;
  SuggestionHandOverInput: SuggestionHandOverInput;
  SuggestionInput: SuggestionInput;
  SupportCountEvent: SupportCountEvent;
  Survey: SurveyModel;
  SurveyAnswerInput: SurveyAnswerInput;
  SurveyCount: SurveyCount;
  SurveyInput: SurveyInput;
  SurveyOption: SurveyOption;
  SurveyQuestion: SurveyQuestionModel;
  SurveyQuestionInput: SurveyQuestionInput;
  SurveyQuestionResult: SurveyQuestionResultModel;
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
  participation?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
};

export type BallotPreviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BallotPreview'] = ResolversParentTypes['BallotPreview']> = {
  cost?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxApprovals?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  problem?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type BudgetProjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BudgetProject'] = ResolversParentTypes['BudgetProject']> = {
  cost?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  feasible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BudgetResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BudgetResult'] = ResolversParentTypes['BudgetResult']> = {
  official?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['ProjectResult']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['WinnerRule'], ParentType, ContextType>;
  selectedCost?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BudgetResultsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BudgetResults'] = ResolversParentTypes['BudgetResults']> = {
  equalShares?: Resolver<ResolversTypes['BudgetResult'], ParentType, ContextType>;
  greedy?: Resolver<ResolversTypes['BudgetResult'], ParentType, ContextType>;
};

export type CommentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Comment'] = ResolversParentTypes['Comment']> = {
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mine?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  moderation?: Resolver<ResolversTypes['ModerationState'], ParentType, ContextType>;
  replies?: Resolver<Array<ResolversTypes['Comment']>, ParentType, ContextType>;
};

export type CouncilAgendaItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilAgendaItem'] = ResolversParentTypes['CouncilAgendaItem']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CouncilOrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilOrganization'] = ResolversParentTypes['CouncilOrganization']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['FieldSet'], any> {
  name: 'FieldSet';
}

export type GeoPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = {
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type IssuedLetterCodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IssuedLetterCode'] = ResolversParentTypes['IssuedLetterCode']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export interface JsonObjectScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONObject'], any> {
  name: 'JSONObject';
}

export type ModerationItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModerationItem'] = ResolversParentTypes['ModerationItem']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  moderation?: Resolver<ResolversTypes['ModerationState'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reportCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ContributionType'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addBudgetProject?: Resolver<ResolversTypes['BudgetProject'], ParentType, ContextType, RequireFields<MutationAddBudgetProjectArgs, 'input'>>;
  addComment?: Resolver<ResolversTypes['Comment'], ParentType, ContextType, RequireFields<MutationAddCommentArgs, 'body' | 'proposalId'>>;
  answerProposal?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType, RequireFields<MutationAnswerProposalArgs, 'input'>>;
  answerSurvey?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationAnswerSurveyArgs, 'answers' | 'surveyId'>>;
  castBallot?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationCastBallotArgs, 'budgetId' | 'projectIds'>>;
  createParticipatoryBudget?: Resolver<ResolversTypes['ParticipatoryBudget'], ParentType, ContextType, RequireFields<MutationCreateParticipatoryBudgetArgs, 'input'>>;
  createProcess?: Resolver<ResolversTypes['Process'], ParentType, ContextType, RequireFields<MutationCreateProcessArgs, 'input'>>;
  createProposal?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType, RequireFields<MutationCreateProposalArgs, 'input'>>;
  createSurvey?: Resolver<ResolversTypes['Survey'], ParentType, ContextType, RequireFields<MutationCreateSurveyArgs, 'input'>>;
  enterPaperBallot?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationEnterPaperBallotArgs, 'budgetId' | 'projectIds' | 'voterAccountId'>>;
  followProposal?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType, RequireFields<MutationFollowProposalArgs, 'follow' | 'proposalId'>>;
  handOverSuggestion?: Resolver<ResolversTypes['Suggestion'], ParentType, ContextType, RequireFields<MutationHandOverSuggestionArgs, 'input'>>;
  issueVerificationLetter?: Resolver<ResolversTypes['IssuedLetterCode'], ParentType, ContextType, RequireFields<MutationIssueVerificationLetterArgs, 'accountId' | 'birthDate'>>;
  moderateContribution?: Resolver<ResolversTypes['ModerationItem'], ParentType, ContextType, RequireFields<MutationModerateContributionArgs, 'decision' | 'id' | 'reason' | 'type'>>;
  recordSuggestionDecision?: Resolver<ResolversTypes['Suggestion'], ParentType, ContextType, RequireFields<MutationRecordSuggestionDecisionArgs, 'decision' | 'id'>>;
  redeemVerificationCode?: Resolver<ResolversTypes['ParticipationStatus'], ParentType, ContextType, RequireFields<MutationRedeemVerificationCodeArgs, 'code'>>;
  reportContribution?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationReportContributionArgs, 'id' | 'reason' | 'type'>>;
  setBudgetPhase?: Resolver<ResolversTypes['ParticipatoryBudget'], ParentType, ContextType, RequireFields<MutationSetBudgetPhaseArgs, 'id' | 'phase'>>;
  setBudgetProjectFeasible?: Resolver<ResolversTypes['BudgetProject'], ParentType, ContextType, RequireFields<MutationSetBudgetProjectFeasibleArgs, 'feasible' | 'id'>>;
  setProcessPhase?: Resolver<ResolversTypes['Process'], ParentType, ContextType, RequireFields<MutationSetProcessPhaseArgs, 'id' | 'phase'>>;
  setSurveyPhase?: Resolver<ResolversTypes['Survey'], ParentType, ContextType, RequireFields<MutationSetSurveyPhaseArgs, 'id' | 'phase'>>;
  submitSuggestion?: Resolver<ResolversTypes['Suggestion'], ParentType, ContextType, RequireFields<MutationSubmitSuggestionArgs, 'input'>>;
  supportProposal?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType, RequireFields<MutationSupportProposalArgs, 'proposalId'>>;
  verifyResidentInPerson?: Resolver<ResolversTypes['ParticipationStatus'], ParentType, ContextType, RequireFields<MutationVerifyResidentInPersonArgs, 'accountId' | 'birthDate'>>;
};

export type ParticipationStatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParticipationStatus'] = ResolversParentTypes['ParticipationStatus']> = {
  method?: Resolver<Maybe<ResolversTypes['VerificationMethod']>, ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  verifiedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type ParticipatoryBudgetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParticipatoryBudget'] = ResolversParentTypes['ParticipatoryBudget'], FederationReferenceType extends FederationReferenceTypes['ParticipatoryBudget'] = FederationReferenceTypes['ParticipatoryBudget']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ParticipatoryBudget']> | FederationReferenceType, FederationReferenceType, ContextType>;
  ballotCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxApprovals?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minimumAge?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pabulib?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['BudgetPhase'], ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['BudgetProject']>, ParentType, ContextType>;
  results?: Resolver<Maybe<ResolversTypes['BudgetResults']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['WinnerRule'], ParentType, ContextType>;
  style?: Resolver<ResolversTypes['BallotStyle'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  votedByMe?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type PersonalDataResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonalData'] = ResolversParentTypes['PersonalData'], FederationReferenceType extends FederationReferenceTypes['PersonalData'] = FederationReferenceTypes['PersonalData']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PersonalData']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accountId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  participation?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
};

export type ProcessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Process'] = ResolversParentTypes['Process'], FederationReferenceType extends FederationReferenceTypes['Process'] = FederationReferenceTypes['Process']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Process']> | FederationReferenceType, FederationReferenceType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minimumAge?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['ProcessPhase'], ParentType, ContextType>;
  proposals?: Resolver<Array<ResolversTypes['Proposal']>, ParentType, ContextType, RequireFields<ProcessProposalsArgs, 'first'>>;
  supportThreshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProjectResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectResult'] = ResolversParentTypes['ProjectResult']> = {
  project?: Resolver<ResolversTypes['BudgetProject'], ParentType, ContextType>;
  selected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  votes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProposalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Proposal'] = ResolversParentTypes['Proposal'], FederationReferenceType extends FederationReferenceTypes['Proposal'] = FederationReferenceTypes['Proposal']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Proposal']> | FederationReferenceType, FederationReferenceType, ContextType>;
  answer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  answeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  comments?: Resolver<Array<ResolversTypes['Comment']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  followedByMe?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  mine?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  moderation?: Resolver<ResolversTypes['ModerationState'], ParentType, ContextType>;
  process?: Resolver<ResolversTypes['Process'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProposalStatus'], ParentType, ContextType>;
  supportCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supportedByMe?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  thresholdReached?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProposalStatusEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProposalStatusEvent'] = ResolversParentTypes['ProposalStatusEvent']> = {
  answer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  proposal?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProposalStatus'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  ballotPreview?: Resolver<ResolversTypes['BallotPreview'], ParentType, ContextType, RequireFields<QueryBallotPreviewArgs, 'budgetId' | 'projectIds'>>;
  moderationQueue?: Resolver<Array<ResolversTypes['ModerationItem']>, ParentType, ContextType>;
  myParticipation?: Resolver<ResolversTypes['ParticipationStatus'], ParentType, ContextType>;
  mySuggestions?: Resolver<Array<ResolversTypes['Suggestion']>, ParentType, ContextType>;
  participationProcesses?: Resolver<Array<ResolversTypes['Process']>, ParentType, ContextType>;
  participatoryBudget?: Resolver<Maybe<ResolversTypes['ParticipatoryBudget']>, ParentType, ContextType, RequireFields<QueryParticipatoryBudgetArgs, 'id'>>;
  participatoryBudgets?: Resolver<Array<ResolversTypes['ParticipatoryBudget']>, ParentType, ContextType>;
  process?: Resolver<Maybe<ResolversTypes['Process']>, ParentType, ContextType, RequireFields<QueryProcessArgs, 'id'>>;
  proposal?: Resolver<Maybe<ResolversTypes['Proposal']>, ParentType, ContextType, RequireFields<QueryProposalArgs, 'id'>>;
  proposalsAwaitingAnswer?: Resolver<Array<ResolversTypes['Proposal']>, ParentType, ContextType>;
  suggestion?: Resolver<Maybe<ResolversTypes['Suggestion']>, ParentType, ContextType, RequireFields<QuerySuggestionArgs, 'id'>>;
  suggestionQueue?: Resolver<Array<ResolversTypes['Suggestion']>, ParentType, ContextType, Partial<QuerySuggestionQueueArgs>>;
  survey?: Resolver<Maybe<ResolversTypes['Survey']>, ParentType, ContextType, RequireFields<QuerySurveyArgs, 'id'>>;
  surveys?: Resolver<Array<ResolversTypes['Survey']>, ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  followedProposalStatusChanged?: SubscriptionResolver<ResolversTypes['ProposalStatusEvent'], "followedProposalStatusChanged", ParentType, ContextType>;
  supportCountChanged?: SubscriptionResolver<ResolversTypes['SupportCountEvent'], "supportCountChanged", ParentType, ContextType, RequireFields<SubscriptionSupportCountChangedArgs, 'proposalId'>>;
};

export type SuggestionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Suggestion'] = ResolversParentTypes['Suggestion'], FederationReferenceType extends FederationReferenceTypes['Suggestion'] = FederationReferenceTypes['Suggestion']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Suggestion']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agendaItem?: Resolver<Maybe<ResolversTypes['CouncilAgendaItem']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  committee?: Resolver<Maybe<ResolversTypes['CouncilOrganization']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  handedOverAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SuggestionKind'], ParentType, ContextType>;
  mine?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SuggestionStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SupportCountEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportCountEvent'] = ResolversParentTypes['SupportCountEvent']> = {
  proposalId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  supportCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  thresholdReached?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SurveyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Survey'] = ResolversParentTypes['Survey'], FederationReferenceType extends FederationReferenceTypes['Survey'] = FederationReferenceTypes['Survey']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Survey']> | FederationReferenceType, FederationReferenceType, ContextType>;
  answeredByMe?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['SurveyPhase'], ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['SurveyQuestion']>, ParentType, ContextType>;
  responseCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  results?: Resolver<Maybe<Array<ResolversTypes['SurveyQuestionResult']>>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verifiedOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SurveyCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SurveyCount'] = ResolversParentTypes['SurveyCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  optionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type SurveyOptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SurveyOption'] = ResolversParentTypes['SurveyOption']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SurveyQuestionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SurveyQuestion'] = ResolversParentTypes['SurveyQuestion']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SurveyQuestionKind'], ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['SurveyOption']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  scaleMax?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  scaleMin?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SurveyQuestionResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SurveyQuestionResult'] = ResolversParentTypes['SurveyQuestionResult']> = {
  answered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  counts?: Resolver<Array<ResolversTypes['SurveyCount']>, ParentType, ContextType>;
  mean?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  question?: Resolver<ResolversTypes['SurveyQuestion'], ParentType, ContextType>;
  texts?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = Context> = {
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditLog?: AuditLogResolvers<ContextType>;
  BallotPreview?: BallotPreviewResolvers<ContextType>;
  BudgetProject?: BudgetProjectResolvers<ContextType>;
  BudgetResult?: BudgetResultResolvers<ContextType>;
  BudgetResults?: BudgetResultsResolvers<ContextType>;
  Comment?: CommentResolvers<ContextType>;
  CouncilAgendaItem?: CouncilAgendaItemResolvers<ContextType>;
  CouncilOrganization?: CouncilOrganizationResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  FieldSet?: GraphQLScalarType;
  GeoPoint?: GeoPointResolvers<ContextType>;
  IssuedLetterCode?: IssuedLetterCodeResolvers<ContextType>;
  JSONObject?: GraphQLScalarType;
  ModerationItem?: ModerationItemResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  ParticipationStatus?: ParticipationStatusResolvers<ContextType>;
  ParticipatoryBudget?: ParticipatoryBudgetResolvers<ContextType>;
  PersonalData?: PersonalDataResolvers<ContextType>;
  Process?: ProcessResolvers<ContextType>;
  ProjectResult?: ProjectResultResolvers<ContextType>;
  Proposal?: ProposalResolvers<ContextType>;
  ProposalStatusEvent?: ProposalStatusEventResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Suggestion?: SuggestionResolvers<ContextType>;
  SupportCountEvent?: SupportCountEventResolvers<ContextType>;
  Survey?: SurveyResolvers<ContextType>;
  SurveyCount?: SurveyCountResolvers<ContextType>;
  SurveyOption?: SurveyOptionResolvers<ContextType>;
  SurveyQuestion?: SurveyQuestionResolvers<ContextType>;
  SurveyQuestionResult?: SurveyQuestionResultResolvers<ContextType>;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = Context> = {
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
