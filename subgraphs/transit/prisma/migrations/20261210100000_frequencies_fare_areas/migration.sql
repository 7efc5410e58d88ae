-- AlterTable
ALTER TABLE "stop" ADD COLUMN     "zoneId" TEXT;

-- CreateTable
CREATE TABLE "frequency" (
    "feedId" INTEGER NOT NULL,
    "tripId" TEXT NOT NULL,
    "startTime" INTEGER NOT NULL,
    "endTime" INTEGER NOT NULL,
    "headwaySecs" INTEGER NOT NULL,
    "exactTimes" INTEGER NOT NULL,

    CONSTRAINT "frequency_pkey" PRIMARY KEY ("feedId","tripId","startTime")
);

-- CreateTable
CREATE TABLE "area" (
    "feedId" INTEGER NOT NULL,
    "id" TEXT NOT NULL,
    "name" TEXT,

    CONSTRAINT "area_pkey" PRIMARY KEY ("feedId","id")
);

-- CreateTable
CREATE TABLE "stop_area" (
    "feedId" INTEGER NOT NULL,
    "areaId" TEXT NOT NULL,
    "stopId" TEXT NOT NULL,

    CONSTRAINT "stop_area_pkey" PRIMARY KEY ("feedId","areaId","stopId")
);

-- AddForeignKey
ALTER TABLE "frequency" ADD CONSTRAINT "frequency_feedId_fkey" FOREIGN KEY ("feedId") REFERENCES "feed"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "area" ADD CONSTRAINT "area_feedId_fkey" FOREIGN KEY ("feedId") REFERENCES "feed"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stop_area" ADD CONSTRAINT "stop_area_feedId_fkey" FOREIGN KEY ("feedId") REFERENCES "feed"("id") ON DELETE CASCADE ON UPDATE CASCADE;

