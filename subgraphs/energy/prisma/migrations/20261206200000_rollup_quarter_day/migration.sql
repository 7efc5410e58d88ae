-- A meter's quarters of one UTC day packed into one bytea (32 bytes a quarter, in start order:
-- timestamptz_send(start), then float8send of import, export and estimated Wh), so that a year
-- of quarters is 365 rows to read instead of 35,040 rows to pack at read time. Triggers on
-- "rollup" keep it: whatever writes, updates or deletes quarters (ingest, CSV import, opt-out,
-- erasure, a hand-run statement), the packed days it touched are rebuilt in the same statement.
-- CreateTable
CREATE TABLE "rollup_quarter_day" (
    "meterId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "packed" BYTEA NOT NULL,

    CONSTRAINT "rollup_quarter_day_pkey" PRIMARY KEY ("meterId","day")
);

-- Rebuilds the packed days named by the statement's transition table "changed" (a day left
-- without quarters loses its row). Once per statement, not per row: an ingest batch touches a
-- meter's day once however many of its quarters it adds to. Two transactions writing the same
-- meter's day (two replicas, a push beside MQTT) would each pack what their own snapshot sees
-- and the later would drop the other's quarters: so each day is locked first (in one order, so
-- two batches cannot deadlock on these locks), and the packing statement after it takes a fresh
-- snapshot that holds everything committed before the lock was granted.
CREATE FUNCTION "rollup_quarter_day_repack"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended(\'rollup_quarter_day:\' || "meterId" || \':\' || day::text, 0))
  FROM (SELECT DISTINCT "meterId", (start AT TIME ZONE \'UTC\')::date AS day
        FROM changed WHERE resolution = \'QUARTER\' ORDER BY 1, 2) AS touched\073
  WITH touched AS (
    SELECT DISTINCT "meterId", (start AT TIME ZONE \'UTC\')::date AS day
    FROM changed WHERE resolution = \'QUARTER\'
  ), packs AS (
    SELECT t."meterId", t.day,
      (SELECT string_agg(timestamptz_send(r.start) || float8send(r."importWh") || float8send(r."exportWh")
                || float8send(r."estimatedWh"), \'\'::bytea ORDER BY r.start)
       FROM "rollup" r
       WHERE r."meterId" = t."meterId" AND r.resolution = \'QUARTER\'
         AND r.start >= (t.day::timestamp AT TIME ZONE \'UTC\')
         AND r.start < ((t.day + 1)::timestamp AT TIME ZONE \'UTC\')) AS packed
    FROM touched t
  ), emptied AS (
    DELETE FROM "rollup_quarter_day" d USING packs p
    WHERE d."meterId" = p."meterId" AND d.day = p.day AND p.packed IS NULL
  )
  INSERT INTO "rollup_quarter_day" ("meterId", day, packed)
  SELECT "meterId", day, packed FROM packs WHERE packed IS NOT NULL
  ON CONFLICT ("meterId", day) DO UPDATE SET packed = EXCLUDED.packed\073
  RETURN NULL\073
END';

CREATE TRIGGER "rollup_quarter_day_insert" AFTER INSERT ON "rollup"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "rollup_quarter_day_repack"();
CREATE TRIGGER "rollup_quarter_day_update" AFTER UPDATE ON "rollup"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "rollup_quarter_day_repack"();
CREATE TRIGGER "rollup_quarter_day_delete" AFTER DELETE ON "rollup"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "rollup_quarter_day_repack"();

-- Quarters written before this migration.
INSERT INTO "rollup_quarter_day" ("meterId", day, packed)
SELECT "meterId", (start AT TIME ZONE 'UTC')::date,
  string_agg(timestamptz_send(start) || float8send("importWh") || float8send("exportWh") || float8send("estimatedWh"),
    ''::bytea ORDER BY start)
FROM "rollup" WHERE resolution = 'QUARTER'
GROUP BY "meterId", (start AT TIME ZONE 'UTC')::date;
