-- What to bring and what it costs, per service (issue 24: booking said neither).
ALTER TABLE "service" ADD COLUMN "whatToBring" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN "feeCents" INTEGER,
ADD COLUMN "feeNote" TEXT;

-- The sample catalogue seeded before this column existed gets the same sample values as a new
-- seed (src/seed.ts), but a service the town has filled in already (bring or fee set) is left alone, and no comment or value holds a semicolon (the migration runner splits on it).
UPDATE "service" SET "whatToBring" = ARRAY['Bisheriger Personalausweis oder Reisepass', 'Ein aktuelles biometrisches Lichtbild', 'Bei geändertem Namen: die Urkunde (z. B. Eheurkunde)'], "feeCents" = 4600, "feeNote" = 'Ab 24 Jahren (jünger: 22,80 €). Beispielwert, maßgeblich ist die geltende Gebührenordnung.'
  WHERE "id" = 'personalausweis' AND "feeCents" IS NULL AND cardinality("whatToBring") = 0;
UPDATE "service" SET "whatToBring" = ARRAY['Bisheriger Reisepass oder Personalausweis', 'Ein aktuelles biometrisches Lichtbild', 'Für Kinder: Zustimmung aller Sorgeberechtigten'], "feeCents" = 7000, "feeNote" = 'Ab 24 Jahren, 32 Seiten (jünger: 37,50 €). Beispielwert, maßgeblich ist die geltende Gebührenordnung.'
  WHERE "id" = 'reisepass' AND "feeCents" IS NULL AND cardinality("whatToBring") = 0;
UPDATE "service" SET "whatToBring" = ARRAY['Personalausweis oder Reisepass', 'Wohnungsgeberbestätigung (vom Vermieter)'], "feeCents" = 0, "feeNote" = NULL
  WHERE "id" = 'wohnsitz-anmelden' AND "feeCents" IS NULL AND cardinality("whatToBring") = 0;
UPDATE "service" SET "whatToBring" = ARRAY['Personalausweis oder Reisepass'], "feeCents" = 1300, "feeNote" = 'Beispielwert, maßgeblich ist die geltende Gebührenordnung.'
  WHERE "id" = 'fuehrungszeugnis' AND "feeCents" IS NULL AND cardinality("whatToBring") = 0;
UPDATE "service" SET "whatToBring" = ARRAY['Bisheriger Ausweis oder Pass (er wird entwertet)', 'Der PIN-Brief, falls Sie ihn schon haben'], "feeCents" = 0, "feeNote" = 'Die Gebühr wird beim Beantragen bezahlt.'
  WHERE "id" = 'ausweis-abholen' AND "feeCents" IS NULL AND cardinality("whatToBring") = 0;
