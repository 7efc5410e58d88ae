-- CreateTable
CREATE TABLE "account_deletion" (
    "accountId" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "deletedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "account_deletion_pkey" PRIMARY KEY ("accountId")
);

-- CreateIndex
CREATE UNIQUE INDEX "account_deletion_eventId_key" ON "account_deletion"("eventId");

-- CreateIndex
CREATE INDEX "account_deletion_publishedAt_idx" ON "account_deletion"("publishedAt");

