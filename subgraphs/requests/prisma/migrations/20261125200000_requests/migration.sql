-- CreateEnum
CREATE TYPE "RequestStatus" AS ENUM ('RECEIVED', 'IN_PROGRESS', 'WAITING_FOR_CITIZEN', 'DONE', 'REJECTED');

-- CreateTable
CREATE TABLE "request_type" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "department" TEXT NOT NULL,
    "group" TEXT NOT NULL,
    "keywords" TEXT[],
    "fields" JSONB NOT NULL,
    "dueDays" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "request_type_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "service_request" (
    "id" UUID NOT NULL,
    "referenceNumber" TEXT NOT NULL,
    "typeCode" TEXT NOT NULL,
    "citizenId" UUID,
    "contactEmail" TEXT,
    "contactName" TEXT,
    "description" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "address" TEXT,
    "status" "RequestStatus" NOT NULL DEFAULT 'RECEIVED',
    "department" TEXT NOT NULL,
    "assigneeId" UUID,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "source" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "service_request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "status_change" (
    "id" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "status" "RequestStatus" NOT NULL,
    "reason" TEXT,
    "actorId" UUID,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "status_change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "request_message" (
    "id" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "authorId" UUID,
    "fromOffice" BOOLEAN NOT NULL,
    "internal" BOOLEAN NOT NULL DEFAULT false,
    "body" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "request_message_pkey" PRIMARY KEY ("id")
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
CREATE UNIQUE INDEX "service_request_referenceNumber_key" ON "service_request"("referenceNumber");

-- CreateIndex
CREATE INDEX "service_request_department_status_createdAt_idx" ON "service_request"("department", "status", "createdAt");

-- CreateIndex
CREATE INDEX "service_request_citizenId_createdAt_idx" ON "service_request"("citizenId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "service_request_citizenId_idempotencyKey_key" ON "service_request"("citizenId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "status_change_requestId_at_idx" ON "status_change"("requestId", "at");

-- CreateIndex
CREATE INDEX "request_message_requestId_at_idx" ON "request_message"("requestId", "at");

-- CreateIndex
CREATE INDEX "audit_entry_at_idx" ON "audit_entry"("at");

-- CreateIndex
CREATE INDEX "audit_entry_actorId_at_idx" ON "audit_entry"("actorId", "at");

-- CreateIndex
CREATE INDEX "audit_entry_recordType_recordId_at_idx" ON "audit_entry"("recordType", "recordId", "at");

-- AddForeignKey
ALTER TABLE "service_request" ADD CONSTRAINT "service_request_typeCode_fkey" FOREIGN KEY ("typeCode") REFERENCES "request_type"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_change" ADD CONSTRAINT "status_change_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "service_request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request_message" ADD CONSTRAINT "request_message_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "service_request"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Reference numbers: one counter for all requests, never reused.
CREATE SEQUENCE "request_reference_seq";
