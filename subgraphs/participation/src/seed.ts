/**
 * Sample data (demoData only), marked as such: a process with two proposals, a participatory
 * budget in its voting phase, an open survey and a closed one with invented answers; Anna
 * (demo account) is a verified resident.
 * Run at every start, so it leaves what exists alone.
 */
import type { Logger } from '@kaarst/kit';
import type { PrismaClient } from './generated/prisma/client.ts';

export const SAMPLE_PROCESS_ID = '00000000-0000-4000-8000-000000001901';
export const SAMPLE_PROPOSAL_IDS = [
  '00000000-0000-4000-8000-000000001911',
  '00000000-0000-4000-8000-000000001912',
];
export const SAMPLE_BUDGET_ID = '00000000-0000-4000-8000-000000001921';
export const SAMPLE_PROJECT_IDS = [
  '00000000-0000-4000-8000-000000001931',
  '00000000-0000-4000-8000-000000001932',
  '00000000-0000-4000-8000-000000001933',
  '00000000-0000-4000-8000-000000001934',
];
export const SAMPLE_SURVEY_ID = '00000000-0000-4000-8000-000000001941';
export const SAMPLE_CLOSED_SURVEY_ID = '00000000-0000-4000-8000-000000001942';
const ANNA = '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0001';

export async function seedParticipation(
  db: PrismaClient,
  { demoData, log }: { demoData: boolean; log: Logger },
) {
  if (!demoData) return;
  await db.verification.upsert({
    where: { accountId: ANNA },
    update: {},
    create: { accountId: ANNA, method: 'IN_PERSON', birthDate: new Date('1985-04-12T00:00:00Z') },
  });
  await db.process.upsert({
    where: { id: SAMPLE_PROCESS_ID },
    update: {},
    create: {
      id: SAMPLE_PROCESS_ID,
      title: 'Ideen für die Kaarster Innenstadt (Beispieldaten)',
      description: 'Beispielprozess (sample data): Vorschläge für Plätze, Wege und Grün in der Innenstadt.',
      phase: 'OPEN',
      minimumAge: 14,
      supportThreshold: 50,
    },
  });
  const proposals = [
    {
      id: SAMPLE_PROPOSAL_IDS[0] ?? '',
      title: 'Mehr Bänke am Rathausplatz (Beispiel)',
      body: 'Beispielvorschlag (sample data): Schattige Sitzbänke rund um den Brunnen am Rathausplatz.',
      category: 'Stadtgrün',
      district: 'Kaarst-Mitte',
      latitude: 51.2286,
      longitude: 6.6178,
    },
    {
      id: SAMPLE_PROPOSAL_IDS[1] ?? '',
      title: 'Fahrradbügel am Bahnhof Büttgen (Beispiel)',
      body: 'Beispielvorschlag (sample data): Überdachte Fahrradbügel am Bahnhof Büttgen.',
      category: 'Verkehr',
      district: 'Büttgen',
      latitude: null,
      longitude: null,
    },
  ];
  for (const p of proposals)
    await db.proposal.upsert({
      where: { id: p.id },
      update: {},
      create: { ...p, processId: SAMPLE_PROCESS_ID },
    });
  if (!(await db.budget.findUnique({ where: { id: SAMPLE_BUDGET_ID } }))) {
    await db.budget.create({
      data: {
        id: SAMPLE_BUDGET_ID,
        title: 'Bürgerhaushalt Kaarst 2027 (Beispieldaten)',
        total: 100_000,
        style: 'KNAPSACK',
        rule: 'EQUAL_SHARES',
        minimumAge: 14,
      },
    });
    const projects = [
      ['Trinkbrunnen im Stadtpark', 'Kaarst-Mitte', 35_000],
      ['Bouleplatz in Holzbüttgen', 'Holzbüttgen', 20_000],
      ['Spielgeräte am Vorster Wald', 'Vorst', 45_000],
      ['Blühwiesen an der Erft (Beispiel)', 'Büttgen', 15_000],
    ] as const;
    await db.budgetProject.createMany({
      data: projects.map(([title, district, cost], index) => ({
        id: SAMPLE_PROJECT_IDS[index] ?? '',
        budgetId: SAMPLE_BUDGET_ID,
        title,
        description: `Beispielprojekt (sample data) in ${district}.`,
        district,
        cost,
      })),
    });
    await db.budget.update({ where: { id: SAMPLE_BUDGET_ID }, data: { phase: 'VOTE' } });
  }
  await seedSurveys(db);
  log.debug('participation sample data in place');
}

/** Two sample surveys: one open (all four kinds of question), one closed with sample answers. */
async function seedSurveys(db: PrismaClient) {
  if (!(await db.survey.findUnique({ where: { id: SAMPLE_SURVEY_ID } }))) {
    await db.survey.create({
      data: {
        id: SAMPLE_SURVEY_ID,
        title: 'Umfrage: Der Kaarster Stadtpark (Beispieldaten)',
        description: 'Beispielumfrage (sample data): Wie nutzen Sie den Stadtpark, und was fehlt Ihnen dort?',
        questions: {
          create: [
            {
              position: 1,
              kind: 'SINGLE_CHOICE',
              text: 'Wie oft sind Sie im Stadtpark?',
              options: {
                create: ['Täglich', 'Jede Woche', 'Seltener'].map((label, i) => ({ position: i + 1, label })),
              },
            },
            {
              position: 2,
              kind: 'MULTIPLE_CHOICE',
              text: 'Was fehlt Ihnen im Stadtpark?',
              options: {
                create: ['Sitzbänke', 'Toiletten', 'Beleuchtung', 'Spielgeräte'].map((label, i) => ({
                  position: i + 1,
                  label,
                })),
              },
            },
            {
              position: 3,
              kind: 'SCALE',
              text: 'Wie zufrieden sind Sie mit dem Stadtpark?',
              scaleMin: 1,
              scaleMax: 5,
            },
            { position: 4, kind: 'FREE_TEXT', text: 'Was möchten Sie uns noch sagen?', required: false },
          ],
        },
      },
    });
    await db.survey.update({ where: { id: SAMPLE_SURVEY_ID }, data: { phase: 'OPEN' } });
  }
  if (!(await db.survey.findUnique({ where: { id: SAMPLE_CLOSED_SURVEY_ID } }))) {
    const survey = await db.survey.create({
      data: {
        id: SAMPLE_CLOSED_SURVEY_ID,
        title: 'Umfrage: Busverbindungen nach Düsseldorf (Beispieldaten)',
        description: 'Abgeschlossene Beispielumfrage (sample data) mit erfundenen Antworten.',
        questions: {
          create: [
            {
              position: 1,
              kind: 'SINGLE_CHOICE',
              text: 'Wie fahren Sie meistens nach Düsseldorf?',
              options: {
                create: ['Bus', 'S-Bahn', 'Auto', 'Fahrrad'].map((label, i) => ({ position: i + 1, label })),
              },
            },
            {
              position: 2,
              kind: 'SCALE',
              text: 'Wie zufrieden sind Sie mit dem Takt?',
              scaleMin: 1,
              scaleMax: 5,
            },
          ],
        },
      },
      include: { questions: { include: { options: true }, orderBy: { position: 'asc' } } },
    });
    await db.survey.update({ where: { id: survey.id }, data: { phase: 'OPEN' } });
    const [how, takt] = survey.questions;
    // Invented answers: (option of question 1, value of question 2).
    const sample: Array<[number, number]> = [
      [0, 2],
      [0, 3],
      [1, 4],
      [1, 4],
      [1, 5],
      [2, 2],
      [2, 1],
      [1, 3],
      [0, 2],
      [3, 4],
      [1, 4],
      [2, 3],
    ];
    if (how && takt)
      for (const [index, [option, value]] of sample.entries()) {
        const responseId = `00000000-0000-4000-8000-0000000019${String(50 + index).padStart(2, '0')}`;
        await db.$transaction([
          db.surveyRespondent.create({ data: { surveyId: survey.id, respondentKey: `sample:${index + 1}` } }),
          db.surveyResponse.create({ data: { id: responseId, surveyId: survey.id } }),
          db.surveyAnswer.createMany({
            data: [
              {
                responseId,
                surveyId: survey.id,
                questionId: how.id,
                kind: how.kind,
                optionId: how.options.find((o) => o.position === option + 1)?.id ?? null,
              },
              { responseId, surveyId: survey.id, questionId: takt.id, kind: takt.kind, value },
            ],
          }),
        ]);
      }
    await db.survey.update({ where: { id: survey.id }, data: { phase: 'CLOSED' } });
  }
}
