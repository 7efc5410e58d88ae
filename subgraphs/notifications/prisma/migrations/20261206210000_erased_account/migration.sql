-- Accounts erased here: late notification events for them are dropped (src/deliver.ts).
CREATE TABLE "erased_account" (
    "accountId" UUID NOT NULL,
    "erasedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "erased_account_pkey" PRIMARY KEY ("accountId")
);
