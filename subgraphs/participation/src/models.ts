import type {
  AuditEntry,
  Budget,
  BudgetProject,
  Comment,
  Process,
  Proposal,
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
