/**
 * A § 24 suggestion shown with the council meeting that deals with it: participation keeps only
 * the committee's and the agenda item's ids, and the gateway joins the council subgraph's
 * CouncilOrganization and CouncilAgendaItem (with its meeting) through their @key(fields: "id").
 * A real hub (gateway, citizens, council, participation) with the sample data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNA, codes, STAFF, startHub, type TestHub } from '../../../tests/harness.ts';

const SUBMIT = `mutation ($input: SuggestionInput!) { submitSuggestion(input: $input) { id reference status } }`;
const HAND_OVER = `mutation ($input: SuggestionHandOverInput!) { handOverSuggestion(input: $input) { id status } }`;
const MINE = `{ mySuggestions { id status
  committee { id name shortName }
  agendaItem { id number name meeting { id name start organizations { shortName } } } } }`;

describe('§ 24 suggestions joined with the council subgraph through the gateway', {
  timeout: 180_000,
}, () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startHub({ subgraphs: ['council', 'participation'] });
  }, 180_000);
  afterAll(() => hub?.close());

  it('shows the committee and the agenda item with its meeting; only staff hand over', async () => {
    const anna = await hub.signIn(ANNA);
    const staff = await hub.signIn(STAFF);
    const submitted = await hub.request<{ submitSuggestion: { id: string; status: string } }>(
      SUBMIT,
      {
        input: {
          kind: 'SUGGESTION',
          subject: 'Bebauungsplan am Kaarster See',
          body: 'Ich rege an, beim Bebauungsplan Nr. 99 einen Fußweg zum See vorzusehen.',
        },
      },
      anna,
    );
    expect(submitted.errors).toBeUndefined();
    const id = submitted.data?.submitSuggestion.id;
    const input = { suggestionId: id, committeeId: 'rat', agendaItemId: 'rat-naechste-3' };
    // The gateway refuses the citizen before the subgraph is asked.
    expect(codes(await hub.request(HAND_OVER, { input }, anna))).toEqual(['FORBIDDEN']);
    const handed = await hub.request<{ handOverSuggestion: { status: string } }>(HAND_OVER, { input }, staff);
    expect(handed.errors).toBeUndefined();
    expect(handed.data?.handOverSuggestion.status).toBe('SCHEDULED');

    const mine = await hub.request<{ mySuggestions: Array<Record<string, unknown>> }>(MINE, {}, anna);
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.mySuggestions).toEqual([
      {
        id,
        status: 'SCHEDULED',
        committee: { id: 'rat', name: 'Rat der Stadt Kaarst', shortName: 'Rat' },
        agendaItem: {
          id: 'rat-naechste-3',
          number: 'Ö 3',
          name: 'Bebauungsplan Nr. 99 "Am Kaarster See"',
          meeting: {
            id: 'rat-naechste',
            name: 'Sitzung des Rates (Beispiel)',
            start: expect.any(String),
            organizations: [{ shortName: 'Rat' }],
          },
        },
      },
    ]);
    // Nobody else sees it, through the graph either.
    const other = await hub.request<{ suggestion: unknown }>(
      'query ($id: ID!) { suggestion(id: $id) { id } }',
      { id },
      await hub.signIn('partner@example.org'),
    );
    expect(other.data?.suggestion).toBeNull();
  });
});
