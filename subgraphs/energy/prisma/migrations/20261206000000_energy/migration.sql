
-- CreateEnum
CREATE TYPE "DataLevel" AS ENUM ('MONTHLY', 'FINE');

-- CreateEnum
CREATE TYPE "Sector" AS ENUM ('HOUSEHOLD', 'BUSINESS');

-- CreateEnum
CREATE TYPE "Resolution" AS ENUM ('QUARTER', 'HOUR', 'DAY', 'MONTH');

-- CreateTable
CREATE TABLE "meter" (
    "id" TEXT NOT NULL,
    "activationCodeHash" TEXT NOT NULL,
    "failedAttempts" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMPTZ(3),
    "ownerId" UUID,
    "linkedAt" TIMESTAMPTZ(3),
    "label" TEXT,
    "sector" "Sector" NOT NULL DEFAULT 'HOUSEHOLD',
    "district" TEXT NOT NULL,
    "householdSize" INTEGER,
    "dataLevel" "DataLevel" NOT NULL DEFAULT 'MONTHLY',
    "fineSince" TIMESTAMPTZ(3),
    "capacityEurPerKwYear" DOUBLE PRECISION,
    "registeredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "meter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "consent_event" (
    "id" UUID NOT NULL,
    "meterId" TEXT NOT NULL,
    "ownerId" UUID,
    "level" "DataLevel" NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "consent_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reading" (
    "meterId" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "importWh" DOUBLE PRECISION,
    "exportWh" DOUBLE PRECISION,
    "powerW" DOUBLE PRECISION,
    "reset" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "reading_pkey" PRIMARY KEY ("meterId","at")
);

-- CreateTable
CREATE TABLE "rollup" (
    "meterId" TEXT NOT NULL,
    "resolution" "Resolution" NOT NULL,
    "start" TIMESTAMPTZ(3) NOT NULL,
    "importWh" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "exportWh" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "estimatedWh" DOUBLE PRECISION NOT NULL DEFAULT 0,

    CONSTRAINT "rollup_pkey" PRIMARY KEY ("meterId","resolution","start")
);

-- CreateTable
CREATE TABLE "profile_value" (
    "meterId" TEXT NOT NULL,
    "start" TIMESTAMPTZ(3) NOT NULL,
    "importWh" DOUBLE PRECISION NOT NULL,
    "exportWh" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "profile_value_pkey" PRIMARY KEY ("meterId","start")
);

-- CreateTable
CREATE TABLE "ingest_refusal" (
    "meterId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "ingest_refusal_pkey" PRIMARY KEY ("meterId","day","reason")
);

-- CreateTable
CREATE TABLE "tariff" (
    "id" UUID NOT NULL,
    "meterId" TEXT NOT NULL,
    "validFrom" TIMESTAMPTZ(3) NOT NULL,
    "name" TEXT,
    "monthlyFeeCents" INTEGER NOT NULL,
    "energyCtPerKwh" DOUBLE PRECISION NOT NULL,
    "feedInCtPerKwh" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "windows" JSONB NOT NULL DEFAULT '[]',
    "dynamicPriceList" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tariff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dynamic_price" (
    "list" TEXT NOT NULL,
    "validFrom" TIMESTAMPTZ(3) NOT NULL,
    "minutes" INTEGER NOT NULL,
    "ctPerKwh" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "dynamic_price_pkey" PRIMARY KEY ("list","validFrom")
);

-- CreateTable
CREATE TABLE "gateway_key" (
    "id" UUID NOT NULL,
    "meterId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMPTZ(3),
    "lastUsedAt" TIMESTAMPTZ(3),

    CONSTRAINT "gateway_key_pkey" PRIMARY KEY ("id")
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
CREATE INDEX "meter_ownerId_idx" ON "meter"("ownerId");

-- CreateIndex
CREATE INDEX "meter_sector_district_idx" ON "meter"("sector", "district");

-- CreateIndex
CREATE INDEX "consent_event_meterId_at_idx" ON "consent_event"("meterId", "at");

-- CreateIndex
CREATE INDEX "consent_event_ownerId_idx" ON "consent_event"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "tariff_meterId_validFrom_key" ON "tariff"("meterId", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "gateway_key_keyHash_key" ON "gateway_key"("keyHash");

-- CreateIndex
CREATE INDEX "gateway_key_meterId_idx" ON "gateway_key"("meterId");

-- CreateIndex
CREATE INDEX "audit_entry_at_idx" ON "audit_entry"("at");

-- CreateIndex
CREATE INDEX "audit_entry_actorId_at_idx" ON "audit_entry"("actorId", "at");

-- CreateIndex
CREATE INDEX "audit_entry_recordType_recordId_at_idx" ON "audit_entry"("recordType", "recordId", "at");

-- AddForeignKey
ALTER TABLE "tariff" ADD CONSTRAINT "tariff_meterId_fkey" FOREIGN KEY ("meterId") REFERENCES "meter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gateway_key" ADD CONSTRAINT "gateway_key_meterId_fkey" FOREIGN KEY ("meterId") REFERENCES "meter"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Invariants the application relies on, kept by the database too.
ALTER TABLE "reading" ADD CONSTRAINT "reading_values_check" CHECK (
  ("importWh" IS NOT NULL OR "powerW" IS NOT NULL)
  AND ("importWh" IS NULL OR "importWh" >= 0)
  AND ("exportWh" IS NULL OR ("exportWh" >= 0 AND "importWh" IS NOT NULL))
  AND ("powerW" IS NULL OR "powerW" >= 0));
ALTER TABLE "profile_value" ADD CONSTRAINT "profile_value_check" CHECK ("importWh" >= 0 AND "exportWh" >= 0);
ALTER TABLE "ingest_refusal" ADD CONSTRAINT "ingest_refusal_count_check" CHECK ("count" > 0);
ALTER TABLE "meter" ADD CONSTRAINT "meter_owner_check" CHECK (("ownerId" IS NULL) = ("linkedAt" IS NULL));
ALTER TABLE "meter" ADD CONSTRAINT "meter_fine_check" CHECK (("dataLevel" = 'FINE') = ("fineSince" IS NOT NULL) AND ("dataLevel" = 'MONTHLY' OR "ownerId" IS NOT NULL));
