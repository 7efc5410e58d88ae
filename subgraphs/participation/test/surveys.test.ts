import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizen, type Harness, STAFF, startParticipation } from './helpers.ts';

const CREATE = `mutation ($input: SurveyInput!) { createSurvey(input: $input) { id phase
  questions { id kind required scaleMin scaleMax options { id label } } } }`;
const PHASE = `mutation ($id: ID!, $phase: SurveyPhase!) { setSurveyPhase(id: $id, phase: $phase) { id phase } }`;
const ANSWER = `mutation ($id: ID!, $answers: [SurveyAnswerInput!]!) { answerSurvey(surveyId: $id, answers: $answers) }`;
const RESULTS = `query ($id: ID!) { survey(id: $id) { phase responseCount answeredByMe
  results { question { kind } answered counts { optionId label count } mean texts } } }`;

type Q = { id: string; kind: string; options: Array<{ id: string; label: string }> };

describe('participation: surveys', () => {
  let h: Harness;
  let surveyId: string;
  let single: Q;
  let multiple: Q;
  let free: Q;
  let scale: Q;
  const answers = (choice: number, picks: number[], value: number, text?: string) => [
    { questionId: single.id, optionIds: [single.options[choice]?.id] },
    { questionId: multiple.id, optionIds: picks.map((i) => multiple.options[i]?.id) },
    { questionId: scale.id, value },
    ...(text ? [{ questionId: free.id, text }] : []),
  ];

  beforeAll(async () => {
    h = await startParticipation();
    const made = await h.ask(STAFF, CREATE, {
      input: {
        title: 'Umfrage Stadtpark',
        description: 'Wie nutzen Sie den Stadtpark?',
        questions: [
          {
            kind: 'SINGLE_CHOICE',
            text: 'Wie oft sind Sie im Park?',
            options: ['täglich', 'wöchentlich', 'selten'],
          },
          {
            kind: 'MULTIPLE_CHOICE',
            text: 'Was fehlt?',
            options: ['Bänke', 'Toiletten', 'Licht', 'Spielgeräte'],
          },
          { kind: 'FREE_TEXT', text: 'Was möchten Sie noch sagen?', required: false },
          { kind: 'SCALE', text: 'Wie zufrieden sind Sie?', scaleMin: 1, scaleMax: 5 },
        ],
      },
    });
    expect(made.errors).toBeUndefined();
    surveyId = made.data.createSurvey.id;
    [single, multiple, free, scale] = made.data.createSurvey.questions;
  });
  afterAll(() => h?.close());

  it('staff make surveys; bad shapes are refused; drafts are hidden from citizens', async () => {
    const bad = (questions: unknown[]) =>
      h.codes(STAFF, CREATE, { input: { title: 'Test', description: 'x', questions } });
    expect(await bad([{ kind: 'SINGLE_CHOICE', text: 'Nur eine Option?', options: ['ja'] }])).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(await bad([{ kind: 'SCALE', text: 'Skala ohne Bereich' }])).toEqual(['BAD_USER_INPUT']);
    expect(await bad([{ kind: 'FREE_TEXT', text: 'Text mit Optionen', options: ['a', 'b'] }])).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(await bad([])).toEqual(['BAD_USER_INPUT']);
    expect(
      await h.codes(citizen(), CREATE, { input: { title: 'x', description: 'x', questions: [] } }),
    ).toEqual(['FORBIDDEN']);
    expect((await h.ask(citizen(), RESULTS, { id: surveyId })).data.survey).toBeNull();
    expect(await h.codes(citizen(), ANSWER, { id: surveyId, answers: answers(0, [0], 3) })).toEqual([
      'NOT_FOUND',
    ]);
    expect((await h.ask(STAFF, PHASE, { id: surveyId, phase: 'OPEN' })).data.setSurveyPhase.phase).toBe(
      'OPEN',
    );
    expect(await h.codes(STAFF, PHASE, { id: surveyId, phase: 'DRAFT' })).toEqual(['BAD_USER_INPUT']);
    // Questions are fixed once it is open (the database refuses).
    await expect(
      h.db.surveyQuestion.update({ where: { id: single.id }, data: { text: 'Anders?' } }),
    ).rejects.toThrow(/SURVEY_RULE/);
  });

  it('checks each answer against its question', async () => {
    const anna = citizen();
    expect(await h.codes(null, ANSWER, { id: surveyId, answers: answers(0, [0], 3) })).toEqual([
      'UNAUTHENTICATED',
    ]);
    const wrong = [
      answers(0, [0], 9), // outside the scale
      [{ questionId: single.id, optionIds: [single.options[0]?.id, single.options[1]?.id] }], // two for single
      [{ questionId: single.id, optionIds: [multiple.options[0]?.id] }, ...answers(0, [0], 3).slice(1)], // foreign option
      answers(0, [0], 3).slice(1), // a required question left out
      [...answers(0, [0], 3), { questionId: single.id, optionIds: [single.options[0]?.id] }], // twice
      [{ questionId: scale.id, text: 'fünf' }, ...answers(0, [0], 3).slice(0, 2)], // text for a scale
    ];
    for (const a of wrong)
      expect(await h.codes(anna, ANSWER, { id: surveyId, answers: a })).toEqual(['BAD_USER_INPUT']);
    expect(await h.db.surveyResponse.count({ where: { surveyId } })).toBe(0);
  });

  it('one answer per person, enforced by the database also when sent at once', async () => {
    const anna = citizen();
    const tries = await Promise.all(
      Array.from({ length: 5 }, () =>
        h.ask(anna, ANSWER, { id: surveyId, answers: answers(0, [0, 2], 4, 'Mehr Schatten') }),
      ),
    );
    expect(tries.filter((t) => t.data?.answerSurvey === true)).toHaveLength(1);
    for (const t of tries.filter((t) => t.errors))
      expect(t.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_ANSWERED' });
    expect((await h.ask(anna, RESULTS, { id: surveyId })).data.survey.answeredByMe).toBe(true);
    // Written around the API, the database still refuses a second respondent row.
    await expect(
      h.db.surveyRespondent.create({ data: { surveyId, respondentKey: anna.id } }),
    ).rejects.toThrow();
  });

  it('the database refuses answers that break the rules, whoever writes them', async () => {
    const response = await h.db.surveyResponse
      .create({ data: { id: crypto.randomUUID(), surveyId } })
      .catch((e) => e);
    // A response without its required answers fails at COMMIT.
    expect(response).toBeInstanceOf(Error);
    await expect(
      h.db.$transaction([
        h.db.surveyResponse.create({ data: { id: '00000000-0000-4000-8000-00000000aaaa', surveyId } }),
        h.db.surveyAnswer.createMany({
          data: [
            {
              responseId: '00000000-0000-4000-8000-00000000aaaa',
              surveyId,
              questionId: single.id,
              kind: 'SINGLE_CHOICE',
              optionId: single.options[0]?.id ?? '',
            },
            {
              responseId: '00000000-0000-4000-8000-00000000aaaa',
              surveyId,
              questionId: multiple.id,
              kind: 'MULTIPLE_CHOICE',
              optionId: multiple.options[0]?.id ?? '',
            },
            {
              responseId: '00000000-0000-4000-8000-00000000aaaa',
              surveyId,
              questionId: scale.id,
              kind: 'SCALE',
              value: 6,
            },
          ],
        }),
      ]),
    ).rejects.toThrow(/SURVEY_RULE/);
    await expect(
      h.db.$transaction([
        h.db.surveyResponse.create({ data: { id: '00000000-0000-4000-8000-00000000bbbb', surveyId } }),
        h.db.surveyAnswer.createMany({
          data: [
            {
              responseId: '00000000-0000-4000-8000-00000000bbbb',
              surveyId,
              questionId: single.id,
              kind: 'SINGLE_CHOICE',
              optionId: single.options[0]?.id ?? '',
            },
            {
              responseId: '00000000-0000-4000-8000-00000000bbbb',
              surveyId,
              questionId: single.id,
              kind: 'SINGLE_CHOICE',
              optionId: single.options[1]?.id ?? '',
            },
          ],
        }),
      ]),
    ).rejects.toThrow();
    expect(await h.db.surveyResponse.count({ where: { surveyId } })).toBe(1);
  });

  it('results are counted, public once closed, free texts for staff only', async () => {
    await h.ask(citizen(), ANSWER, { id: surveyId, answers: answers(0, [1], 5) });
    await h.ask(citizen(), ANSWER, { id: surveyId, answers: answers(2, [0, 1, 3], 2, 'Hundewiese') });
    const open = await h.ask(citizen(), RESULTS, { id: surveyId });
    expect(open.data.survey).toMatchObject({ phase: 'OPEN', responseCount: null, results: null });
    expect((await h.ask(STAFF, PHASE, { id: surveyId, phase: 'CLOSED' })).data.setSurveyPhase.phase).toBe(
      'CLOSED',
    );
    expect(await h.codes(citizen(), ANSWER, { id: surveyId, answers: answers(0, [0], 3) })).toEqual([
      'BAD_USER_INPUT',
    ]);
    const closed = (await h.ask(citizen(), RESULTS, { id: surveyId })).data.survey;
    expect(closed.responseCount).toBe(3);
    const [s, m, f, sc] = closed.results;
    expect(s.counts.map((c: { count: number }) => c.count)).toEqual([2, 0, 1]);
    expect(s.answered).toBe(3);
    expect(m.counts.map((c: { label: string; count: number }) => [c.label, c.count])).toEqual([
      ['Bänke', 2],
      ['Toiletten', 2],
      ['Licht', 1],
      ['Spielgeräte', 1],
    ]);
    expect(f).toMatchObject({ answered: 2, counts: [], texts: null });
    expect(sc.counts.map((c: { label: string; count: number }) => [c.label, c.count])).toEqual([
      ['1', 0],
      ['2', 1],
      ['3', 0],
      ['4', 1],
      ['5', 1],
    ]);
    expect(sc.mean).toBeCloseTo(11 / 3);
    const forStaff = (await h.ask(STAFF, RESULTS, { id: surveyId })).data.survey.results[2];
    expect([...forStaff.texts].sort()).toEqual(['Hundewiese', 'Mehr Schatten']);
  });

  it('verified-only surveys; export and erasure name the survey, never the answers', async () => {
    const made = await h.ask(STAFF, CREATE, {
      input: {
        title: 'Nur für Einwohner',
        description: 'Test',
        verifiedOnly: true,
        questions: [{ kind: 'SCALE', text: 'Wie gut ist der Bus?', scaleMin: 0, scaleMax: 10 }],
      },
    });
    const id = made.data.createSurvey.id;
    const q = made.data.createSurvey.questions[0].id;
    await h.ask(STAFF, PHASE, { id, phase: 'OPEN' });
    const unverified = await h.ask(citizen(), ANSWER, { id, answers: [{ questionId: q, value: 7 }] });
    expect(unverified.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_VERIFIED' });
    const resident = await h.verified();
    expect(
      (await h.ask(resident, ANSWER, { id, answers: [{ questionId: q, value: 7 }] })).data.answerSurvey,
    ).toBe(true);
    const { exportParticipation, eraseParticipation } = await import('../src/privacy.ts');
    const data = await exportParticipation(h.db, resident.id);
    expect(data.answeredSurveys).toEqual([id]);
    expect(JSON.stringify(data)).not.toContain('"value"');
    await eraseParticipation(h.db, resident.id);
    expect((await exportParticipation(h.db, resident.id)).answeredSurveys).toEqual([]);
    expect(await h.db.surveyRespondent.count({ where: { surveyId: id } })).toBe(1);
    expect(await h.db.surveyResponse.count({ where: { surveyId: id } })).toBe(1);
  });
});
