-- CreateEnum
CREATE TYPE "AppointmentAttendance" AS ENUM ('EXPECTED', 'CHECKED_IN', 'NO_SHOW');

-- CreateEnum
CREATE TYPE "QueueTicketKind" AS ENUM ('WALK_IN', 'APPOINTMENT');

-- CreateEnum
CREATE TYPE "QueueTicketStatus" AS ENUM ('WAITING', 'CALLED', 'SERVING', 'PARKED', 'MISSED', 'DONE', 'CANCELLED');

-- AlterTable
ALTER TABLE "appointment" ADD COLUMN     "attendance" "AppointmentAttendance" NOT NULL DEFAULT 'EXPECTED',
ADD COLUMN     "cancellationReason" TEXT,
ADD COLUMN     "checkedInAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "queue_ticket" (
    "id" UUID NOT NULL,
    "locationId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "kind" "QueueTicketKind" NOT NULL,
    "status" "QueueTicketStatus" NOT NULL DEFAULT 'WAITING',
    "code" TEXT NOT NULL,
    "appointmentId" UUID,
    "priority" INTEGER NOT NULL,
    "queuedAt" TIMESTAMPTZ(3) NOT NULL,
    "eligibleAt" TIMESTAMPTZ(3) NOT NULL,
    "drawnAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "counter" INTEGER,
    "lastCounter" INTEGER,
    "callCount" INTEGER NOT NULL DEFAULT 0,
    "firstCalledAt" TIMESTAMPTZ(3),
    "lastCalledAt" TIMESTAMPTZ(3),
    "servingStartedAt" TIMESTAMPTZ(3),
    "handledSeconds" INTEGER NOT NULL DEFAULT 0,
    "finishedAt" TIMESTAMPTZ(3),
    "callKey" TEXT,
    "issuedBy" UUID NOT NULL,
    "idempotencyKey" TEXT,
    "cancelReason" TEXT,

    CONSTRAINT "queue_ticket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "queue_ticket_service" (
    "ticketId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "serviceId" TEXT NOT NULL,
    "handledSeconds" INTEGER,

    CONSTRAINT "queue_ticket_service_pkey" PRIMARY KEY ("ticketId","position")
);

-- CreateTable
CREATE TABLE "queue_day" (
    "locationId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "lastNumber" INTEGER NOT NULL,

    CONSTRAINT "queue_day_pkey" PRIMARY KEY ("locationId","date")
);

-- CreateTable
CREATE TABLE "queue_counter" (
    "locationId" TEXT NOT NULL,
    "counter" INTEGER NOT NULL,
    "staffId" UUID NOT NULL,
    "openedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "queue_counter_pkey" PRIMARY KEY ("locationId","counter")
);

-- CreateTable
CREATE TABLE "queue_settings" (
    "locationId" TEXT NOT NULL,
    "appointmentPriority" INTEGER NOT NULL DEFAULT 1,
    "walkInPriority" INTEGER NOT NULL DEFAULT 2,
    "maxRecalls" INTEGER NOT NULL DEFAULT 2,
    "appointmentEarlyMinutes" INTEGER NOT NULL DEFAULT 10,
    "walkInsOpen" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "queue_settings_pkey" PRIMARY KEY ("locationId")
);

-- CreateIndex
CREATE UNIQUE INDEX "queue_ticket_code_key" ON "queue_ticket"("code");

-- CreateIndex
CREATE UNIQUE INDEX "queue_ticket_appointmentId_key" ON "queue_ticket"("appointmentId");

-- CreateIndex
CREATE INDEX "queue_ticket_locationId_date_status_idx" ON "queue_ticket"("locationId", "date", "status");

-- CreateIndex
CREATE INDEX "queue_ticket_locationId_status_finishedAt_idx" ON "queue_ticket"("locationId", "status", "finishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "queue_ticket_locationId_date_number_key" ON "queue_ticket"("locationId", "date", "number");

-- CreateIndex
CREATE UNIQUE INDEX "queue_ticket_issuedBy_idempotencyKey_key" ON "queue_ticket"("issuedBy", "idempotencyKey");

-- CreateIndex
CREATE INDEX "queue_ticket_service_serviceId_idx" ON "queue_ticket_service"("serviceId");

-- AddForeignKey
ALTER TABLE "queue_ticket" ADD CONSTRAINT "queue_ticket_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "queue_ticket" ADD CONSTRAINT "queue_ticket_appointmentId_fkey" FOREIGN KEY ("appointmentId") REFERENCES "appointment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "queue_ticket_service" ADD CONSTRAINT "queue_ticket_service_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "queue_ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "queue_ticket_service" ADD CONSTRAINT "queue_ticket_service_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;



-- What the code checks, the database holds too (written by hand, Prisma cannot express them).
-- A ticket has a counter exactly while it is called or served, so it is at one counter at a time.
CREATE UNIQUE INDEX "queue_ticket_one_active_per_counter" ON "queue_ticket"("locationId", "date", "counter") WHERE "status" IN ('CALLED', 'SERVING');
ALTER TABLE "queue_ticket" ADD CONSTRAINT "queue_ticket_counter_while_active" CHECK (("status" IN ('CALLED', 'SERVING')) = ("counter" IS NOT NULL));
ALTER TABLE "queue_ticket" ADD CONSTRAINT "queue_ticket_called_before_active" CHECK ("status" NOT IN ('CALLED', 'SERVING') OR ("lastCalledAt" IS NOT NULL AND "callCount" >= 1));
ALTER TABLE "queue_ticket" ADD CONSTRAINT "queue_ticket_serving_started" CHECK ("status" <> 'SERVING' OR "servingStartedAt" IS NOT NULL);
ALTER TABLE "queue_ticket" ADD CONSTRAINT "queue_ticket_numbers" CHECK ("number" >= 1 AND "callCount" >= 0 AND "handledSeconds" >= 0 AND ("counter" IS NULL OR "counter" >= 1));
ALTER TABLE "queue_ticket" ADD CONSTRAINT "queue_ticket_kind_appointment" CHECK ("kind" = 'APPOINTMENT' OR "appointmentId" IS NULL);
ALTER TABLE "queue_counter" ADD CONSTRAINT "queue_counter_location_fkey" FOREIGN KEY ("locationId") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "queue_settings" ADD CONSTRAINT "queue_settings_location_fkey" FOREIGN KEY ("locationId") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "queue_settings" ADD CONSTRAINT "queue_settings_ranges" CHECK ("appointmentPriority" BETWEEN 0 AND 9 AND "walkInPriority" BETWEEN 0 AND 9 AND "maxRecalls" BETWEEN 0 AND 10 AND "appointmentEarlyMinutes" BETWEEN 0 AND 120);
