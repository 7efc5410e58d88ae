-- The Bürgerbüro whose waiting time a screen shows: Büttgen's own town hall for Büttgen,
-- Kaarst's town hall for the other squares (the mobile office has no waiting room).
ALTER TABLE "screen" ADD COLUMN "nearest_office_id" TEXT NOT NULL DEFAULT 'rathaus-kaarst';
UPDATE "screen" SET "nearest_office_id" = 'rathaus-buettgen' WHERE "id" = 'buettgen-rathausplatz';
