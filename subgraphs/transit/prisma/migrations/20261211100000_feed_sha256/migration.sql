-- AlterTable
ALTER TABLE "feed" ADD COLUMN     "sha256" TEXT;

