-- The OParl 1.1 object model, RATS-TV broadcasts and import bookkeeping (prisma migrate diff).

-- CreateEnum
CREATE TYPE "BroadcastStatus" AS ENUM ('SCHEDULED', 'LIVE', 'ENDED');

-- CreateTable
CREATE TABLE "system" (
    "id" TEXT NOT NULL,
    "externalId" TEXT,
    "name" TEXT,
    "oparlVersion" TEXT NOT NULL DEFAULT 'https://schema.oparl.org/1.1/',
    "contactEmail" TEXT,
    "contactName" TEXT,
    "website" TEXT,
    "vendor" TEXT,
    "product" TEXT,
    "license" TEXT,
    "web" TEXT,
    "created" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modified" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "system_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "body" (
    "id" TEXT NOT NULL,
    "externalId" TEXT,
    "systemId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "website" TEXT,
    "ags" TEXT,
    "rgs" TEXT,
    "classification" TEXT,
    "contactEmail" TEXT,
    "contactName" TEXT,
    "locationId" TEXT,
    "license" TEXT,
    "keyword" TEXT[],
    "web" TEXT,
    "created" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modified" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "body_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "legislative_term" (
    "id" TEXT NOT NULL,
    "externalId" TEXT,
    "bodyId" TEXT NOT NULL,
    "name" TEXT,
    "startDate" DATE,
    "endDate" DATE,
    "license" TEXT,
    "keyword" TEXT[],
    "web" TEXT,
    "created" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modified" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "legislative_term_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organization" (
    "id" TEXT NOT NULL,
    "externalId" TEXT,
    "bodyId" TEXT NOT NULL,
    "name" TEXT,
    "shortName" TEXT,
    "post" TEXT[],
    "organizationType" TEXT,
    "classification" TEXT,
    "startDate" DATE,
    "endDate" DATE,
    "website" TEXT,
    "locationId" TEXT,
    "license" TEXT,
    "keyword" TEXT[],
    "web" TEXT,
    "created" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modified" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person" (
    "id" TEXT NOT NULL,
    "externalId" TEXT,
    "bodyId" TEXT NOT NULL,
    "name" TEXT,
    "familyName" TEXT,
    "givenName" TEXT,
    "formOfAddress" TEXT,
    "affix" TEXT,
    "title" TEXT[],
    "gender" TEXT,
    "status" TEXT[],
    "life" TEXT,
    "license" TEXT,
    "keyword" TEXT[],
    "web" TEXT,
    "created" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modified" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "membership" (
    "id" TEXT NOT NULL,
    "externalId" TEXT,
    "personId" TEXT NOT NULL,
    "organizationId" TEXT,
    "role" TEXT,
    "votingRight" BOOLEAN,
    "startDate" DATE,
    "endDate" DATE,
    "license" TEXT,
    "keyword" TEXT[],
    "web" TEXT,
    "created" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modified" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "location" (
    "id" TEXT NOT NULL,
    "externalId" TEXT,
    "description" TEXT,
    "streetAddress" TEXT,
    "room" TEXT,
    "postalCode" TEXT,
    "subLocality" TEXT,
    "locality" TEXT,
    "geojson" JSONB,
    "license" TEXT,
    "keyword" TEXT[],
    "web" TEXT,
    "created" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modified" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meeting" (
    "id" TEXT NOT NULL,
    "externalId" TEXT,
    "bodyId" TEXT NOT NULL,
    "name" TEXT,
    "meetingState" TEXT,
    "cancelled" BOOLEAN NOT NULL DEFAULT false,
    "start" TIMESTAMP(3),
    "end" TIMESTAMP(3),
    "locationId" TEXT,
    "license" TEXT,
    "keyword" TEXT[],
    "web" TEXT,
    "created" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modified" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agenda_item" (
    "id" TEXT NOT NULL,
    "externalId" TEXT,
    "meetingId" TEXT NOT NULL,
    "number" TEXT,
    "order" INTEGER NOT NULL,
    "name" TEXT,
    "public" BOOLEAN NOT NULL DEFAULT true,
    "result" TEXT,
    "resolutionText" TEXT,
    "start" TIMESTAMP(3),
    "end" TIMESTAMP(3),
    "license" TEXT,
    "keyword" TEXT[],
    "web" TEXT,
    "created" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modified" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "agenda_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "paper" (
    "id" TEXT NOT NULL,
    "externalId" TEXT,
    "bodyId" TEXT NOT NULL,
    "name" TEXT,
    "reference" TEXT,
    "date" DATE,
    "paperType" TEXT,
    "license" TEXT,
    "keyword" TEXT[],
    "web" TEXT,
    "created" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modified" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "paper_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "consultation" (
    "id" TEXT NOT NULL,
    "externalId" TEXT,
    "paperId" TEXT NOT NULL,
    "meetingId" TEXT,
    "agendaItemId" TEXT,
    "authoritative" BOOLEAN,
    "role" TEXT,
    "license" TEXT,
    "keyword" TEXT[],
    "web" TEXT,
    "created" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modified" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "consultation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "file" (
    "id" TEXT NOT NULL,
    "externalId" TEXT,
    "role" TEXT NOT NULL DEFAULT 'auxiliaryFile',
    "paperId" TEXT,
    "meetingId" TEXT,
    "agendaItemId" TEXT,
    "name" TEXT,
    "fileName" TEXT,
    "mimeType" TEXT,
    "date" DATE,
    "size" INTEGER,
    "sha1Checksum" TEXT,
    "text" TEXT,
    "accessUrl" TEXT NOT NULL,
    "downloadUrl" TEXT,
    "fileLicense" TEXT,
    "license" TEXT,
    "keyword" TEXT[],
    "web" TEXT,
    "created" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modified" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "file_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "broadcast" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "status" "BroadcastStatus" NOT NULL DEFAULT 'SCHEDULED',
    "streamUrl" TEXT NOT NULL,
    "currentAgendaItemId" TEXT,
    "startedAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "recordingUrl" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "broadcast_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "chapter" (
    "broadcastId" TEXT NOT NULL,
    "agendaItemId" TEXT NOT NULL,
    "offsetSeconds" INTEGER NOT NULL,

    CONSTRAINT "chapter_pkey" PRIMARY KEY ("broadcastId","agendaItemId")
);

-- CreateTable
CREATE TABLE "import_source" (
    "url" TEXT NOT NULL,
    "lastStarted" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "import_source_pkey" PRIMARY KEY ("url")
);

-- CreateTable
CREATE TABLE "_MeetingToOrganization" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_MeetingToOrganization_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ConsultationToOrganization" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ConsultationToOrganization_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "system_externalId_key" ON "system"("externalId");

-- CreateIndex
CREATE UNIQUE INDEX "body_externalId_key" ON "body"("externalId");

-- CreateIndex
CREATE UNIQUE INDEX "legislative_term_externalId_key" ON "legislative_term"("externalId");

-- CreateIndex
CREATE UNIQUE INDEX "organization_externalId_key" ON "organization"("externalId");

-- CreateIndex
CREATE UNIQUE INDEX "person_externalId_key" ON "person"("externalId");

-- CreateIndex
CREATE UNIQUE INDEX "membership_externalId_key" ON "membership"("externalId");

-- CreateIndex
CREATE UNIQUE INDEX "location_externalId_key" ON "location"("externalId");

-- CreateIndex
CREATE UNIQUE INDEX "meeting_externalId_key" ON "meeting"("externalId");

-- CreateIndex
CREATE INDEX "meeting_start_idx" ON "meeting"("start");

-- CreateIndex
CREATE UNIQUE INDEX "agenda_item_externalId_key" ON "agenda_item"("externalId");

-- CreateIndex
CREATE INDEX "agenda_item_meetingId_order_idx" ON "agenda_item"("meetingId", "order");

-- CreateIndex
CREATE UNIQUE INDEX "paper_externalId_key" ON "paper"("externalId");

-- CreateIndex
CREATE UNIQUE INDEX "consultation_externalId_key" ON "consultation"("externalId");

-- CreateIndex
CREATE UNIQUE INDEX "file_externalId_key" ON "file"("externalId");

-- CreateIndex
CREATE UNIQUE INDEX "broadcast_meetingId_key" ON "broadcast"("meetingId");

-- CreateIndex
CREATE INDEX "_MeetingToOrganization_B_index" ON "_MeetingToOrganization"("B");

-- CreateIndex
CREATE INDEX "_ConsultationToOrganization_B_index" ON "_ConsultationToOrganization"("B");

-- AddForeignKey
ALTER TABLE "body" ADD CONSTRAINT "body_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "system"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "body" ADD CONSTRAINT "body_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "location"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "legislative_term" ADD CONSTRAINT "legislative_term_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organization" ADD CONSTRAINT "organization_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organization" ADD CONSTRAINT "organization_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "location"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person" ADD CONSTRAINT "person_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_personId_fkey" FOREIGN KEY ("personId") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "location"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "paper" ADD CONSTRAINT "paper_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "paper"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "agenda_item"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "file" ADD CONSTRAINT "file_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "paper"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "file" ADD CONSTRAINT "file_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "file" ADD CONSTRAINT "file_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "agenda_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "broadcast" ADD CONSTRAINT "broadcast_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "chapter" ADD CONSTRAINT "chapter_broadcastId_fkey" FOREIGN KEY ("broadcastId") REFERENCES "broadcast"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "chapter" ADD CONSTRAINT "chapter_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "agenda_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_MeetingToOrganization" ADD CONSTRAINT "_MeetingToOrganization_A_fkey" FOREIGN KEY ("A") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_MeetingToOrganization" ADD CONSTRAINT "_MeetingToOrganization_B_fkey" FOREIGN KEY ("B") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ConsultationToOrganization" ADD CONSTRAINT "_ConsultationToOrganization_A_fkey" FOREIGN KEY ("A") REFERENCES "consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ConsultationToOrganization" ADD CONSTRAINT "_ConsultationToOrganization_B_fkey" FOREIGN KEY ("B") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Full-text search in German (stemming: "Haushalt" finds "Haushalts"). The expressions
-- must stay identical to those in src/search.ts, or these indexes are not used.
CREATE INDEX "paper_fts_idx" ON "paper" USING GIN (to_tsvector('german', coalesce("name", '') || ' ' || coalesce("reference", '')));
CREATE INDEX "agenda_item_fts_idx" ON "agenda_item" USING GIN (to_tsvector('german', coalesce("name", '') || ' ' || coalesce("resolutionText", '')));
