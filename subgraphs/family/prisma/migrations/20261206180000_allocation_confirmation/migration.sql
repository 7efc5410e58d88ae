-- CreateEnum
CREATE TYPE "AllocationRunStatus" AS ENUM ('PROPOSED', 'RELEASED', 'CANCELLED');

-- CreateTable
CREATE TABLE "allocation_run" (
    "id" UUID NOT NULL,
    "status" "AllocationRunStatus" NOT NULL DEFAULT 'PROPOSED',
    "offerValidForSeconds" INTEGER NOT NULL,
    "confirmBy" TIMESTAMPTZ(3) NOT NULL,
    "releasedAt" TIMESTAMPTZ(3),
    "releasedBy" TEXT,
    "children" INTEGER NOT NULL,
    "offered" INTEGER NOT NULL,
    "waitlisted" INTEGER NOT NULL,
    "unplaced" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "allocation_run_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "allocation_confirmation" (
    "runId" UUID NOT NULL,
    "providerId" TEXT NOT NULL,
    "confirmedAt" TIMESTAMPTZ(3),
    "confirmedBy" UUID,

    CONSTRAINT "allocation_confirmation_pkey" PRIMARY KEY ("runId","providerId")
);

-- CreateTable
CREATE TABLE "allocation_outcome" (
    "id" UUID NOT NULL,
    "runId" UUID NOT NULL,
    "wishId" UUID,
    "kitaId" TEXT NOT NULL,
    "ageGroup" "AgeGroup" NOT NULL,
    "previousStatus" "WishStatus" NOT NULL,
    "status" "WishStatus" NOT NULL,
    "reason" TEXT,
    "refusedRank" INTEGER,
    "cutoffRank" INTEGER,

    CONSTRAINT "allocation_outcome_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "allocation_run_status_confirmBy_idx" ON "allocation_run"("status", "confirmBy");

-- CreateIndex
CREATE INDEX "allocation_confirmation_providerId_idx" ON "allocation_confirmation"("providerId");

-- CreateIndex
CREATE INDEX "allocation_outcome_runId_kitaId_idx" ON "allocation_outcome"("runId", "kitaId");

-- CreateIndex
CREATE INDEX "allocation_outcome_wishId_idx" ON "allocation_outcome"("wishId");

-- CreateIndex
CREATE UNIQUE INDEX "allocation_outcome_runId_wishId_key" ON "allocation_outcome"("runId", "wishId");

-- AddForeignKey
ALTER TABLE "allocation_confirmation" ADD CONSTRAINT "allocation_confirmation_runId_fkey" FOREIGN KEY ("runId") REFERENCES "allocation_run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "allocation_outcome" ADD CONSTRAINT "allocation_outcome_runId_fkey" FOREIGN KEY ("runId") REFERENCES "allocation_run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "allocation_outcome" ADD CONSTRAINT "allocation_outcome_wishId_fkey" FOREIGN KEY ("wishId") REFERENCES "wish"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "allocation_outcome" ADD CONSTRAINT "allocation_outcome_kitaId_fkey" FOREIGN KEY ("kitaId") REFERENCES "kita"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Invariants Prisma cannot express: one proposed run at a time (a second run would count
-- places the first holds for families not yet told), and a run's outcomes are final once released.
CREATE UNIQUE INDEX "allocation_run_one_proposed" ON "allocation_run" ((true)) WHERE "status" = 'PROPOSED';
ALTER TABLE "allocation_run" ADD CONSTRAINT "allocation_run_released_check"
  CHECK (("status" = 'PROPOSED') = ("releasedAt" IS NULL));
