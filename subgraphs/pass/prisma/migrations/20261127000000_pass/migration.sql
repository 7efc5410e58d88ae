-- The pass numbers (KP-000001, ...) come from this sequence: unique and never reused.
CREATE SEQUENCE "kaarst_pass_number_seq";
-- Invoice references for paid redemptions (KPR-000001, ...).
CREATE SEQUENCE "kaarst_pass_invoice_seq";

-- CreateEnum
CREATE TYPE "PassStatus" AS ENUM ('PENDING', 'ACTIVE', 'SUSPENDED', 'REVOKED', 'REJECTED');

-- CreateEnum
CREATE TYPE "OfferCategory" AS ENUM ('CULTURE', 'SPORT', 'LIBRARY', 'POOL', 'TRANSIT', 'DISCOUNT');

-- CreateEnum
CREATE TYPE "RedemptionStatus" AS ENUM ('REDEEMED', 'PAYMENT_PENDING', 'PAID');

-- CreateTable
CREATE TABLE "kaarst_pass" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL DEFAULT ('KP-'::text || lpad((nextval('kaarst_pass_number_seq'::regclass))::text, 6, '0'::text)),
    "holderId" UUID,
    "status" "PassStatus" NOT NULL,
    "statusReason" TEXT,
    "validFrom" TIMESTAMPTZ(3),
    "validUntil" TIMESTAMPTZ(3),
    "postalCode" TEXT,
    "street" TEXT,
    "appliedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "kaarst_pass_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kaarst_pass_offer" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "category" "OfferCategory" NOT NULL,
    "priceCents" INTEGER NOT NULL,
    "partnerId" UUID,
    "partnerName" TEXT NOT NULL,
    "validFrom" TIMESTAMPTZ(3) NOT NULL,
    "validUntil" TIMESTAMPTZ(3) NOT NULL,
    "quota" INTEGER,
    "redeemed" INTEGER NOT NULL DEFAULT 0,
    "perPassLimit" INTEGER NOT NULL DEFAULT 1,
    "sample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "kaarst_pass_offer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kaarst_pass_redemption" (
    "id" UUID NOT NULL,
    "offerId" UUID NOT NULL,
    "passId" UUID NOT NULL,
    "holderId" UUID,
    "idempotencyKey" TEXT NOT NULL,
    "status" "RedemptionStatus" NOT NULL,
    "priceCents" INTEGER NOT NULL,
    "invoiceReference" TEXT,
    "paymentInstructions" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "paidAt" TIMESTAMPTZ(3),

    CONSTRAINT "kaarst_pass_redemption_pkey" PRIMARY KEY ("id")
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
CREATE UNIQUE INDEX "kaarst_pass_number_key" ON "kaarst_pass"("number");

-- CreateIndex
CREATE INDEX "kaarst_pass_holderId_idx" ON "kaarst_pass"("holderId");

-- CreateIndex
CREATE INDEX "kaarst_pass_status_idx" ON "kaarst_pass"("status");

-- CreateIndex
CREATE INDEX "kaarst_pass_offer_partnerId_idx" ON "kaarst_pass_offer"("partnerId");

-- CreateIndex
CREATE INDEX "kaarst_pass_offer_validUntil_idx" ON "kaarst_pass_offer"("validUntil");

-- CreateIndex
CREATE UNIQUE INDEX "kaarst_pass_redemption_invoiceReference_key" ON "kaarst_pass_redemption"("invoiceReference");

-- CreateIndex
CREATE INDEX "kaarst_pass_redemption_offerId_createdAt_idx" ON "kaarst_pass_redemption"("offerId", "createdAt");

-- CreateIndex
CREATE INDEX "kaarst_pass_redemption_holderId_idx" ON "kaarst_pass_redemption"("holderId");

-- CreateIndex
CREATE UNIQUE INDEX "kaarst_pass_redemption_passId_idempotencyKey_key" ON "kaarst_pass_redemption"("passId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "audit_entry_at_idx" ON "audit_entry"("at");

-- CreateIndex
CREATE INDEX "audit_entry_actorId_at_idx" ON "audit_entry"("actorId", "at");

-- CreateIndex
CREATE INDEX "audit_entry_recordType_recordId_at_idx" ON "audit_entry"("recordType", "recordId", "at");

-- AddForeignKey
ALTER TABLE "kaarst_pass_redemption" ADD CONSTRAINT "kaarst_pass_redemption_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "kaarst_pass_offer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kaarst_pass_redemption" ADD CONSTRAINT "kaarst_pass_redemption_passId_fkey" FOREIGN KEY ("passId") REFERENCES "kaarst_pass"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- One live pass per person: a second application finds the first (an expired one is renewed in place).
CREATE UNIQUE INDEX "kaarst_pass_one_live_per_holder" ON "kaarst_pass"("holderId") WHERE "status" IN ('PENDING', 'ACTIVE', 'SUSPENDED');

-- What the code checks, the database holds too: the quota is never overrun.
ALTER TABLE "kaarst_pass_offer" ADD CONSTRAINT "kaarst_pass_offer_within_quota" CHECK ("quota" IS NULL OR ("redeemed" >= 0 AND "redeemed" <= "quota"));
ALTER TABLE "kaarst_pass_offer" ADD CONSTRAINT "kaarst_pass_offer_price" CHECK ("priceCents" >= 0 AND "perPassLimit" >= 1);
