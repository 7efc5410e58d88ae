import {
  auditLogResolvers,
  DateTimeScalar,
  JSONObjectScalar,
  liveEvents,
  notFound,
  personalDataOf,
  requireViewer,
} from '@kaarst/kit';
import {
  addProject,
  ballotCount,
  budgetProjects,
  cast,
  createBudget,
  findBudget,
  listBudgets,
  pabulib,
  preview,
  results,
  setFeasible,
  setPhase,
  votedBy,
} from './budget.ts';
import type { Resolvers } from './generated/graphql.ts';
import { announce, followerTopic, supportTopic } from './live.ts';
import { decide, queue, report } from './moderation.ts';
import { exportParticipation } from './privacy.ts';
import {
  addComment,
  answerProposal,
  awaitingAnswer,
  commentBody,
  createProcess,
  createProposal,
  findProcess,
  findProposal,
  followProposal,
  isFollowedBy,
  isSupportedBy,
  listProcesses,
  processProposals,
  repliesOf,
  setProcessPhase,
  supportProposal,
  topComments,
} from './proposals.ts';
import {
  findSuggestion,
  handOverSuggestion,
  mySuggestions,
  recordDecision,
  submitSuggestion,
  suggestionQueue,
  suggestionReference,
} from './suggestions.ts';
import {
  answeredBy,
  answerSurvey,
  createSurvey,
  findSurvey,
  listSurveys,
  optionsOf,
  questionsOf,
  responseCount,
  setSurveyPhase,
  surveyResults,
} from './surveys.ts';
import { checkAccountId, issueLetter, myStatus, redeemCode, verifyInPerson } from './verification.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  JSONObject: JSONObjectScalar,
  AuditLog: auditLogResolvers('participation') as Resolvers['AuditLog'],
  PersonalData: {
    __resolveReference: (reference, { viewer }) => personalDataOf(viewer, reference.accountId),
    participation: ({ accountId }, _a, { db }) => exportParticipation(db, accountId),
  },
  Process: {
    __resolveReference: ({ id }, { db, viewer }) => findProcess(db, viewer, id),
    proposals: (process, { first }, { db }) => processProposals(db, process.id, first ?? 50),
  },
  Proposal: {
    __resolveReference: ({ id }, { db, viewer }) => findProposal(db, viewer, id),
    process: (p, _a, { db }) => db.process.findUniqueOrThrow({ where: { id: p.processId } }),
    location: (p) =>
      p.latitude !== null && p.longitude !== null ? { latitude: p.latitude, longitude: p.longitude } : null,
    thresholdReached: (p) => p.thresholdReachedAt !== null,
    mine: (p, _a, { viewer }) => viewer !== null && p.authorId === viewer.id,
    supportedByMe: (p, _a, { db, viewer }) => isSupportedBy(db, viewer, p.id),
    followedByMe: (p, _a, { db, viewer }) => isFollowedBy(db, viewer, p.id),
    comments: (p, _a, { db }) => topComments(db, p.id),
  },
  Comment: {
    body: (c) => commentBody(c),
    mine: (c, _a, { viewer }) => viewer !== null && c.authorId === viewer.id,
    replies: (c, _a, { db }) => repliesOf(db, c.id),
  },
  ParticipatoryBudget: {
    __resolveReference: ({ id }, { db }) => findBudget(db, id),
    projects: (b, _a, { db, viewer }) => budgetProjects(db, viewer, b.id),
    votedByMe: (b, _a, { db, viewer }) => votedBy(db, viewer, b.id),
    ballotCount: (b, _a, { db }) => ballotCount(db, b),
    results: (b, _a, { db }) => results(db, b),
    pabulib: (b, _a, { db }) => pabulib(db, b),
  },
  Suggestion: {
    __resolveReference: ({ id }, { db, viewer }) => findSuggestion(db, viewer, id),
    reference: (s) => suggestionReference(s),
    committee: (s) => (s.committeeId ? { id: s.committeeId } : null),
    agendaItem: (s) => (s.agendaItemId ? { id: s.agendaItemId } : null),
    mine: (s, _a, { viewer }) => viewer !== null && s.authorId === viewer.id,
  },
  Survey: {
    __resolveReference: ({ id }, { db, viewer }) => findSurvey(db, viewer, id),
    questions: (s, _a, { db }) => questionsOf(db, s.id),
    answeredByMe: (s, _a, { db, viewer }) => answeredBy(db, viewer, s.id),
    responseCount: (s, _a, { db, viewer }) => responseCount(db, viewer, s),
    results: (s, _a, { db, viewer }) => surveyResults(db, viewer, s),
  },
  SurveyQuestion: {
    options: (q, _a, { db }) => optionsOf(db, q.id),
  },
  Query: {
    participationProcesses: (_p, _a, { db, viewer }) => listProcesses(db, viewer),
    process: (_p, { id }, { db, viewer }) => findProcess(db, viewer, id),
    proposal: (_p, { id }, { db, viewer }) => findProposal(db, viewer, id),
    myParticipation: (_p, _a, { db, viewer }) => myStatus(db, viewer),
    proposalsAwaitingAnswer: (_p, _a, { db, viewer }) => awaitingAnswer(db, viewer),
    moderationQueue: (_p, _a, { db, viewer }) => queue(db, viewer),
    participatoryBudgets: (_p, _a, { db }) => listBudgets(db),
    participatoryBudget: (_p, { id }, { db }) => findBudget(db, id),
    ballotPreview: (_p, { budgetId, projectIds }, { db }) => preview(db, budgetId, projectIds),
    mySuggestions: (_p, _a, { db, viewer }) => mySuggestions(db, viewer),
    suggestion: (_p, { id }, { db, viewer }) => findSuggestion(db, viewer, id),
    suggestionQueue: (_p, { status }, { db, viewer }) => suggestionQueue(db, viewer, status),
    surveys: (_p, _a, { db, viewer }) => listSurveys(db, viewer),
    survey: (_p, { id }, { db, viewer }) => findSurvey(db, viewer, id),
  },
  Mutation: {
    verifyResidentInPerson: (_p, { accountId, birthDate }, { db, viewer }) =>
      verifyInPerson(db, viewer, accountId, birthDate),
    issueVerificationLetter: (_p, { accountId, birthDate }, { db, viewer }) =>
      issueLetter(db, viewer, accountId, birthDate),
    redeemVerificationCode: (_p, { code }, { db, viewer, throttle, client }) =>
      redeemCode(db, viewer, throttle, client, code),
    createProcess: (_p, { input }, { db, viewer }) => createProcess(db, viewer, input),
    setProcessPhase: (_p, { id, phase }, { db, viewer }) => setProcessPhase(db, viewer, id, phase),
    createProposal: (_p, { input }, { db, viewer }) => createProposal(db, viewer, input),
    async supportProposal(_p, { proposalId }, { db, viewer }) {
      const proposal = await supportProposal(db, viewer, proposalId);
      announce();
      return proposal;
    },
    followProposal: (_p, { proposalId, follow }, { db, viewer }) =>
      followProposal(db, viewer, proposalId, follow),
    async answerProposal(_p, { input }, { db, viewer }) {
      const { proposal } = await answerProposal(db, viewer, input);
      announce();
      return proposal;
    },
    addComment: (_p, { proposalId, body, parentId }, { db, viewer }) =>
      addComment(db, viewer, proposalId, body, parentId),
    reportContribution: (_p, { type, id, reason }, { db, viewer }) => report(db, viewer, type, id, reason),
    moderateContribution: (_p, { type, id, decision, reason }, { db, viewer }) =>
      decide(db, viewer, type, id, decision, reason),
    createParticipatoryBudget: (_p, { input }, { db, viewer }) => createBudget(db, viewer, input),
    addBudgetProject: (_p, { input }, { db, viewer }) => addProject(db, viewer, input),
    setBudgetProjectFeasible: (_p, { id, feasible }, { db, viewer }) => setFeasible(db, viewer, id, feasible),
    setBudgetPhase: (_p, { id, phase }, { db, viewer }) => setPhase(db, viewer, id, phase),
    castBallot: (_p, { budgetId, projectIds }, { db, viewer }) => cast(db, viewer, budgetId, projectIds),
    enterPaperBallot: (_p, { budgetId, voterAccountId, projectIds }, { db, viewer }) =>
      cast(db, viewer, budgetId, projectIds, checkAccountId(voterAccountId, 'voterAccountId')),
    submitSuggestion: (_p, { input }, { db, viewer }) => submitSuggestion(db, viewer, input),
    handOverSuggestion: (_p, { input }, { db, viewer }) => handOverSuggestion(db, viewer, input),
    recordSuggestionDecision: (_p, { id, decision }, { db, viewer }) =>
      recordDecision(db, viewer, id, decision),
    createSurvey: (_p, { input }, { db, viewer }) => createSurvey(db, viewer, input),
    setSurveyPhase: (_p, { id, phase }, { db, viewer }) => setSurveyPhase(db, viewer, id, phase),
    answerSurvey: (_p, { surveyId, answers }, { db, viewer }) => answerSurvey(db, viewer, surveyId, answers),
  },
  Subscription: {
    supportCountChanged: {
      subscribe: async (_p, { proposalId }, context) => {
        const proposal = await findProposal(context.db, context.viewer, proposalId);
        if (!proposal) throw notFound('The proposal');
        return liveEvents(context, supportTopic(proposal.id));
      },
    },
    followedProposalStatusChanged: {
      subscribe: (_p, _a, context) => liveEvents(context, followerTopic(requireViewer(context.viewer).id)),
    },
  },
};
