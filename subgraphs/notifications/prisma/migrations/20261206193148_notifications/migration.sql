-- CreateEnum
CREATE TYPE "Topic" AS ENUM ('REQUEST_STATUS', 'PASS_DECISION', 'QUEUE_CALLED_NEXT', 'APPOINTMENT_REMINDER');

-- CreateTable
CREATE TABLE "inbox_item" (
    "id" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "topic" "Topic" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "readAt" TIMESTAMPTZ(3),

    CONSTRAINT "inbox_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "push_subscription" (
    "endpoint" TEXT NOT NULL,
    "accountId" UUID NOT NULL,
    "p256dh" TEXT NOT NULL,
    "auth" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "push_subscription_pkey" PRIMARY KEY ("endpoint")
);

-- CreateTable
CREATE TABLE "topic_opt_in" (
    "accountId" UUID NOT NULL,
    "topic" "Topic" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "topic_opt_in_pkey" PRIMARY KEY ("accountId","topic")
);

-- CreateIndex
CREATE INDEX "inbox_item_accountId_createdAt_idx" ON "inbox_item"("accountId", "createdAt");

-- CreateIndex
CREATE INDEX "push_subscription_accountId_idx" ON "push_subscription"("accountId");
