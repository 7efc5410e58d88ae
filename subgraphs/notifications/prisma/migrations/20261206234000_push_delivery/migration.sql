-- Push messages still to be sent, retried with backoff across restarts (src/retry.ts).
CREATE TABLE "push_delivery" (
    "inboxItemId" UUID NOT NULL,
    "endpoint" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL,
    "lastError" TEXT,

    CONSTRAINT "push_delivery_pkey" PRIMARY KEY ("inboxItemId","endpoint")
);

-- CreateIndex
CREATE INDEX "push_delivery_nextAttemptAt_idx" ON "push_delivery"("nextAttemptAt");

-- CreateIndex
CREATE INDEX "push_delivery_endpoint_idx" ON "push_delivery"("endpoint");

-- AddForeignKey
ALTER TABLE "push_delivery" ADD CONSTRAINT "push_delivery_inboxItemId_fkey" FOREIGN KEY ("inboxItemId") REFERENCES "inbox_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "push_delivery" ADD CONSTRAINT "push_delivery_endpoint_fkey" FOREIGN KEY ("endpoint") REFERENCES "push_subscription"("endpoint") ON DELETE CASCADE ON UPDATE CASCADE;
