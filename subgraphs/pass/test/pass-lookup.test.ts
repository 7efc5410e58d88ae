/** Staff find a Kaarst Pass by its number: any status, audited; others are refused; bad numbers are clear errors. */
import { randomUUID } from 'node:crypto';
import { generateHubKeys, type HubKeys, type RunningSubgraph, type Viewer } from '@kaarst/kit';
import { startTestSubgraph, subgraphRequest } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { passSubgraph } from '../src/subgraph.ts';

type Pass = { id: string; number: string; status: string; street: string | null };
const BY_NUMBER =
  'query ($number: String!) { kaarstPassByNumber(number: $number) { id number status street } }';
const APPLY =
  'mutation ($input: ApplyForKaarstPassInput!) { applyForKaarstPass(input: $input) { id number status street } }';

describe('pass: staff look a pass up by its number', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient>;
  const staff: Viewer = { id: randomUUID(), roles: ['staff'], department: 'buergerbuero' };
  const request = <T>(viewer: Viewer | null, query: string, variables?: Record<string, unknown>) =>
    subgraphRequest<T>(subgraph.url, keys, viewer, query, variables);
  const codes = (response: { errors?: ReadonlyArray<{ extensions?: { code?: unknown } }> }) =>
    (response.errors ?? []).map((e) => e.extensions?.code);

  beforeAll(async () => {
    keys = await generateHubKeys();
    subgraph = await startTestSubgraph(passSubgraph, { keys });
  });
  afterAll(async () => subgraph?.close());

  it('finds a pending pass by its number (any case, spaces around), and audits the look-up', async () => {
    const holder: Viewer = { id: randomUUID(), roles: ['citizen'] };
    const applied = await request<{ applyForKaarstPass: Pass }>(holder, APPLY, {
      input: { postalCode: '40210', street: 'Königsallee 1' },
    });
    const pass = applied.data?.applyForKaarstPass as Pass;
    expect(pass.status).toBe('PENDING');

    const found = await request<{ kaarstPassByNumber: Pass }>(staff, BY_NUMBER, {
      number: ` ${pass.number.toLowerCase()} `,
    });
    expect(found.errors).toBeUndefined();
    expect(found.data?.kaarstPassByNumber).toEqual(pass);
    const audited = await subgraph.db.auditEntry.findMany({
      where: { action: 'kaarstPass.lookup', recordId: pass.id },
    });
    expect(audited.map((entry) => [entry.actorId, entry.detail])).toEqual([[staff.id, pass.number]]);
  });

  it('answers NOT_FOUND for an unknown number and BAD_USER_INPUT for something that is no number', async () => {
    expect(codes(await request(staff, BY_NUMBER, { number: 'KP-999999' }))).toEqual(['NOT_FOUND']);
    expect(codes(await request(staff, BY_NUMBER, { number: 'Robert; DROP TABLE' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('refuses citizens, partners and anonymous callers', async () => {
    for (const viewer of [
      { id: randomUUID(), roles: ['citizen'] },
      { id: randomUUID(), roles: ['partner'] },
      null,
    ] as Array<Viewer | null>)
      expect(codes(await request(viewer, BY_NUMBER, { number: 'KP-000001' }))).toEqual([
        viewer ? 'FORBIDDEN' : 'UNAUTHENTICATED',
      ]);
  });
});
