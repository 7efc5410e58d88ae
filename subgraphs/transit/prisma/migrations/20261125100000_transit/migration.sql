-- CreateEnum
CREATE TYPE "FeedStatus" AS ENUM ('IMPORTING', 'ACTIVE');

-- CreateEnum
CREATE TYPE "PickupStatus" AS ENUM ('REQUESTED', 'ACKNOWLEDGED');

-- CreateTable
CREATE TABLE "feed" (
    "id" SERIAL NOT NULL,
    "source" TEXT NOT NULL,
    "status" "FeedStatus" NOT NULL DEFAULT 'IMPORTING',
    "timezone" TEXT NOT NULL DEFAULT 'Europe/Berlin',
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "activeAt" TIMESTAMP(3),
    "counts" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "feed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agency" (
    "feedId" INTEGER NOT NULL,
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "timezone" TEXT NOT NULL,

    CONSTRAINT "agency_pkey" PRIMARY KEY ("feedId","id")
);

-- CreateTable
CREATE TABLE "stop" (
    "feedId" INTEGER NOT NULL,
    "id" TEXT NOT NULL,
    "code" TEXT,
    "name" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "locationType" INTEGER NOT NULL,
    "parentStation" TEXT,
    "wheelchairBoarding" INTEGER NOT NULL,
    "platformCode" TEXT,

    CONSTRAINT "stop_pkey" PRIMARY KEY ("feedId","id")
);

-- CreateTable
CREATE TABLE "route" (
    "feedId" INTEGER NOT NULL,
    "id" TEXT NOT NULL,
    "agencyId" TEXT,
    "shortName" TEXT,
    "longName" TEXT,
    "type" INTEGER NOT NULL,
    "color" TEXT,

    CONSTRAINT "route_pkey" PRIMARY KEY ("feedId","id")
);

-- CreateTable
CREATE TABLE "trip" (
    "feedId" INTEGER NOT NULL,
    "id" TEXT NOT NULL,
    "routeId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "headsign" TEXT,
    "shortName" TEXT,
    "directionId" INTEGER,
    "wheelchairAccessible" INTEGER NOT NULL,

    CONSTRAINT "trip_pkey" PRIMARY KEY ("feedId","id")
);

-- CreateTable
CREATE TABLE "stop_time" (
    "feedId" INTEGER NOT NULL,
    "tripId" TEXT NOT NULL,
    "stopSequence" INTEGER NOT NULL,
    "stopId" TEXT NOT NULL,
    "arrival" INTEGER,
    "departure" INTEGER,
    "pickupType" INTEGER NOT NULL DEFAULT 0,
    "dropOffType" INTEGER NOT NULL DEFAULT 0,
    "stopHeadsign" TEXT,

    CONSTRAINT "stop_time_pkey" PRIMARY KEY ("feedId","tripId","stopSequence")
);

-- CreateTable
CREATE TABLE "service_calendar" (
    "feedId" INTEGER NOT NULL,
    "serviceId" TEXT NOT NULL,
    "weekdays" INTEGER NOT NULL,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT NOT NULL,

    CONSTRAINT "service_calendar_pkey" PRIMARY KEY ("feedId","serviceId")
);

-- CreateTable
CREATE TABLE "calendar_date" (
    "feedId" INTEGER NOT NULL,
    "serviceId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "exceptionType" INTEGER NOT NULL,

    CONSTRAINT "calendar_date_pkey" PRIMARY KEY ("feedId","serviceId","date")
);

-- CreateTable
CREATE TABLE "trip_duty" (
    "tripId" TEXT NOT NULL,
    "serviceDate" TEXT NOT NULL,
    "driverId" UUID NOT NULL,
    "since" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "trip_duty_pkey" PRIMARY KEY ("tripId","serviceDate","driverId")
);

-- CreateTable
CREATE TABLE "pickup_request" (
    "id" UUID NOT NULL,
    "citizenId" UUID NOT NULL,
    "tripId" TEXT NOT NULL,
    "serviceDate" TEXT NOT NULL,
    "stopId" TEXT NOT NULL,
    "stopSequence" INTEGER NOT NULL,
    "scheduledDeparture" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "status" "PickupStatus" NOT NULL DEFAULT 'REQUESTED',
    "acknowledgedAt" TIMESTAMP(3),
    "acknowledgedBy" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pickup_request_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "stop_feedId_name_idx" ON "stop"("feedId", "name");

-- CreateIndex
CREATE INDEX "stop_time_feedId_stopId_idx" ON "stop_time"("feedId", "stopId");

-- CreateIndex
CREATE INDEX "pickup_request_tripId_serviceDate_idx" ON "pickup_request"("tripId", "serviceDate");

-- CreateIndex
CREATE UNIQUE INDEX "pickup_request_citizenId_tripId_serviceDate_stopId_key" ON "pickup_request"("citizenId", "tripId", "serviceDate", "stopId");

-- AddForeignKey
ALTER TABLE "agency" ADD CONSTRAINT "agency_feedId_fkey" FOREIGN KEY ("feedId") REFERENCES "feed"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stop" ADD CONSTRAINT "stop_feedId_fkey" FOREIGN KEY ("feedId") REFERENCES "feed"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "route" ADD CONSTRAINT "route_feedId_fkey" FOREIGN KEY ("feedId") REFERENCES "feed"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trip" ADD CONSTRAINT "trip_feedId_fkey" FOREIGN KEY ("feedId") REFERENCES "feed"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stop_time" ADD CONSTRAINT "stop_time_feedId_fkey" FOREIGN KEY ("feedId") REFERENCES "feed"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_calendar" ADD CONSTRAINT "service_calendar_feedId_fkey" FOREIGN KEY ("feedId") REFERENCES "feed"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "calendar_date" ADD CONSTRAINT "calendar_date_feedId_fkey" FOREIGN KEY ("feedId") REFERENCES "feed"("id") ON DELETE CASCADE ON UPDATE CASCADE;

