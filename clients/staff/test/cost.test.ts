/**
 * Every document of the staff workbench stays well under the gateway's cost limit, with the
 * sizes the subgraphs declare (@listSize): an earlier schedule query was refused through the
 * gateway at an estimated ~184,000 (> 5,000), since every list counted as 20 elements.
 */
import { readFileSync } from 'node:fs';
import { buildSchema, type DocumentNode, getNamedType, parse, typeFromAST } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, listSizesOf, operationCost } from '../../../gateway/src/protection/limits.ts';

const root = new URL('../../../', import.meta.url);
const schema = buildSchema(readFileSync(new URL('schema/api.graphql', root), 'utf8'));
const declared = listSizesOf(readFileSync(new URL('schema/supergraph.graphql', root), 'utf8'));
const documents = Object.values(
  JSON.parse(
    readFileSync(new URL('clients/staff/src/generated/persisted-documents.json', root), 'utf8'),
  ) as Record<string, string>,
);

/** Example values by type, as the screens send them (the days of the schedule: 1). */
const EXAMPLES: Record<string, unknown> = {
  ID: 'rathaus-kaarst',
  String: '2026-12-07',
  Int: 1,
  Boolean: false,
  RequestStatus: 'IN_PROGRESS',
  KitaAgeGroup: 'U3',
  KitaUpdateInput: { weeklyHours: [25, 35], openingTimes: 'Mo–Fr 7–16 Uhr' },
  RequestQueueFilter: { status: ['RECEIVED'] },
  DrawQueueTicketInput: {
    locationId: 'rathaus-kaarst',
    serviceIds: ['personalausweis'],
    idempotencyKey: 'k',
  },
  CallNextQueueTicketInput: { locationId: 'rathaus-kaarst', counter: 1, idempotencyKey: 'k' },
  DateTime: '2026-12-07T10:00:00Z',
  HomeVisitDayInput: { date: '2026-12-07', requestIds: ['00000000-0000-0000-0000-000000000000'] },
  SubmitContentInput: {
    title: 'Weihnachtsmarkt',
    body: 'Samstag auf dem Rathausplatz',
    validFrom: '2026-12-07T10:00:00Z',
    validUntil: '2026-12-14T10:00:00Z',
    screenIds: ['kaarst-rathausplatz'],
  },
  MobileOfficeStopInput: { locationId: 'mobil-vorst', date: '2026-12-07', opens: '09:00', closes: '12:00' },
  ScheduleRuleInput: { screenId: 'kaarst-rathausplatz', itemId: 'item', priority: 1, weekdays: [1] },
  SuggestionStatus: 'RECEIVED',
  SuggestionHandOverInput: { suggestionId: 'id', committeeId: 'rat', agendaItemId: 'rat-naechste-3' },
  ContributionType: 'COMMENT',
  ModerationDecision: 'RESTORE',
  SurveyPhase: 'OPEN',
  SurveyInput: {
    title: 'Wochenmarkt',
    description: 'Wann?',
    verifiedOnly: false,
    questions: [{ kind: 'SINGLE_CHOICE', text: 'Welcher Tag?', required: true, options: ['Di', 'Sa'] }],
  },
};
const variablesOf = (document: DocumentNode) =>
  Object.fromEntries(
    document.definitions.flatMap((d) =>
      d.kind === 'OperationDefinition'
        ? (d.variableDefinitions ?? []).map((v) => {
            const type = getNamedType(typeFromAST(schema, v.type as never));
            return [v.variable.name.value, EXAMPLES[type?.name ?? '']];
          })
        : [],
    ),
  );

describe('the staff workbench’s documents and the cost limit', () => {
  it('each costs at most half the limit', () => {
    const costs = Object.fromEntries(
      documents.map((text) => {
        const document = parse(text);
        const name = document.definitions.flatMap((d) =>
          d.kind === 'OperationDefinition' && d.name ? [d.name.value] : [],
        )[0] as string;
        return [name, operationCost(schema, document, variablesOf(document), name, DEFAULT_LIMITS, declared)];
      }),
    );
    console.log('estimated cost per staff document:', costs);
    expect(Object.keys(costs).length).toBeGreaterThan(10);
    for (const [name, cost] of Object.entries(costs))
      expect(cost, name).toBeLessThanOrEqual(DEFAULT_LIMITS.cost / 2);
    // Without the declared sizes the day's schedule is what the gateway refused before.
    const day = documents.find((text) => text.includes('query WorkbenchDay')) as string;
    expect(
      operationCost(schema, parse(day), variablesOf(parse(day)), 'WorkbenchDay', DEFAULT_LIMITS),
    ).toBeGreaterThan(DEFAULT_LIMITS.cost);
  });
});
