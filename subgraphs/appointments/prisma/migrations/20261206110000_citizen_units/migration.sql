-- The bookings of one citizen must not overlap (issue 17): each booked appointment
-- holds its 5-minute units of the time of that person, and the primary key refuses a
-- second hold of one unit, as slot_unit does for a counter.

-- CreateTable
CREATE TABLE "citizen_unit" (
    "citizenId" UUID NOT NULL,
    "start" TIMESTAMPTZ(3) NOT NULL,
    "appointmentId" UUID NOT NULL,

    CONSTRAINT "citizen_unit_pkey" PRIMARY KEY ("citizenId","start")
);

-- CreateIndex
CREATE INDEX "citizen_unit_appointmentId_idx" ON "citizen_unit"("appointmentId");

-- AddForeignKey
ALTER TABLE "citizen_unit" ADD CONSTRAINT "citizen_unit_appointmentId_fkey" FOREIGN KEY ("appointmentId") REFERENCES "appointment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Bookings made before: each booked appointment holds its units, the earliest
-- made first. Overlaps booked before this rule stay booked (the later one holds
-- only the units still free), and no new booking can overlap them.
INSERT INTO "citizen_unit" ("citizenId", "start", "appointmentId")
SELECT a."citizenId", s."start", a."id"
FROM "slot_unit" s JOIN "appointment" a ON a."id" = s."appointmentId"
WHERE a."status" = 'BOOKED'
ORDER BY a."createdAt", a."id"
ON CONFLICT DO NOTHING;
