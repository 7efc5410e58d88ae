import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizen, type Harness, STAFF, startParticipation } from './helpers.ts';

const SUBMIT = `mutation ($input: SuggestionInput!) { submitSuggestion(input: $input) {
  id reference kind subject status receivedAt committee { id } agendaItem { id } mine } }`;
const HAND_OVER = `mutation ($input: SuggestionHandOverInput!) { handOverSuggestion(input: $input) {
  id status handedOverAt committee { id } agendaItem { id } } }`;
const DECIDE = `mutation ($id: ID!, $d: String!) { recordSuggestionDecision(id: $id, decision: $d) { id status decision decidedAt } }`;
const ONE = `query ($id: ID!) { suggestion(id: $id) { id reference status mine } }`;

const input = {
  kind: 'SUGGESTION',
  subject: 'Zebrastreifen an der Schule',
  body: 'Ich rege an, vor der Grundschule in Vorst einen Zebrastreifen einzurichten.',
};

describe('participation: suggestions and complaints under § 24 GO NRW', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startParticipation();
  });
  afterAll(() => h?.close());

  it('is submitted by any account and acknowledged at once with a reference', async () => {
    const anna = citizen();
    expect(await h.codes(null, SUBMIT, { input })).toEqual(['UNAUTHENTICATED']);
    const answer = await h.ask(anna, SUBMIT, { input });
    expect(answer.errors).toBeUndefined();
    const s = answer.data.submitSuggestion;
    expect(s).toMatchObject({
      kind: 'SUGGESTION',
      status: 'RECEIVED',
      committee: null,
      agendaItem: null,
      mine: true,
    });
    expect(s.reference).toMatch(/^A24-\d{4}-\d{4}$/);
    expect(Date.now() - Date.parse(s.receivedAt)).toBeLessThan(60_000);
    const mine = await h.ask(anna, '{ mySuggestions { id reference } }');
    expect(mine.data.mySuggestions).toEqual([{ id: s.id, reference: s.reference }]);
  });

  it('refuses bad input with BAD_USER_INPUT and sends a repeated submission once', async () => {
    const anna = citizen();
    expect(await h.codes(anna, SUBMIT, { input: { ...input, body: 'kurz' } })).toEqual(['BAD_USER_INPUT']);
    expect(await h.codes(anna, SUBMIT, { input: { ...input, subject: ' ' } })).toEqual(['BAD_USER_INPUT']);
    const keyed = { ...input, kind: 'COMPLAINT', idempotencyKey: 'form-1' };
    const [a, b] = await Promise.all([
      h.ask(anna, SUBMIT, { input: keyed }),
      h.ask(anna, SUBMIT, { input: keyed }),
    ]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(a.data.submitSuggestion.id).toBe(b.data.submitSuggestion.id);
    expect(await h.db.suggestion.count({ where: { authorId: anna.id } })).toBe(1);
    const other = await h.ask(anna, SUBMIT, { input: { ...keyed, subject: 'Etwas ganz anderes' } });
    expect(other.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('only its author and staff see it', async () => {
    const anna = citizen();
    const id = (await h.ask(anna, SUBMIT, { input })).data.submitSuggestion.id;
    expect((await h.ask(citizen(), ONE, { id })).data.suggestion).toBeNull();
    expect((await h.ask(anna, ONE, { id })).data.suggestion.mine).toBe(true);
    expect((await h.ask(STAFF, ONE, { id })).data.suggestion).toMatchObject({ id, mine: false });
    expect(await h.codes(anna, '{ suggestionQueue { id } }')).toEqual(['FORBIDDEN']);
    const queue = await h.ask(STAFF, '{ suggestionQueue(status: RECEIVED) { id } }');
    expect(queue.data.suggestionQueue.map((s: { id: string }) => s.id)).toContain(id);
  });

  it('staff hand it to a committee, then name the agenda item, then record the decision; audited', async () => {
    const anna = citizen();
    const id = (await h.ask(anna, SUBMIT, { input })).data.submitSuggestion.id;
    // Only staff hand over; the citizen is refused.
    expect(await h.codes(anna, HAND_OVER, { input: { suggestionId: id, committeeId: 'puk' } })).toEqual([
      'FORBIDDEN',
    ]);
    expect(await h.codes(STAFF, DECIDE, { id, d: 'Zu früh' })).toEqual(['BAD_USER_INPUT']);
    expect(await h.codes(STAFF, HAND_OVER, { input: { suggestionId: id, committeeId: 'p u k' } })).toEqual([
      'BAD_USER_INPUT',
    ]);
    const handed = await h.ask(STAFF, HAND_OVER, { input: { suggestionId: id, committeeId: 'puk' } });
    expect(handed.data.handOverSuggestion).toMatchObject({
      status: 'HANDED_OVER',
      committee: { id: 'puk' },
      agendaItem: null,
    });
    const scheduled = await h.ask(STAFF, HAND_OVER, {
      input: { suggestionId: id, committeeId: 'puk', agendaItemId: 'rat-naechste-3' },
    });
    expect(scheduled.data.handOverSuggestion).toMatchObject({
      status: 'SCHEDULED',
      agendaItem: { id: 'rat-naechste-3' },
      handedOverAt: handed.data.handOverSuggestion.handedOverAt,
    });
    // The same hand-over again changes nothing and writes no second audit entry.
    await h.ask(STAFF, HAND_OVER, {
      input: { suggestionId: id, committeeId: 'puk', agendaItemId: 'rat-naechste-3' },
    });
    const decided = await h.ask(STAFF, DECIDE, { id, d: 'Der Ausschuss beauftragt die Verwaltung.' });
    expect(decided.data.recordSuggestionDecision).toMatchObject({ status: 'DECIDED' });
    expect(await h.codes(STAFF, DECIDE, { id, d: 'Etwas anderes' })).toEqual(['CONFLICT']);
    expect(await h.codes(STAFF, HAND_OVER, { input: { suggestionId: id, committeeId: 'hfa' } })).toEqual([
      'CONFLICT',
    ]);
    const audit = await h.db.auditEntry.findMany({ where: { recordId: id }, orderBy: { at: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual([
      'participation.handOverSuggestion',
      'participation.handOverSuggestion',
      'participation.recordSuggestionDecision',
    ]);
    expect(audit[0]?.actorId).toBe(STAFF.id);
  });

  it('the database refuses a status that does not match what happened', async () => {
    const anna = citizen();
    const id = (await h.ask(anna, SUBMIT, { input })).data.submitSuggestion.id;
    await expect(h.db.suggestion.update({ where: { id }, data: { status: 'SCHEDULED' } })).rejects.toThrow();
    await expect(
      h.db.suggestion.update({ where: { id }, data: { status: 'DECIDED', committeeId: 'puk' } }),
    ).rejects.toThrow();
  });

  it('exports and erases with the account', async () => {
    const anna = citizen();
    const id = (await h.ask(anna, SUBMIT, { input })).data.submitSuggestion.id;
    const { exportParticipation, eraseParticipation } = await import('../src/privacy.ts');
    const data = await exportParticipation(h.db, anna.id);
    expect(data.suggestions).toEqual([
      expect.objectContaining({ id, subject: input.subject, status: 'RECEIVED' }),
    ]);
    await eraseParticipation(h.db, anna.id);
    await eraseParticipation(h.db, anna.id);
    expect((await exportParticipation(h.db, anna.id)).suggestions).toEqual([]);
    expect(await h.db.suggestion.findUnique({ where: { id } })).toMatchObject({ authorId: null });
    expect((await h.ask(anna, ONE, { id })).data.suggestion).toBeNull();
  });
});
