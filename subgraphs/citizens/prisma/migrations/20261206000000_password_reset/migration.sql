-- AlterTable
ALTER TABLE "account" ADD COLUMN     "sessionsValidFrom" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "password_reset" (
    "tokenHash" TEXT NOT NULL,
    "accountId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),

    CONSTRAINT "password_reset_pkey" PRIMARY KEY ("tokenHash")
);

-- CreateIndex
CREATE INDEX "password_reset_accountId_idx" ON "password_reset"("accountId");

-- AddForeignKey
ALTER TABLE "password_reset" ADD CONSTRAINT "password_reset_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Invariants the code relies on: a SHA-256 in base64url, a link that expires after it was made,
-- and a use only within its validity.
ALTER TABLE "password_reset" ADD CONSTRAINT "password_reset_token_hash_check" CHECK ("tokenHash" ~ '^[A-Za-z0-9_-]{43}$');
ALTER TABLE "password_reset" ADD CONSTRAINT "password_reset_expiry_check" CHECK ("expiresAt" > "createdAt");
ALTER TABLE "password_reset" ADD CONSTRAINT "password_reset_used_check" CHECK ("usedAt" IS NULL OR "usedAt" <= "expiresAt");
