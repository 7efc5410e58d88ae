-- CreateTable
CREATE TABLE "api_key" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "ownerId" UUID NOT NULL,
    "ratePerMinute" INTEGER NOT NULL,
    "hint" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "api_key_pkey" PRIMARY KEY ("id")
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
CREATE INDEX "api_key_ownerId_createdAt_idx" ON "api_key"("ownerId", "createdAt");

-- CreateIndex
CREATE INDEX "api_key_revokedAt_idx" ON "api_key"("revokedAt");

-- CreateIndex
CREATE INDEX "audit_entry_at_idx" ON "audit_entry"("at");

-- CreateIndex
CREATE INDEX "audit_entry_actorId_at_idx" ON "audit_entry"("actorId", "at");

-- CreateIndex
CREATE INDEX "audit_entry_recordType_recordId_at_idx" ON "audit_entry"("recordType", "recordId", "at");

-- AddForeignKey
ALTER TABLE "api_key" ADD CONSTRAINT "api_key_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

