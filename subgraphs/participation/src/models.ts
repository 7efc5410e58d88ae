import type {
  AuditEntry,
  Budget,
  BudgetProject,
  Comment,
  Process,
  Proposal,
  Suggestion,
  Survey,
  SurveyQuestion,
} from './generated/prisma/client.ts';

export type ProcessModel = Process;
export type ProposalModel = Proposal;
export type CommentModel = Comment;
export type BudgetModel = Budget;
export type BudgetProjectModel = BudgetProject;
export type AuditEntryModel = AuditEntry;
export type AuditLogModel = { id: string };
export type ProposalStatusEventModel = {
  proposal: Proposal;
  status: Proposal['status'];
  answer: string | null;
};
export type SuggestionModel = Suggestion;
/** An entity of the council subgraph: only its id is known here. */
export type CouncilRefModel = { id: string };
export type SurveyModel = Survey;
export type SurveyQuestionModel = SurveyQuestion;
export type SurveyQuestionResultModel = {
  question: SurveyQuestion;
  answered: number;
  counts: Array<{ optionId: string | null; label: string; count: number }>;
  mean: number | null;
  texts: string[] | null;
};
