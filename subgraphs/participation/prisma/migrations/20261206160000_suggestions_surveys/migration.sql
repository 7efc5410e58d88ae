-- CreateEnum
CREATE TYPE "SuggestionKind" AS ENUM ('SUGGESTION', 'COMPLAINT');

-- CreateEnum
CREATE TYPE "SuggestionStatus" AS ENUM ('RECEIVED', 'HANDED_OVER', 'SCHEDULED', 'DECIDED');

-- CreateEnum
CREATE TYPE "SurveyPhase" AS ENUM ('DRAFT', 'OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "SurveyQuestionKind" AS ENUM ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'FREE_TEXT', 'SCALE');

-- CreateTable
CREATE TABLE "suggestion" (
    "id" UUID NOT NULL,
    "number" SERIAL NOT NULL,
    "kind" "SuggestionKind" NOT NULL,
    "authorId" UUID,
    "idempotencyKey" TEXT,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" "SuggestionStatus" NOT NULL DEFAULT 'RECEIVED',
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "committeeId" TEXT,
    "handedOverAt" TIMESTAMPTZ(3),
    "agendaItemId" TEXT,
    "decision" TEXT,
    "decidedAt" TIMESTAMPTZ(3),

    CONSTRAINT "suggestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "survey" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "phase" "SurveyPhase" NOT NULL DEFAULT 'DRAFT',
    "verifiedOnly" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "survey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "survey_question" (
    "id" UUID NOT NULL,
    "surveyId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "SurveyQuestionKind" NOT NULL,
    "text" TEXT NOT NULL,
    "required" BOOLEAN NOT NULL DEFAULT true,
    "scaleMin" INTEGER,
    "scaleMax" INTEGER,

    CONSTRAINT "survey_question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "survey_option" (
    "id" UUID NOT NULL,
    "questionId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,

    CONSTRAINT "survey_option_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "survey_respondent" (
    "surveyId" UUID NOT NULL,
    "respondentKey" TEXT NOT NULL,

    CONSTRAINT "survey_respondent_pkey" PRIMARY KEY ("surveyId","respondentKey")
);

-- CreateTable
CREATE TABLE "survey_response" (
    "id" UUID NOT NULL,
    "surveyId" UUID NOT NULL,

    CONSTRAINT "survey_response_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "survey_answer" (
    "id" UUID NOT NULL,
    "responseId" UUID NOT NULL,
    "surveyId" UUID NOT NULL,
    "questionId" UUID NOT NULL,
    "kind" "SurveyQuestionKind" NOT NULL,
    "optionId" UUID,
    "value" INTEGER,
    "text" TEXT,

    CONSTRAINT "survey_answer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "suggestion_number_key" ON "suggestion"("number");

-- CreateIndex
CREATE INDEX "suggestion_status_receivedAt_idx" ON "suggestion"("status", "receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "suggestion_authorId_idempotencyKey_key" ON "suggestion"("authorId", "idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "survey_question_surveyId_position_key" ON "survey_question"("surveyId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "survey_question_surveyId_id_key" ON "survey_question"("surveyId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "survey_question_id_kind_key" ON "survey_question"("id", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "survey_option_questionId_position_key" ON "survey_option"("questionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "survey_option_questionId_id_key" ON "survey_option"("questionId", "id");

-- CreateIndex
CREATE INDEX "survey_response_surveyId_idx" ON "survey_response"("surveyId");

-- CreateIndex
CREATE INDEX "survey_answer_surveyId_questionId_idx" ON "survey_answer"("surveyId", "questionId");

-- CreateIndex
CREATE INDEX "survey_answer_responseId_idx" ON "survey_answer"("responseId");

-- AddForeignKey
ALTER TABLE "survey_question" ADD CONSTRAINT "survey_question_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "survey"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "survey_option" ADD CONSTRAINT "survey_option_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "survey_question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Foreign keys the Prisma schema does not model: an answer belongs to a question of its
-- survey, has that question's kind, names an option of that question, and belongs to a response.
ALTER TABLE "survey_answer" ADD CONSTRAINT "survey_answer_response_fkey" FOREIGN KEY ("responseId") REFERENCES "survey_response"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "survey_answer" ADD CONSTRAINT "survey_answer_question_fkey" FOREIGN KEY ("surveyId", "questionId") REFERENCES "survey_question"("surveyId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "survey_answer" ADD CONSTRAINT "survey_answer_kind_fkey" FOREIGN KEY ("questionId", "kind") REFERENCES "survey_question"("id", "kind") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "survey_answer" ADD CONSTRAINT "survey_answer_option_fkey" FOREIGN KEY ("questionId", "optionId") REFERENCES "survey_option"("questionId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "survey_response" ADD CONSTRAINT "survey_response_survey_fkey" FOREIGN KEY ("surveyId") REFERENCES "survey"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "survey_respondent" ADD CONSTRAINT "survey_respondent_survey_fkey" FOREIGN KEY ("surveyId") REFERENCES "survey"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- § 24 GO NRW: the status follows what happened (handed over to a committee, on an agenda, decided).
ALTER TABLE "suggestion" ADD CONSTRAINT "suggestion_text" CHECK (length("subject") BETWEEN 3 AND 200 AND length("body") BETWEEN 10 AND 10000);
ALTER TABLE "suggestion" ADD CONSTRAINT "suggestion_status" CHECK (
  ("status" = 'RECEIVED' AND "committeeId" IS NULL AND "agendaItemId" IS NULL AND "decision" IS NULL)
  OR ("status" = 'HANDED_OVER' AND "committeeId" IS NOT NULL AND "handedOverAt" IS NOT NULL AND "agendaItemId" IS NULL AND "decision" IS NULL)
  OR ("status" = 'SCHEDULED' AND "committeeId" IS NOT NULL AND "handedOverAt" IS NOT NULL AND "agendaItemId" IS NOT NULL AND "decision" IS NULL)
  OR ("status" = 'DECIDED' AND "committeeId" IS NOT NULL AND "handedOverAt" IS NOT NULL AND length(btrim("decision")) > 0 AND "decidedAt" IS NOT NULL)
);

-- A question's shape: choices need options (checked when the survey opens), a scale a range.
ALTER TABLE "survey_question" ADD CONSTRAINT "survey_question_scale" CHECK (
  ("kind" = 'SCALE' AND "scaleMin" IS NOT NULL AND "scaleMax" IS NOT NULL AND "scaleMin" < "scaleMax" AND "scaleMax" - "scaleMin" <= 10)
  OR ("kind" <> 'SCALE' AND "scaleMin" IS NULL AND "scaleMax" IS NULL)
);
-- An answer's shape follows its question's kind.
ALTER TABLE "survey_answer" ADD CONSTRAINT "survey_answer_shape" CHECK (
  ("kind" IN ('SINGLE_CHOICE', 'MULTIPLE_CHOICE') AND "optionId" IS NOT NULL AND "value" IS NULL AND "text" IS NULL)
  OR ("kind" = 'SCALE' AND "optionId" IS NULL AND "value" IS NOT NULL AND "text" IS NULL)
  OR ("kind" = 'FREE_TEXT' AND "optionId" IS NULL AND "value" IS NULL AND length(btrim("text")) BETWEEN 1 AND 5000)
);
-- One answer per response and question, except MULTIPLE_CHOICE: one per option.
CREATE UNIQUE INDEX "survey_answer_once" ON "survey_answer"("responseId", "questionId") WHERE "kind" <> 'MULTIPLE_CHOICE';
CREATE UNIQUE INDEX "survey_answer_option_once" ON "survey_answer"("responseId", "questionId", "optionId");

-- Answers only while the survey is OPEN (its row read FOR SHARE, so closing waits for answers
-- in flight), and a scale value within its range.
CREATE FUNCTION "survey_answer_rules"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  q "survey_question"%ROWTYPE\073
  phase "SurveyPhase"\073
BEGIN
  SELECT "survey"."phase" INTO phase FROM "survey" WHERE "id" = NEW."surveyId" FOR SHARE\073
  IF phase IS DISTINCT FROM \'OPEN\' THEN
    RAISE EXCEPTION \'SURVEY_RULE: the survey is not open\' USING ERRCODE = \'check_violation\'\073
  END IF\073
  IF NEW."kind" = \'SCALE\' THEN
    SELECT * INTO q FROM "survey_question" WHERE "id" = NEW."questionId"\073
    IF NEW."value" < q."scaleMin" OR NEW."value" > q."scaleMax" THEN
      RAISE EXCEPTION \'SURVEY_RULE: % is outside the scale % to %\', NEW."value", q."scaleMin", q."scaleMax" USING ERRCODE = \'check_violation\'\073
    END IF\073
  END IF\073
  RETURN NEW\073
END ';
CREATE TRIGGER "survey_answer_rules" BEFORE INSERT OR UPDATE ON "survey_answer"
  FOR EACH ROW EXECUTE FUNCTION "survey_answer_rules"();

-- Every required question of the survey is answered, checked at COMMIT (after all answers are in).
CREATE FUNCTION "survey_response_complete"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF EXISTS (SELECT 1 FROM "survey_response" WHERE "id" = NEW."id") AND EXISTS (
    SELECT 1 FROM "survey_question" q
    WHERE q."surveyId" = NEW."surveyId" AND q."required"
      AND NOT EXISTS (SELECT 1 FROM "survey_answer" a WHERE a."responseId" = NEW."id" AND a."questionId" = q."id")
  ) THEN
    RAISE EXCEPTION \'SURVEY_RULE: a required question is not answered\' USING ERRCODE = \'check_violation\'\073
  END IF\073
  RETURN NULL\073
END ';
CREATE CONSTRAINT TRIGGER "survey_response_complete" AFTER INSERT ON "survey_response"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "survey_response_complete"();

-- Questions and options are fixed once the survey is opened.
CREATE FUNCTION "survey_frozen"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  sid uuid\073
  phase "SurveyPhase"\073
BEGIN
  IF TG_TABLE_NAME = \'survey_question\' THEN
    sid := CASE WHEN TG_OP = \'DELETE\' THEN OLD."surveyId" ELSE NEW."surveyId" END\073
  ELSE
    SELECT "surveyId" INTO sid FROM "survey_question"
      WHERE "id" = (CASE WHEN TG_OP = \'DELETE\' THEN OLD."questionId" ELSE NEW."questionId" END)\073
  END IF\073
  SELECT "survey"."phase" INTO phase FROM "survey" WHERE "id" = sid FOR SHARE\073
  IF phase IS DISTINCT FROM \'DRAFT\' THEN
    RAISE EXCEPTION \'SURVEY_RULE: questions are fixed once the survey is opened\' USING ERRCODE = \'check_violation\'\073
  END IF\073
  RETURN CASE WHEN TG_OP = \'DELETE\' THEN OLD ELSE NEW END\073
END ';
CREATE TRIGGER "survey_question_frozen" BEFORE INSERT OR UPDATE OR DELETE ON "survey_question"
  FOR EACH ROW EXECUTE FUNCTION "survey_frozen"();
CREATE TRIGGER "survey_option_frozen" BEFORE INSERT OR UPDATE OR DELETE ON "survey_option"
  FOR EACH ROW EXECUTE FUNCTION "survey_frozen"();

-- Answers are never changed once given.
CREATE FUNCTION "survey_answer_frozen"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  RAISE EXCEPTION \'SURVEY_RULE: a given answer is never changed\' USING ERRCODE = \'check_violation\'\073
END ';
CREATE TRIGGER "survey_answer_frozen" BEFORE UPDATE ON "survey_answer" FOR EACH ROW EXECUTE FUNCTION "survey_answer_frozen"();
CREATE TRIGGER "survey_response_frozen" BEFORE UPDATE ON "survey_response" FOR EACH ROW EXECUTE FUNCTION "survey_answer_frozen"();

-- The transactional outbox: support counts and new proposal statuses are announced from here.
CREATE TABLE "outbox_event" (
    "id" SERIAL NOT NULL,
    "topic" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "outbox_event_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "outbox_event_publishedAt_id_idx" ON "outbox_event"("publishedAt", "id");
