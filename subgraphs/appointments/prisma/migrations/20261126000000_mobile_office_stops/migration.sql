-- AlterTable
ALTER TABLE "opening_hours" ADD COLUMN     "date" TEXT;

-- CreateIndex
CREATE INDEX "opening_hours_date_idx" ON "opening_hours"("date");

