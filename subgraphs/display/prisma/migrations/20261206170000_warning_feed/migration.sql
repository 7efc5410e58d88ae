-- Warnings imported from an official feed: one emergency per warning identifier, whichever
-- replica imports it first.
ALTER TABLE "emergency" ADD COLUMN "source_id" TEXT;
CREATE UNIQUE INDEX "emergency_source_id_key" ON "emergency"("source_id");
