/**
 * Surveys: questionnaires of single choice, multiple choice, free text and scale questions;
 * one answer per person, results as counts.
 *
 * Invariants in the database (see the migration): one row per person and survey in
 * `survey_respondent` (its primary key: a second answer, also a concurrent one, fails);
 * answers only while the survey is OPEN; an answer has its question's kind, an option of
 * that question, a scale value within the range, one answer per single-choice / scale /
 * text question; every required question answered (checked at COMMIT); questions fixed once
 * the survey is opened. Who answered (`survey_respondent`) is kept apart from what
 * (`survey_response`, `survey_answer`: a random id, no person, no time), as for ballots.
 * Free texts may name people: only staff read them.
 */
import { randomUUID } from 'node:crypto';
import {
  auditEntryData,
  badInput,
  HubError,
  notFound,
  requireRole,
  requireViewer,
  type Viewer,
} from '@kaarst/kit';
import type {
  PrismaClient,
  Survey,
  SurveyPhase,
  SurveyQuestion,
  SurveyQuestionKind,
} from './generated/prisma/client.ts';
import type { SurveyQuestionResultModel } from './models.ts';
import { isStaff, isUniqueViolationAnywhere } from './proposals.ts';
import { rewriteParticipantsInRandomOrder } from './secrecy.ts';
import { requireVerified } from './verification.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ORDER: SurveyPhase[] = ['DRAFT', 'OPEN', 'CLOSED'];

function text(value: string, field: string, min: number, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length < min || trimmed.length > max)
    throw badInput(`${field} must be ${min} to ${max} characters.`, field);
  return trimmed;
}

export function listSurveys(db: PrismaClient, viewer: Viewer | null) {
  return db.survey.findMany({
    where: isStaff(viewer) ? {} : { phase: { not: 'DRAFT' } },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
  });
}

export async function findSurvey(db: PrismaClient, viewer: Viewer | null, id: string) {
  if (!UUID.test(id)) return null;
  const survey = await db.survey.findUnique({ where: { id: id.toLowerCase() } });
  if (!survey || (survey.phase === 'DRAFT' && !isStaff(viewer))) return null;
  return survey;
}

export function questionsOf(db: PrismaClient, surveyId: string) {
  return db.surveyQuestion.findMany({ where: { surveyId }, orderBy: { position: 'asc' } });
}

export function optionsOf(db: PrismaClient, questionId: string) {
  return db.surveyOption.findMany({
    where: { questionId },
    orderBy: { position: 'asc' },
    select: { id: true, label: true },
  });
}

export async function answeredBy(db: PrismaClient, viewer: Viewer | null, surveyId: string) {
  if (!viewer) return null;
  return (await db.surveyRespondent.count({ where: { surveyId, respondentKey: viewer.id } })) > 0;
}

const resultsVisible = (survey: Survey, viewer: Viewer | null) =>
  survey.phase === 'CLOSED' || isStaff(viewer);

export async function responseCount(db: PrismaClient, viewer: Viewer | null, survey: Survey) {
  if (!resultsVisible(survey, viewer)) return null;
  return db.surveyResponse.count({ where: { surveyId: survey.id } });
}

interface QuestionInput {
  kind: SurveyQuestionKind;
  text: string;
  required?: boolean;
  options?: string[] | null;
  scaleMin?: number | null;
  scaleMax?: number | null;
}

export async function createSurvey(
  db: PrismaClient,
  viewer: Viewer | null,
  input: { title: string; description: string; verifiedOnly?: boolean; questions: QuestionInput[] },
) {
  const staff = requireRole(viewer, 'staff');
  if (input.questions.length < 1 || input.questions.length > 50)
    throw badInput('A survey has 1 to 50 questions.', 'questions');
  const questions = input.questions.map((q, index) => {
    const field = `questions.${index}`;
    const choice = q.kind === 'SINGLE_CHOICE' || q.kind === 'MULTIPLE_CHOICE';
    const options = (q.options ?? []).map((o) => text(o, `${field}.options`, 1, 200));
    if (choice && (options.length < 2 || options.length > 20))
      throw badInput('A choice question has 2 to 20 options.', `${field}.options`);
    if (!choice && options.length > 0)
      throw badInput('Only choice questions have options.', `${field}.options`);
    const scale = q.kind === 'SCALE';
    if (scale) {
      const { scaleMin: min, scaleMax: max } = q;
      if (
        min == null ||
        max == null ||
        !Number.isInteger(min) ||
        !Number.isInteger(max) ||
        min >= max ||
        max - min > 10
      )
        throw badInput('A scale runs from scaleMin to scaleMax, 2 to 11 whole values.', `${field}.scaleMin`);
    } else if (q.scaleMin != null || q.scaleMax != null)
      throw badInput('Only scale questions have scaleMin and scaleMax.', `${field}.scaleMin`);
    return {
      position: index + 1,
      kind: q.kind,
      text: text(q.text, `${field}.text`, 3, 500),
      required: q.required ?? true,
      scaleMin: scale ? (q.scaleMin ?? null) : null,
      scaleMax: scale ? (q.scaleMax ?? null) : null,
      options: { create: options.map((label, i) => ({ position: i + 1, label })) },
    };
  });
  return db.$transaction(async (tx) => {
    const survey = await tx.survey.create({
      data: {
        title: text(input.title, 'title', 3, 200),
        description: text(input.description, 'description', 1, 5_000),
        verifiedOnly: input.verifiedOnly ?? false,
      },
    });
    for (const q of questions) await tx.surveyQuestion.create({ data: { ...q, surveyId: survey.id } });
    await tx.auditEntry.create({
      data: auditEntryData(staff, 'participation.createSurvey', { type: 'Survey', id: survey.id }),
    });
    return survey;
  });
}

export async function setSurveyPhase(
  db: PrismaClient,
  viewer: Viewer | null,
  id: string,
  phase: SurveyPhase,
) {
  const staff = requireRole(viewer, 'staff');
  if (!UUID.test(id)) throw notFound('The survey');
  const surveyId = id.toLowerCase();
  return db.$transaction(async (tx) => {
    const survey = await tx.survey.findUnique({ where: { id: surveyId } });
    if (!survey) throw notFound('The survey');
    if (survey.phase === phase) return survey;
    if (ORDER.indexOf(phase) < ORDER.indexOf(survey.phase))
      throw badInput('Survey phases only move forward: DRAFT, OPEN, CLOSED.', 'phase');
    // Only from the phase read above: two staff moving it at once move it once.
    const moved = await tx.survey.updateMany({
      where: { id: surveyId, phase: survey.phase },
      data: { phase },
    });
    if (moved.count !== 1) throw new HubError('CONFLICT', 'The phase was changed meanwhile.');
    if (phase === 'CLOSED') await rewriteParticipantsInRandomOrder(tx, 'respondents', surveyId);
    await tx.auditEntry.create({
      data: auditEntryData(staff, 'participation.setSurveyPhase', { type: 'Survey', id: surveyId }, phase),
    });
    return tx.survey.findUniqueOrThrow({ where: { id: surveyId } });
  });
}

interface AnswerInput {
  questionId: string;
  optionIds?: string[] | null;
  value?: number | null;
  text?: string | null;
}

type AnswerRow = {
  questionId: string;
  kind: SurveyQuestionKind;
  optionId: string | null;
  value: number | null;
  text: string | null;
};

/** Turns the answers into rows, with a clear BAD_USER_INPUT for each mistake (the database checks again). */
function answerRows(
  questions: Array<SurveyQuestion & { options: Array<{ id: string }> }>,
  answers: AnswerInput[],
) {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const seen = new Set<string>();
  const rows: AnswerRow[] = [];
  answers.forEach((answer, index) => {
    const field = `answers.${index}`;
    const q = UUID.test(answer.questionId) ? byId.get(answer.questionId.toLowerCase()) : undefined;
    if (!q) throw badInput('The question is not part of this survey.', `${field}.questionId`);
    if (seen.has(q.id)) throw badInput('Each question is answered once.', `${field}.questionId`);
    seen.add(q.id);
    const base = { questionId: q.id, kind: q.kind, optionId: null, value: null, text: null };
    const optionIds = [...new Set((answer.optionIds ?? []).map((o) => o.toLowerCase()))];
    const otherFields = (ok: { options?: boolean; value?: boolean; text?: boolean }) =>
      (!ok.options && (answer.optionIds?.length ?? 0) > 0) ||
      (!ok.value && answer.value != null) ||
      (!ok.text && answer.text != null);
    if (q.kind === 'SINGLE_CHOICE' || q.kind === 'MULTIPLE_CHOICE') {
      if (otherFields({ options: true })) throw badInput('A choice is answered with optionIds only.', field);
      if (optionIds.length === 0) return;
      if (q.kind === 'SINGLE_CHOICE' && optionIds.length > 1)
        throw badInput('Choose one option.', `${field}.optionIds`);
      const valid = new Set(q.options.map((o) => o.id));
      if (!optionIds.every((o) => valid.has(o)))
        throw badInput('An option is not part of this question.', `${field}.optionIds`);
      for (const optionId of optionIds) rows.push({ ...base, optionId });
    } else if (q.kind === 'SCALE') {
      if (otherFields({ value: true })) throw badInput('A scale is answered with value only.', field);
      if (answer.value == null) return;
      if (
        !Number.isInteger(answer.value) ||
        answer.value < (q.scaleMin ?? 0) ||
        answer.value > (q.scaleMax ?? 0)
      )
        throw badInput(`value must be from ${q.scaleMin} to ${q.scaleMax}.`, `${field}.value`);
      rows.push({ ...base, value: answer.value });
    } else {
      if (otherFields({ text: true }))
        throw badInput('A free-text question is answered with text only.', field);
      const t = answer.text?.trim() ?? '';
      if (t.length === 0) return;
      rows.push({ ...base, text: text(t, `${field}.text`, 1, 5_000) });
    }
  });
  const answered = new Set(rows.map((r) => r.questionId));
  const missing = questions.find((q) => q.required && !answered.has(q.id));
  if (missing) throw badInput(`Question ${missing.position} needs an answer.`, 'answers');
  if (rows.length === 0) throw badInput('Answer at least one question.', 'answers');
  return rows;
}

/** A rule the database refused (the triggers' SURVEY_RULE message). */
function isSurveyRule(error: unknown): boolean {
  const t =
    error instanceof Error
      ? `${error.message} ${JSON.stringify((error as { meta?: unknown }).meta ?? {})}`
      : '';
  return t.includes('SURVEY_RULE');
}

export async function answerSurvey(
  db: PrismaClient,
  viewer: Viewer | null,
  surveyId: string,
  answers: AnswerInput[],
): Promise<boolean> {
  const me = requireViewer(viewer);
  if (me.roles.every((role) => role === 'display' || role === 'kiosk'))
    throw new HubError('FORBIDDEN', 'A device account does not answer surveys.');
  if (answers.length > 100) throw badInput('At most 100 answers.', 'answers');
  const survey = await findSurvey(db, viewer, surveyId);
  if (!survey) throw notFound('The survey');
  if (survey.phase !== 'OPEN') throw badInput('This survey takes no answers now.', 'surveyId');
  if (survey.verifiedOnly) await requireVerified(db, me, 0);
  const questions = await db.surveyQuestion.findMany({
    where: { surveyId: survey.id },
    include: { options: { select: { id: true } } },
    orderBy: { position: 'asc' },
  });
  const rows = answerRows(questions, answers);
  const responseId = randomUUID();
  try {
    await db.$transaction([
      db.surveyRespondent.create({ data: { surveyId: survey.id, respondentKey: me.id } }),
      db.surveyResponse.create({ data: { id: responseId, surveyId: survey.id } }),
      db.surveyAnswer.createMany({ data: rows.map((r) => ({ ...r, responseId, surveyId: survey.id })) }),
    ]);
  } catch (error) {
    if (isUniqueViolationAnywhere(error))
      throw new HubError('CONFLICT', 'You have answered this survey already.', {
        reason: 'ALREADY_ANSWERED',
      });
    if (isSurveyRule(error))
      throw badInput('The survey refused these answers (it may have closed).', 'answers');
    throw error;
  }
  return true;
}

/** Counts per option or scale value, the mean of a scale, free texts for staff only. */
export async function surveyResults(
  db: PrismaClient,
  viewer: Viewer | null,
  survey: Survey,
): Promise<SurveyQuestionResultModel[] | null> {
  if (!resultsVisible(survey, viewer)) return null;
  const staff = isStaff(viewer);
  const [questions, counts, answered, texts] = await Promise.all([
    db.surveyQuestion.findMany({
      where: { surveyId: survey.id },
      include: { options: { orderBy: { position: 'asc' } } },
      orderBy: { position: 'asc' },
    }),
    db.$queryRawUnsafe<
      Array<{ questionId: string; optionId: string | null; value: number | null; n: bigint }>
    >(
      `SELECT "questionId", "optionId", "value", count(*) AS n FROM "survey_answer"
       WHERE "surveyId" = $1::uuid AND "kind" <> 'FREE_TEXT' GROUP BY 1, 2, 3`,
      survey.id,
    ),
    db.$queryRawUnsafe<Array<{ questionId: string; n: bigint }>>(
      `SELECT "questionId", count(DISTINCT "responseId") AS n FROM "survey_answer" WHERE "surveyId" = $1::uuid GROUP BY 1`,
      survey.id,
    ),
    staff
      ? db.surveyAnswer.findMany({
          where: { surveyId: survey.id, kind: 'FREE_TEXT' },
          select: { questionId: true, text: true },
          orderBy: { id: 'asc' },
        })
      : Promise.resolve([]),
  ]);
  const count = (questionId: string, key: (r: (typeof counts)[number]) => boolean) =>
    Number(counts.find((r) => r.questionId === questionId && key(r))?.n ?? 0);
  return questions.map((question) => {
    const { options, ...q } = question;
    let rows: SurveyQuestionResultModel['counts'] = [];
    let mean: number | null = null;
    if (q.kind === 'SINGLE_CHOICE' || q.kind === 'MULTIPLE_CHOICE')
      rows = options.map((o) => ({
        optionId: o.id,
        label: o.label,
        count: count(q.id, (r) => r.optionId === o.id),
      }));
    else if (q.kind === 'SCALE' && q.scaleMin !== null && q.scaleMax !== null) {
      for (let v = q.scaleMin; v <= q.scaleMax; v++)
        rows.push({ optionId: null, label: String(v), count: count(q.id, (r) => Number(r.value) === v) });
      const n = rows.reduce((s, r) => s + r.count, 0);
      mean = n === 0 ? null : rows.reduce((s, r) => s + Number(r.label) * r.count, 0) / n;
    }
    return {
      question: q,
      answered: Number(answered.find((a) => a.questionId === q.id)?.n ?? 0),
      counts: rows,
      mean,
      texts:
        q.kind === 'FREE_TEXT' && staff
          ? texts.filter((t) => t.questionId === q.id).map((t) => t.text ?? '')
          : null,
    };
  });
}
