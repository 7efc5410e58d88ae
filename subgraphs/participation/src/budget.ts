/**
 * Participatory budgets: phases COLLECT → REVIEW → VOTE → RESULT (forward only), projects with
 * costs per district, and secret ballots.
 *
 * Ballot secrecy: who voted (`budget_voter`: budget and account, nothing else) is stored apart
 * from what was voted (`ballot`: a random uuid v4 and the budget; `ballot_item`: that id and the
 * projects). No column, timestamp, sequence or id joins the two; both are written by one SQL
 * statement (one transaction), so a ballot exists exactly when its voter row does. The one
 * ballot per person is the primary key of `budget_voter`; the ballot's rules (phase, knapsack
 * total, approval count, feasible projects, not empty) are a constraint trigger checked at
 * COMMIT (see the migration), so no writer can get around them.
 */
import { randomUUID } from 'node:crypto';
import {
  auditEntryData,
  badInput,
  HubError,
  notFound,
  requireRole,
  requireViewer,
  type Viewer,
} from '@kaarst/kit';
import type { Budget, BudgetPhase, PrismaClient } from './generated/prisma/client.ts';
import { checkId, isStaff, isUniqueViolationAnywhere } from './proposals.ts';
import { equalShares, greedyByVotes, toPabulib, voteCounts } from './results.ts';
import { rewriteParticipantsInRandomOrder } from './secrecy.ts';
import { runStatement } from './statement.ts';
import { checkVerified, verificationOf, verifiedResidentSql } from './verification.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PHASES: BudgetPhase[] = ['COLLECT', 'REVIEW', 'VOTE', 'RESULT'];

export function listBudgets(db: PrismaClient) {
  return db.budget.findMany({ orderBy: [{ title: 'asc' }, { id: 'asc' }] });
}

export async function findBudget(db: PrismaClient, id: string) {
  if (!UUID.test(id)) return null;
  return db.budget.findUnique({ where: { id } });
}

async function budgetOrFail(db: PrismaClient, id: string) {
  const budget = await findBudget(db, id);
  if (!budget) throw notFound('The budget');
  return budget;
}

export function budgetProjects(db: PrismaClient, viewer: Viewer | null, budgetId: string) {
  return db.budgetProject.findMany({
    where: { budgetId, ...(isStaff(viewer) ? {} : { feasible: true }) },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
}

export async function createBudget(
  db: PrismaClient,
  viewer: Viewer | null,
  input: {
    title: string;
    total: number;
    style: 'KNAPSACK' | 'APPROVAL';
    maxApprovals?: number | null;
    rule: 'GREEDY' | 'EQUAL_SHARES';
    minimumAge: number;
  },
) {
  const staff = requireRole(viewer, 'staff');
  const title = input.title.trim();
  if (title.length < 3 || title.length > 200) throw badInput('title must be 3 to 200 characters.', 'title');
  if (!Number.isInteger(input.total) || input.total < 1 || input.total > 1_000_000_000)
    throw badInput('total must be whole euros from 1 to 1,000,000,000.', 'total');
  if (!Number.isInteger(input.minimumAge) || input.minimumAge < 0 || input.minimumAge > 120)
    throw badInput('minimumAge must be from 0 to 120.', 'minimumAge');
  if (input.style === 'APPROVAL' && (!Number.isInteger(input.maxApprovals) || (input.maxApprovals ?? 0) < 1))
    throw badInput('An approval ballot needs maxApprovals of at least 1.', 'maxApprovals');
  if (input.style === 'KNAPSACK' && input.maxApprovals != null)
    throw badInput('A knapsack ballot is limited by its cost, not maxApprovals.', 'maxApprovals');
  return db.$transaction(async (tx) => {
    const budget = await tx.budget.create({
      data: {
        title,
        total: input.total,
        style: input.style,
        maxApprovals: input.style === 'APPROVAL' ? (input.maxApprovals ?? null) : null,
        rule: input.rule,
        minimumAge: input.minimumAge,
      },
    });
    await tx.auditEntry.create({
      data: auditEntryData(staff, 'participation.createBudget', {
        type: 'ParticipatoryBudget',
        id: budget.id,
      }),
    });
    return budget;
  });
}

export async function addProject(
  db: PrismaClient,
  viewer: Viewer | null,
  input: { budgetId: string; title: string; description: string; district: string; cost: number },
) {
  requireRole(viewer, 'staff');
  const budget = await budgetOrFail(db, input.budgetId);
  if (budget.phase !== 'COLLECT' && budget.phase !== 'REVIEW')
    throw badInput('Projects are fixed once voting opens.', 'budgetId');
  if (!Number.isInteger(input.cost) || input.cost < 1 || input.cost > budget.total)
    throw badInput(`cost must be whole euros from 1 to the budget (${budget.total}).`, 'cost');
  const title = input.title.trim();
  const district = input.district.trim();
  if (title.length < 3 || title.length > 200) throw badInput('title must be 3 to 200 characters.', 'title');
  if (district.length < 1 || district.length > 80)
    throw badInput('district must be 1 to 80 characters.', 'district');
  return db.budgetProject.create({
    data: {
      budgetId: budget.id,
      title,
      description: input.description.trim().slice(0, 10_000),
      district,
      cost: input.cost,
    },
  });
}

export async function setFeasible(db: PrismaClient, viewer: Viewer | null, id: string, feasible: boolean) {
  const staff = requireRole(viewer, 'staff');
  const projectId = checkId(id, 'The project');
  const project = await db.budgetProject.findUnique({ where: { id: projectId }, include: { budget: true } });
  if (!project) throw notFound('The project');
  if (project.budget.phase !== 'COLLECT' && project.budget.phase !== 'REVIEW')
    throw badInput('Projects are fixed once voting opens.', 'id');
  const [updated] = await db.$transaction([
    db.budgetProject.update({ where: { id: projectId }, data: { feasible } }),
    db.auditEntry.create({
      data: auditEntryData(
        staff,
        'participation.setProjectFeasible',
        { type: 'BudgetProject', id: projectId },
        String(feasible),
      ),
    }),
  ]);
  return updated;
}

export async function setPhase(db: PrismaClient, viewer: Viewer | null, id: string, phase: BudgetPhase) {
  const staff = requireRole(viewer, 'staff');
  const budget = await budgetOrFail(db, id);
  if (PHASES.indexOf(phase) !== PHASES.indexOf(budget.phase) + 1)
    throw badInput(
      `From ${budget.phase} the next phase is ${PHASES[PHASES.indexOf(budget.phase) + 1] ?? 'none'}.`,
      'phase',
    );
  if (
    phase === 'VOTE' &&
    (await db.budgetProject.count({ where: { budgetId: budget.id, feasible: true } })) === 0
  )
    throw badInput('A vote needs at least one feasible project.', 'phase');
  return db.$transaction(
    async (tx) => {
      // Only from the phase read above: two staff moving it at once move it once.
      const moved = await tx.budget.updateMany({
        where: { id: budget.id, phase: budget.phase },
        data: { phase },
      });
      if (moved.count !== 1) throw new HubError('CONFLICT', 'The phase was changed meanwhile.');
      if (phase === 'RESULT') await rewriteParticipantsInRandomOrder(tx, 'voters', budget.id);
      await tx.auditEntry.create({
        data: auditEntryData(
          staff,
          'participation.setBudgetPhase',
          { type: 'ParticipatoryBudget', id: budget.id },
          phase,
        ),
      });
      return tx.budget.findUniqueOrThrow({ where: { id: budget.id } });
    },
    { timeout: 120_000 },
  );
}

interface Preview {
  cost: number;
  remaining: number;
  count: number;
  maxApprovals: number | null;
  valid: boolean;
  problem: string | null;
}

/** What a ballot costs and what is left; invalid choices are named (in German, for the page). */
export async function preview(db: PrismaClient, budgetId: string, projectIds: string[]): Promise<Preview> {
  const budget = await budgetOrFail(db, budgetId);
  return previewOf(db, budget, projectIds);
}

async function previewOf(db: PrismaClient, budget: Budget, projectIds: string[]): Promise<Preview> {
  if (projectIds.length > 500) throw badInput('At most 500 projects.', 'projectIds');
  const ids = [...new Set(projectIds)];
  const projects = ids.every((id) => UUID.test(id))
    ? await db.budgetProject.findMany({ where: { budgetId: budget.id, id: { in: ids }, feasible: true } })
    : [];
  const cost = projects.reduce((sum, p) => sum + p.cost, 0);
  const base = { cost, remaining: budget.total - cost, count: ids.length, maxApprovals: budget.maxApprovals };
  let problem: string | null = null;
  if (projects.length !== ids.length || ids.length !== projectIds.length)
    problem = 'Die Auswahl enthält ein Projekt, das nicht (oder doppelt) auf dem Stimmzettel steht.';
  else if (ids.length === 0) problem = 'Wählen Sie mindestens ein Projekt.';
  else if (budget.style === 'KNAPSACK' && cost > budget.total)
    problem = `Die Auswahl kostet ${cost} € und damit mehr als das Budget von ${budget.total} €.`;
  else if (budget.style === 'APPROVAL' && ids.length > (budget.maxApprovals ?? 0))
    problem = `Höchstens ${budget.maxApprovals} Projekte dürfen gewählt werden.`;
  return { ...base, valid: problem === null, problem };
}

/** A project id that names no project of the budget (the items' foreign key). */
function isForeignKeyViolation(error: unknown): boolean {
  const text =
    error instanceof Error ? `${error.message} ${String((error as { meta?: unknown }).meta ?? '')}` : '';
  return /23503|ForeignKeyConstraintViolation|violates foreign key/.test(text);
}

/** A ballot rule the database refused at COMMIT (the trigger's BALLOT_RULE message). */
function isBallotRule(error: unknown): boolean {
  const text =
    error instanceof Error
      ? `${error.message} ${JSON.stringify((error as { meta?: unknown }).meta ?? {})}`
      : '';
  return text.includes('BALLOT_RULE');
}

/**
 * Casts the ballot of `voterId` in one statement: the voter row (only while the budget is in
 * VOTE and the voter a verified resident of its minimum age, read by the statement itself),
 * the ballot (random id) and its items; the ballot's rules are the constraint trigger's at
 * COMMIT. A second ballot fails on budget_voter's primary key (CONFLICT, ALREADY_VOTED). When
 * nothing was written, `refuseVoter` reads why (the slow path, only for refusals).
 */
const CAST_SQL = `WITH v AS (
    INSERT INTO "budget_voter" ("budgetId", "voterKey")
    SELECT b."id", $2 FROM "budget" b
    WHERE b."id" = $1::uuid AND b."phase" = 'VOTE' AND ${verifiedResidentSql('$5::uuid', 'b."minimumAge"')}
    RETURNING "budgetId"),
  b AS (INSERT INTO "ballot" ("id", "budgetId") SELECT $3::uuid, "budgetId" FROM v RETURNING "id", "budgetId"),
  i AS (INSERT INTO "ballot_item" ("ballotId", "budgetId", "projectId") SELECT b."id", b."budgetId", p FROM b, unnest($4::uuid[]) AS p)
  SELECT count(*)::int AS "voted" FROM v`;

export async function cast(
  db: PrismaClient,
  viewer: Viewer | null,
  budgetId: string,
  projectIds: string[],
  paperVoter?: string,
) {
  const actor = requireViewer(viewer);
  const voterId = paperVoter ?? actor.id;
  if (paperVoter) requireRole(actor, 'staff');
  if (!UUID.test(budgetId)) throw notFound('The budget');
  if (!UUID.test(voterId)) checkVerified(null, 0);
  // The ballot's rules are the database's (a constraint trigger at COMMIT): they are looked at
  // here only to explain a refusal, or when the list cannot even be asked for (bad ids, repeats).
  const ids = [...new Set(projectIds)];
  if (projectIds.length > 500 || ids.length !== projectIds.length || !ids.every((id) => UUID.test(id)))
    await refuseBallot(db, await refuseVoter(db, budgetId, voterId, false), projectIds);
  let rows: Array<{ voted: number }>;
  try {
    rows = await runStatement<{ voted: number }>(db, 'cast', CAST_SQL, [
      budgetId,
      voterId,
      randomUUID(),
      ids,
      voterId,
    ]);
  } catch (error) {
    if (isUniqueViolationAnywhere(error))
      throw new HubError('CONFLICT', 'This person has voted already.', { reason: 'ALREADY_VOTED' });
    if (isBallotRule(error) || isForeignKeyViolation(error))
      await refuseBallot(db, await budgetOrFail(db, budgetId), projectIds);
    throw error;
  }
  if (Number(rows[0]?.voted ?? 0) !== 1) await refuseVoter(db, budgetId, voterId, true);
  if (paperVoter)
    await db.auditEntry.create({
      // Who entered a paper ballot for whom, never what it said.
      data: auditEntryData(actor, 'participation.enterPaperBallot', {
        type: 'ParticipatoryBudget',
        id: budgetId,
      }),
    });
  return true;
}

/**
 * The budget, if it takes this voter's ballot now; otherwise why not (NOT_FOUND,
 * BAD_USER_INPUT, FORBIDDEN). `raced`: the statement already found it did not, yet every check
 * passes now (the phase or verification changed meanwhile): CONFLICT.
 */
async function refuseVoter(db: PrismaClient, budgetId: string, voterId: string, raced: boolean) {
  const [budget, verification] = await Promise.all([
    budgetOrFail(db, budgetId),
    UUID.test(voterId) ? verificationOf(db, voterId) : null,
  ]);
  if (budget.phase !== 'VOTE') throw badInput('This budget is not in its voting phase.', 'budgetId');
  checkVerified(verification, budget.minimumAge);
  if (raced) throw new HubError('CONFLICT', 'The budget changed meanwhile; please try again.');
  return budget;
}

/** Refuses a ballot the rules do not allow, saying why as the preview would (BAD_USER_INPUT). */
async function refuseBallot(db: PrismaClient, budget: Budget, projectIds: string[]): Promise<never> {
  const check = await previewOf(db, budget, projectIds);
  throw badInput(check.problem ?? 'The ballot breaks a rule of this budget.', 'projectIds');
}

export async function votedBy(db: PrismaClient, viewer: Viewer | null, budgetId: string) {
  if (!viewer) return null;
  return (await db.budgetVoter.count({ where: { budgetId, voterKey: viewer.id } })) > 0;
}

export async function ballotCount(db: PrismaClient, budget: Budget) {
  if (budget.phase !== 'RESULT') return null;
  return db.ballot.count({ where: { budgetId: budget.id } });
}

async function ballotsOf(db: PrismaClient, budgetId: string): Promise<string[][]> {
  // By the random ballot id: an order that says nothing about who voted when.
  const rows = await db.ballotItem.findMany({
    where: { budgetId },
    select: { ballotId: true, projectId: true },
    orderBy: [{ ballotId: 'asc' }, { projectId: 'asc' }],
  });
  const ballots = new Map<string, string[]>();
  for (const row of rows) {
    const list = ballots.get(row.ballotId) ?? [];
    list.push(row.projectId);
    ballots.set(row.ballotId, list);
  }
  return [...ballots.values()];
}

async function count(db: PrismaClient, budget: Budget) {
  const projects = await db.budgetProject.findMany({
    where: { budgetId: budget.id, feasible: true },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  const ballots = await ballotsOf(db, budget.id);
  return { projects, ballots, votes: voteCounts(projects, ballots) };
}

export async function results(db: PrismaClient, budget: Budget) {
  if (budget.phase !== 'RESULT') return null;
  const { projects, ballots, votes } = await count(db, budget);
  const result = (rule: 'GREEDY' | 'EQUAL_SHARES') => {
    const outcome = (rule === 'GREEDY' ? greedyByVotes : equalShares)(projects, ballots, budget.total);
    const selected = new Set(outcome.selected);
    return {
      rule,
      official: budget.rule === rule,
      selectedCost: outcome.cost,
      projects: [...projects]
        .sort((a, b) => (votes.get(b.id) ?? 0) - (votes.get(a.id) ?? 0) || a.cost - b.cost)
        .map((project) => ({
          project,
          votes: votes.get(project.id) ?? 0,
          selected: selected.has(project.id),
        })),
    };
  };
  return { greedy: result('GREEDY'), equalShares: result('EQUAL_SHARES') };
}

export async function pabulib(db: PrismaClient, budget: Budget) {
  if (budget.phase !== 'RESULT') return null;
  const { projects, ballots } = await count(db, budget);
  const outcome = (budget.rule === 'GREEDY' ? greedyByVotes : equalShares)(projects, ballots, budget.total);
  const selected = new Set(outcome.selected);
  return toPabulib({
    description: budget.title,
    instance: budget.id,
    budget: budget.total,
    style: budget.style,
    maxApprovals: budget.maxApprovals,
    rule: budget.rule,
    projects: projects.map((p) => ({
      id: p.id,
      cost: p.cost,
      name: p.title,
      district: p.district,
      selected: selected.has(p.id),
    })),
    ballots,
  });
}
