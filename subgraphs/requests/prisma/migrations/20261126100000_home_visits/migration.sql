-- CreateTable
CREATE TABLE "home_visit" (
    "requestId" UUID NOT NULL,
    "date" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "windowEnd" TIMESTAMPTZ(3) NOT NULL,
    "plannedBy" UUID,
    "plannedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "home_visit_pkey" PRIMARY KEY ("requestId")
);

-- CreateIndex
CREATE INDEX "home_visit_date_position_idx" ON "home_visit"("date", "position");

-- AddForeignKey
ALTER TABLE "home_visit" ADD CONSTRAINT "home_visit_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "service_request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

