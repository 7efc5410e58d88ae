-- CreateEnum
CREATE TYPE "AppointmentStatus" AS ENUM ('BOOKED', 'CANCELLED');

-- CreateTable
CREATE TABLE "service" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "durationMinutes" INTEGER NOT NULL,
    "leikaKey" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "location" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "district" TEXT,
    "mobile" BOOLEAN NOT NULL DEFAULT false,
    "counters" INTEGER NOT NULL DEFAULT 1,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "opening_hours" (
    "id" SERIAL NOT NULL,
    "locationId" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL,
    "opens" TEXT NOT NULL,
    "closes" TEXT NOT NULL,

    CONSTRAINT "opening_hours_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "appointment" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "citizenId" UUID NOT NULL,
    "locationId" TEXT NOT NULL,
    "counter" INTEGER NOT NULL,
    "start" TIMESTAMPTZ(3) NOT NULL,
    "end" TIMESTAMPTZ(3) NOT NULL,
    "status" "AppointmentStatus" NOT NULL DEFAULT 'BOOKED',
    "idempotencyKey" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" TIMESTAMPTZ(3),

    CONSTRAINT "appointment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_line" (
    "appointmentId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "serviceId" TEXT NOT NULL,

    CONSTRAINT "service_line_pkey" PRIMARY KEY ("appointmentId","position")
);

-- CreateTable
CREATE TABLE "slot_unit" (
    "locationId" TEXT NOT NULL,
    "counter" INTEGER NOT NULL,
    "start" TIMESTAMPTZ(3) NOT NULL,
    "appointmentId" UUID NOT NULL,

    CONSTRAINT "slot_unit_pkey" PRIMARY KEY ("locationId","counter","start")
);

-- CreateIndex
CREATE INDEX "opening_hours_locationId_idx" ON "opening_hours"("locationId");

-- CreateIndex
CREATE UNIQUE INDEX "appointment_code_key" ON "appointment"("code");

-- CreateIndex
CREATE INDEX "appointment_locationId_start_idx" ON "appointment"("locationId", "start");

-- CreateIndex
CREATE INDEX "appointment_citizenId_start_idx" ON "appointment"("citizenId", "start");

-- CreateIndex
CREATE UNIQUE INDEX "appointment_citizenId_idempotencyKey_key" ON "appointment"("citizenId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "slot_unit_appointmentId_idx" ON "slot_unit"("appointmentId");

-- AddForeignKey
ALTER TABLE "opening_hours" ADD CONSTRAINT "opening_hours_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_line" ADD CONSTRAINT "service_line_appointmentId_fkey" FOREIGN KEY ("appointmentId") REFERENCES "appointment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_line" ADD CONSTRAINT "service_line_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "slot_unit" ADD CONSTRAINT "slot_unit_appointmentId_fkey" FOREIGN KEY ("appointmentId") REFERENCES "appointment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

