-- CreateTable
CREATE TABLE "request_attachment" (
    "id" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "uploadedBy" UUID,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "uploadTokenHash" TEXT,
    "uploadExpiresAt" TIMESTAMPTZ(3) NOT NULL,
    "sha256" TEXT,
    "storedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "request_attachment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "request_attachment_uploadTokenHash_key" ON "request_attachment"("uploadTokenHash");

-- CreateIndex
CREATE INDEX "request_attachment_requestId_createdAt_idx" ON "request_attachment"("requestId", "createdAt");

-- AddForeignKey
ALTER TABLE "request_attachment" ADD CONSTRAINT "request_attachment_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "service_request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

