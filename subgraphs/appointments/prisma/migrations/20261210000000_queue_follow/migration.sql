-- A citizen may follow a walk-in ticket in the app (queue/follow.ts), told once per ticket and kind.

-- CreateEnum
CREATE TYPE "QueueNoticeKind" AS ENUM ('NEXT', 'CALLED');

-- AlterTable
ALTER TABLE "queue_ticket" ADD COLUMN "followerId" UUID;

-- CreateTable
CREATE TABLE "queue_ticket_notice" (
    "ticketId" UUID NOT NULL,
    "kind" "QueueNoticeKind" NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "queue_ticket_notice_pkey" PRIMARY KEY ("ticketId","kind")
);

-- CreateIndex
CREATE INDEX "queue_ticket_followerId_idx" ON "queue_ticket"("followerId");

-- AddForeignKey
ALTER TABLE "queue_ticket_notice" ADD CONSTRAINT "queue_ticket_notice_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "queue_ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;
