-- Publication is a reviewed property of each request type: private unless the
-- catalogue says its requests are about a public place (issue 17: home visits
-- and bulky-waste pickups were public on Open311). Existing types become
-- private here, and the catalogue, upserted on every start, names the public ones.

-- CreateEnum
CREATE TYPE "RequestPublication" AS ENUM ('PRIVATE', 'PUBLIC_PLACE');

-- AlterTable
ALTER TABLE "request_type" ADD COLUMN     "publication" "RequestPublication" NOT NULL DEFAULT 'PRIVATE';
