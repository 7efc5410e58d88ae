/**
 * Participation through the gateway: the directives refuse anonymous and non-staff callers
 * before the subgraph is asked, Anna (a verified sample resident) votes once in the sample
 * budget with the remaining budget shown, an unverified citizen is refused, and her personal
 * data export says she voted, never what.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_BUDGET_ID, SAMPLE_PROJECT_IDS } from '../../subgraphs/participation/src/seed.ts';
import { ANNA, codes, startHub, type TestHub } from '../harness.ts';
import { newCitizenSession } from '../people.ts';

const CAST = 'mutation ($b: ID!, $p: [ID!]!) { castBallot(budgetId: $b, projectIds: $p) }';

describe('participation through the gateway', () => {
  let hub: TestHub;
  let anna: string;
  beforeAll(async () => {
    hub = await startHub({ subgraphs: ['participation'] });
    anna = await hub.signIn(ANNA);
  });
  afterAll(() => hub?.close());

  it('one ballot per verified person, the remaining budget while choosing, export without contents', async () => {
    const choice = [SAMPLE_PROJECT_IDS[0], SAMPLE_PROJECT_IDS[1]]; // 35,000 € + 20,000 €
    const preview = await hub.request<{ ballotPreview: { remaining: number; valid: boolean } }>(
      'query ($b: ID!, $p: [ID!]!) { ballotPreview(budgetId: $b, projectIds: $p) { remaining valid } }',
      { b: SAMPLE_BUDGET_ID, p: choice },
    );
    expect(preview.data?.ballotPreview).toEqual({ remaining: 45_000, valid: true });

    expect(codes(await hub.request(CAST, { b: SAMPLE_BUDGET_ID, p: choice }))).toEqual(['UNAUTHENTICATED']);
    const stranger = await newCitizenSession(hub);
    const refused = await hub.request(CAST, { b: SAMPLE_BUDGET_ID, p: choice }, stranger);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_VERIFIED' });
    expect(codes(await hub.request('{ moderationQueue { id } }', {}, anna))).toEqual(['FORBIDDEN']);

    expect(codes(await hub.request(CAST, { b: SAMPLE_BUDGET_ID, p: SAMPLE_PROJECT_IDS }, anna))).toEqual([
      'BAD_USER_INPUT',
    ]); // 115,000 € of 100,000 €
    expect((await hub.request(CAST, { b: SAMPLE_BUDGET_ID, p: choice }, anna)).data).toEqual({
      castBallot: true,
    });
    const again = await hub.request(CAST, { b: SAMPLE_BUDGET_ID, p: choice }, anna);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_VOTED' });

    const mine = await hub.request<{ myPersonalData: { participation: Record<string, unknown> } }>(
      '{ myPersonalData { participation } }',
      {},
      anna,
    );
    expect(mine.errors).toBeUndefined();
    const data = mine.data?.myPersonalData.participation;
    expect(data?.votedInBudgets).toEqual([SAMPLE_BUDGET_ID]);
    expect(data?.verification).toMatchObject({ method: 'IN_PERSON' });
    expect(JSON.stringify(data)).not.toContain(SAMPLE_PROJECT_IDS[0]);
  });
});
