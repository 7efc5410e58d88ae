
-- CreateEnum
CREATE TYPE "AgeGroup" AS ENUM ('U3', 'UE3');

-- CreateEnum
CREATE TYPE "WishStatus" AS ENUM ('PENDING', 'OFFERED', 'ACCEPTED', 'WAITLISTED', 'NOT_NEEDED', 'WITHDRAWN', 'LAPSED');

-- CreateTable
CREATE TABLE "provider" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sample" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "provider_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "coordinator" (
    "providerId" TEXT NOT NULL,
    "accountId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "coordinator_pkey" PRIMARY KEY ("providerId","accountId")
);

-- CreateTable
CREATE TABLE "kita" (
    "id" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "street" TEXT NOT NULL,
    "postalCode" TEXT NOT NULL,
    "district" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "minAgeMonths" INTEGER NOT NULL,
    "maxAgeMonths" INTEGER NOT NULL,
    "weeklyHours" INTEGER[],
    "openingTimes" TEXT NOT NULL,
    "concept" TEXT NOT NULL,
    "languages" TEXT[],
    "criteria" JSONB NOT NULL DEFAULT '[]',
    "sample" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "kita_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kita_group" (
    "kitaId" TEXT NOT NULL,
    "ageGroup" "AgeGroup" NOT NULL,
    "places" INTEGER NOT NULL,
    "freePlaces" INTEGER NOT NULL,

    CONSTRAINT "kita_group_pkey" PRIMARY KEY ("kitaId","ageGroup")
);

-- CreateTable
CREATE TABLE "family_offer" (
    "id" UUID NOT NULL,
    "providerId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "targetGroup" TEXT NOT NULL,
    "district" TEXT NOT NULL,
    "contact" TEXT NOT NULL,
    "hours" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "sample" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "family_offer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "child" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "firstName" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "startDate" DATE NOT NULL,
    "weeklyHours" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "child_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "wish" (
    "id" UUID NOT NULL,
    "childId" UUID NOT NULL,
    "kitaId" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "ageGroup" "AgeGroup" NOT NULL,
    "status" "WishStatus" NOT NULL DEFAULT 'PENDING',
    "criteriaMet" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "points" INTEGER NOT NULL DEFAULT 0,
    "reason" TEXT,
    "refusedRank" INTEGER,
    "cutoffRank" INTEGER,
    "offerExpiresAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "wish_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "birth_bundle" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "childFirstNames" TEXT NOT NULL,
    "childFamilyName" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "placeOfBirth" TEXT NOT NULL,
    "parent1Name" TEXT NOT NULL,
    "parent2Name" TEXT,
    "married" BOOLEAN NOT NULL,
    "consentRegistry" BOOLEAN NOT NULL,
    "consentFamilienkasse" BOOLEAN NOT NULL,
    "consentElterngeld" BOOLEAN NOT NULL,
    "certificateCopies" INTEGER,
    "applicantTaxId" TEXT,
    "iban" TEXT,
    "elterngeldMonths1" INTEGER,
    "elterngeldMonths2" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "birth_bundle_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "coordinator_accountId_idx" ON "coordinator"("accountId");

-- CreateIndex
CREATE INDEX "kita_district_idx" ON "kita"("district");

-- CreateIndex
CREATE INDEX "family_offer_topic_idx" ON "family_offer"("topic");

-- CreateIndex
CREATE INDEX "child_familyId_idx" ON "child"("familyId");

-- CreateIndex
CREATE INDEX "wish_kitaId_ageGroup_status_idx" ON "wish"("kitaId", "ageGroup", "status");

-- CreateIndex
CREATE UNIQUE INDEX "wish_childId_kitaId_key" ON "wish"("childId", "kitaId");

-- CreateIndex
CREATE UNIQUE INDEX "wish_childId_rank_key" ON "wish"("childId", "rank");

-- CreateIndex
CREATE INDEX "birth_bundle_familyId_idx" ON "birth_bundle"("familyId");

-- AddForeignKey
ALTER TABLE "coordinator" ADD CONSTRAINT "coordinator_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "provider"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kita" ADD CONSTRAINT "kita_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "provider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kita_group" ADD CONSTRAINT "kita_group_kitaId_fkey" FOREIGN KEY ("kitaId") REFERENCES "kita"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "family_offer" ADD CONSTRAINT "family_offer_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "provider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "wish" ADD CONSTRAINT "wish_childId_fkey" FOREIGN KEY ("childId") REFERENCES "child"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "wish" ADD CONSTRAINT "wish_kitaId_fkey" FOREIGN KEY ("kitaId") REFERENCES "kita"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Invariants Prisma cannot express: places never go below zero (the last place goes to one
-- family only), and a child holds at most one accepted place.
ALTER TABLE "kita_group" ADD CONSTRAINT "kita_group_free_places_check" CHECK ("freePlaces" >= 0 AND "freePlaces" <= "places");
CREATE UNIQUE INDEX "wish_one_accepted_per_child" ON "wish"("childId") WHERE "status" = 'ACCEPTED';
