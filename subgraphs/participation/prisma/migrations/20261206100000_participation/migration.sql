-- CreateEnum
CREATE TYPE "VerificationMethod" AS ENUM ('IN_PERSON', 'LETTER');

-- CreateEnum
CREATE TYPE "ProcessPhase" AS ENUM ('DRAFT', 'OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('PUBLISHED', 'UNDER_REVIEW', 'ACCEPTED', 'REJECTED', 'IMPLEMENTED');

-- CreateEnum
CREATE TYPE "ModerationState" AS ENUM ('VISIBLE', 'HIDDEN', 'REMOVED');

-- CreateEnum
CREATE TYPE "BudgetPhase" AS ENUM ('COLLECT', 'REVIEW', 'VOTE', 'RESULT');

-- CreateEnum
CREATE TYPE "BallotStyle" AS ENUM ('KNAPSACK', 'APPROVAL');

-- CreateEnum
CREATE TYPE "WinnerRule" AS ENUM ('GREEDY', 'EQUAL_SHARES');

-- CreateTable
CREATE TABLE "verification" (
    "accountId" UUID NOT NULL,
    "method" "VerificationMethod" NOT NULL,
    "birthDate" DATE NOT NULL,
    "verifiedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "verification_pkey" PRIMARY KEY ("accountId")
);

-- CreateTable
CREATE TABLE "letter_code" (
    "id" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "codeHash" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "issuedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "redeemedAt" TIMESTAMPTZ(3),

    CONSTRAINT "letter_code_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "process" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "phase" "ProcessPhase" NOT NULL DEFAULT 'OPEN',
    "minimumAge" INTEGER NOT NULL DEFAULT 16,
    "supportThreshold" INTEGER NOT NULL DEFAULT 100,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "process_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "proposal" (
    "id" UUID NOT NULL,
    "processId" UUID NOT NULL,
    "authorId" UUID,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "district" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "status" "ProposalStatus" NOT NULL DEFAULT 'PUBLISHED',
    "answer" TEXT,
    "answeredAt" TIMESTAMPTZ(3),
    "supportCount" INTEGER NOT NULL DEFAULT 0,
    "thresholdReachedAt" TIMESTAMPTZ(3),
    "reportCount" INTEGER NOT NULL DEFAULT 0,
    "moderation" "ModerationState" NOT NULL DEFAULT 'VISIBLE',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "support" (
    "proposalId" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "support_pkey" PRIMARY KEY ("proposalId","accountId")
);

-- CreateTable
CREATE TABLE "follow" (
    "proposalId" UUID NOT NULL,
    "accountId" UUID NOT NULL,

    CONSTRAINT "follow_pkey" PRIMARY KEY ("proposalId","accountId")
);

-- CreateTable
CREATE TABLE "comment" (
    "id" UUID NOT NULL,
    "proposalId" UUID NOT NULL,
    "parentId" UUID,
    "authorId" UUID,
    "body" TEXT NOT NULL,
    "reportCount" INTEGER NOT NULL DEFAULT 0,
    "moderation" "ModerationState" NOT NULL DEFAULT 'VISIBLE',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report" (
    "id" UUID NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" UUID NOT NULL,
    "reporterId" UUID,
    "reason" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "budget" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "total" INTEGER NOT NULL,
    "phase" "BudgetPhase" NOT NULL DEFAULT 'COLLECT',
    "style" "BallotStyle" NOT NULL,
    "maxApprovals" INTEGER,
    "rule" "WinnerRule" NOT NULL,
    "minimumAge" INTEGER NOT NULL DEFAULT 16,

    CONSTRAINT "budget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "budget_project" (
    "id" UUID NOT NULL,
    "budgetId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "district" TEXT NOT NULL,
    "cost" INTEGER NOT NULL,
    "feasible" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "budget_project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "budget_voter" (
    "budgetId" UUID NOT NULL,
    "voterKey" TEXT NOT NULL,

    CONSTRAINT "budget_voter_pkey" PRIMARY KEY ("budgetId","voterKey")
);

-- CreateTable
CREATE TABLE "ballot" (
    "id" UUID NOT NULL,
    "budgetId" UUID NOT NULL,

    CONSTRAINT "ballot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ballot_item" (
    "ballotId" UUID NOT NULL,
    "budgetId" UUID NOT NULL,
    "projectId" UUID NOT NULL,

    CONSTRAINT "ballot_item_pkey" PRIMARY KEY ("ballotId","projectId")
);

-- CreateTable
CREATE TABLE "audit_entry" (
    "id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID NOT NULL,
    "actorRoles" TEXT[],
    "actorDepartment" TEXT,
    "action" TEXT NOT NULL,
    "recordType" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "detail" TEXT,

    CONSTRAINT "audit_entry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "letter_code_codeHash_key" ON "letter_code"("codeHash");

-- CreateIndex
CREATE INDEX "letter_code_accountId_idx" ON "letter_code"("accountId");

-- CreateIndex
CREATE INDEX "proposal_processId_createdAt_idx" ON "proposal"("processId", "createdAt");

-- CreateIndex
CREATE INDEX "support_accountId_idx" ON "support"("accountId");

-- CreateIndex
CREATE INDEX "follow_accountId_idx" ON "follow"("accountId");

-- CreateIndex
CREATE INDEX "comment_proposalId_createdAt_idx" ON "comment"("proposalId", "createdAt");

-- CreateIndex
CREATE INDEX "report_reporterId_idx" ON "report"("reporterId");

-- CreateIndex
CREATE UNIQUE INDEX "report_targetType_targetId_reporterId_key" ON "report"("targetType", "targetId", "reporterId");

-- CreateIndex
CREATE UNIQUE INDEX "budget_project_budgetId_id_key" ON "budget_project"("budgetId", "id");

-- CreateIndex
CREATE INDEX "ballot_budgetId_idx" ON "ballot"("budgetId");

-- CreateIndex
CREATE INDEX "ballot_item_budgetId_projectId_idx" ON "ballot_item"("budgetId", "projectId");

-- CreateIndex
CREATE INDEX "audit_entry_at_idx" ON "audit_entry"("at");

-- CreateIndex
CREATE INDEX "audit_entry_actorId_at_idx" ON "audit_entry"("actorId", "at");

-- CreateIndex
CREATE INDEX "audit_entry_recordType_recordId_at_idx" ON "audit_entry"("recordType", "recordId", "at");

-- AddForeignKey
ALTER TABLE "proposal" ADD CONSTRAINT "proposal_processId_fkey" FOREIGN KEY ("processId") REFERENCES "process"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support" ADD CONSTRAINT "support_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow" ADD CONSTRAINT "follow_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment" ADD CONSTRAINT "comment_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment" ADD CONSTRAINT "comment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "comment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_project" ADD CONSTRAINT "budget_project_budgetId_fkey" FOREIGN KEY ("budgetId") REFERENCES "budget"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Hand-written: rules the database keeps, whoever writes.
-- The function bodies are E'' strings with each semicolon written as \073: Prisma's driver
-- adapter (@prisma/adapter-pg 6, executeScript) splits a migration at every semicolon, which
-- would cut a $$-quoted PL/pgSQL body apart. No comment below holds a semicolon either.
ALTER TABLE "process" ADD CONSTRAINT "process_rules" CHECK ("minimumAge" BETWEEN 0 AND 120 AND "supportThreshold" >= 1);
ALTER TABLE "proposal" ADD CONSTRAINT "proposal_counts" CHECK ("supportCount" >= 0 AND "reportCount" >= 0);
ALTER TABLE "proposal" ADD CONSTRAINT "proposal_rejected_reason" CHECK ("status" <> 'REJECTED' OR coalesce(length(btrim("answer")), 0) > 0);
ALTER TABLE "comment" ADD CONSTRAINT "comment_counts" CHECK ("reportCount" >= 0);
ALTER TABLE "budget" ADD CONSTRAINT "budget_rules" CHECK (
  "total" > 0 AND "minimumAge" BETWEEN 0 AND 120
  AND (("style" = 'APPROVAL' AND "maxApprovals" >= 1) OR ("style" = 'KNAPSACK' AND "maxApprovals" IS NULL)));
ALTER TABLE "budget_project" ADD CONSTRAINT "budget_project_cost" CHECK ("cost" > 0);

ALTER TABLE "budget_voter" ADD CONSTRAINT "budget_voter_budgetId_fkey" FOREIGN KEY ("budgetId") REFERENCES "budget"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ballot" ADD CONSTRAINT "ballot_budgetId_fkey" FOREIGN KEY ("budgetId") REFERENCES "budget"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ballot_item" ADD CONSTRAINT "ballot_item_ballotId_fkey" FOREIGN KEY ("ballotId") REFERENCES "ballot"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- A ballot names only projects of its own budget.
ALTER TABLE "ballot_item" ADD CONSTRAINT "ballot_item_project_fkey" FOREIGN KEY ("budgetId", "projectId") REFERENCES "budget_project"("budgetId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A ballot's rules, checked at COMMIT (after all its items are in): the budget is in VOTE,
-- its projects feasible, a knapsack ballot costs at most the budget, an approval ballot names
-- at most maxApprovals projects, and no ballot is empty. The budget row is read FOR SHARE, so a
-- phase change (an UPDATE of that row) waits for ballots in flight and they for it.
CREATE FUNCTION "ballot_rules"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  b "budget"%ROWTYPE\073
  ballot_budget uuid\073
  items int\073
  spent bigint\073
  unfeasible int\073
BEGIN
  SELECT "budgetId" INTO ballot_budget FROM "ballot" WHERE "id" = NEW."ballotId"\073
  IF ballot_budget IS NULL THEN RETURN NULL\073 END IF\073 -- deleted in the same transaction
  SELECT * INTO b FROM "budget" WHERE "id" = ballot_budget FOR SHARE\073
  IF b."phase" <> \'VOTE\' THEN
    RAISE EXCEPTION \'BALLOT_RULE: the budget is not in its voting phase\' USING ERRCODE = \'check_violation\'\073
  END IF\073
  SELECT count(*), coalesce(sum(p."cost"), 0), count(*) FILTER (WHERE NOT p."feasible")
    INTO items, spent, unfeasible
    FROM "ballot_item" i JOIN "budget_project" p ON p."id" = i."projectId"
    WHERE i."ballotId" = NEW."ballotId"\073
  IF EXISTS (SELECT 1 FROM "ballot_item" WHERE "ballotId" = NEW."ballotId" AND "budgetId" <> ballot_budget) THEN
    RAISE EXCEPTION \'BALLOT_RULE: a ballot names projects of another budget\' USING ERRCODE = \'check_violation\'\073
  END IF\073
  IF items = 0 THEN
    RAISE EXCEPTION \'BALLOT_RULE: a ballot names at least one project\' USING ERRCODE = \'check_violation\'\073
  END IF\073
  IF unfeasible > 0 THEN
    RAISE EXCEPTION \'BALLOT_RULE: a ballot names a project that is not on the ballot\' USING ERRCODE = \'check_violation\'\073
  END IF\073
  IF b."style" = \'KNAPSACK\' AND spent > b."total" THEN
    RAISE EXCEPTION \'BALLOT_RULE: the ballot costs % of a budget of %\', spent, b."total" USING ERRCODE = \'check_violation\'\073
  END IF\073
  IF b."style" = \'APPROVAL\' AND items > b."maxApprovals" THEN
    RAISE EXCEPTION \'BALLOT_RULE: the ballot names % projects, at most % are allowed\', items, b."maxApprovals" USING ERRCODE = \'check_violation\'\073
  END IF\073
  RETURN NULL\073
END ';

CREATE CONSTRAINT TRIGGER "ballot_item_rules" AFTER INSERT OR UPDATE ON "ballot_item"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "ballot_rules"();

-- An empty ballot (no item at all) is refused at COMMIT too.
CREATE FUNCTION "ballot_not_empty"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF EXISTS (SELECT 1 FROM "ballot" WHERE "id" = NEW."id")
     AND NOT EXISTS (SELECT 1 FROM "ballot_item" WHERE "ballotId" = NEW."id") THEN
    RAISE EXCEPTION \'BALLOT_RULE: a ballot names at least one project\' USING ERRCODE = \'check_violation\'\073
  END IF\073
  RETURN NULL\073
END ';

CREATE CONSTRAINT TRIGGER "ballot_not_empty" AFTER INSERT ON "ballot"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "ballot_not_empty"();

-- Ballots are never changed once cast: no UPDATE on ballot contents (deleting is left to
-- the database owner, for a re-run of a vote).
CREATE FUNCTION "ballot_frozen"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  RAISE EXCEPTION \'BALLOT_RULE: a cast ballot is never changed\' USING ERRCODE = \'check_violation\'\073
END ';
CREATE TRIGGER "ballot_frozen" BEFORE UPDATE ON "ballot" FOR EACH ROW EXECUTE FUNCTION "ballot_frozen"();
CREATE TRIGGER "ballot_item_frozen" BEFORE UPDATE ON "ballot_item" FOR EACH ROW EXECUTE FUNCTION "ballot_frozen"();

-- Projects (and their costs) are fixed once voting opens.
CREATE FUNCTION "budget_project_frozen"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  phase "BudgetPhase"\073
BEGIN
  SELECT "budget"."phase" INTO phase FROM "budget"
    WHERE "id" = (CASE WHEN TG_OP = \'DELETE\' THEN OLD."budgetId" ELSE NEW."budgetId" END) FOR SHARE\073
  IF phase IN (\'VOTE\', \'RESULT\') THEN
    RAISE EXCEPTION \'BALLOT_RULE: projects are fixed once voting opens\' USING ERRCODE = \'check_violation\'\073
  END IF\073
  RETURN CASE WHEN TG_OP = \'DELETE\' THEN OLD ELSE NEW END\073
END ';
CREATE TRIGGER "budget_project_frozen" BEFORE INSERT OR UPDATE OR DELETE ON "budget_project"
  FOR EACH ROW EXECUTE FUNCTION "budget_project_frozen"();
