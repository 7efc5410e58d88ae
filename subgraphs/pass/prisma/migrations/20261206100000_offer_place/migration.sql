-- Where an offer is used (the app filters by it), null for anywhere in town.
ALTER TABLE "kaarst_pass_offer" ADD COLUMN "place" TEXT;
