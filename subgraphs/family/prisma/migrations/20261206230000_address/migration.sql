-- CreateTable
CREATE TABLE "address" (
    "id" UUID NOT NULL,
    "recordId" TEXT NOT NULL,
    "municipality" TEXT NOT NULL,
    "streetKey" TEXT NOT NULL,
    "street" TEXT NOT NULL,
    "houseNumber" TEXT NOT NULL,
    "addition" TEXT NOT NULL DEFAULT '',
    "postalCode" TEXT,
    "locality" TEXT,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "search" TEXT NOT NULL,
    "sample" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "address_pkey" PRIMARY KEY ("id"),
    -- a house coordinate lies on the earth, and an address has a street and a number
    CONSTRAINT "address_latitude_check" CHECK ("latitude" BETWEEN -90 AND 90),
    CONSTRAINT "address_longitude_check" CHECK ("longitude" BETWEEN -180 AND 180),
    CONSTRAINT "address_street_check" CHECK (length("street") > 0 AND length("houseNumber") > 0)
);

-- CreateIndex
CREATE UNIQUE INDEX "address_municipality_streetKey_houseNumber_addition_key" ON "address"("municipality", "streetKey", "houseNumber", "addition");

-- CreateIndex
CREATE INDEX "address_municipality_search_idx" ON "address"("municipality", "search" text_pattern_ops);
