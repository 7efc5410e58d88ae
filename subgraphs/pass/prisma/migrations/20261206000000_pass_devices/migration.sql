-- Device binding: phones that carry the pass offline with their own key, certified by the hub.
CREATE TABLE "kaarst_pass_device" (
    "id" UUID NOT NULL,
    "passId" UUID NOT NULL,
    "holderId" UUID,
    "label" TEXT NOT NULL,
    "publicJwk" JSONB NOT NULL,
    "keyThumbprint" TEXT NOT NULL,
    "registeredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "certificateExpiresAt" TIMESTAMPTZ(3) NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "kaarst_pass_device_pkey" PRIMARY KEY ("id"),
    -- A label the app shows and the portal lists: short and not empty.
    CONSTRAINT "kaarst_pass_device_label_check" CHECK (char_length("label") BETWEEN 1 AND 60),
    -- Only public P-256 keys: never a private part ("d").
    CONSTRAINT "kaarst_pass_device_public_key_check" CHECK (
        "publicJwk"->>'kty' = 'EC' AND "publicJwk"->>'crv' = 'P-256' AND NOT ("publicJwk" ? 'd')
    )
);

CREATE UNIQUE INDEX "kaarst_pass_device_passId_keyThumbprint_key" ON "kaarst_pass_device"("passId", "keyThumbprint");
CREATE INDEX "kaarst_pass_device_holderId_idx" ON "kaarst_pass_device"("holderId");
CREATE INDEX "kaarst_pass_device_revokedAt_certificateExpiresAt_idx" ON "kaarst_pass_device"("revokedAt", "certificateExpiresAt");

ALTER TABLE "kaarst_pass_device" ADD CONSTRAINT "kaarst_pass_device_passId_fkey" FOREIGN KEY ("passId") REFERENCES "kaarst_pass"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
