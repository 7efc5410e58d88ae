import { generateHubKeys, type HubKeys, type RunningSubgraph, type Viewer } from '@kaarst/kit';
import { startTestSubgraph, subgraphRequest } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { SAMPLE_ENTRY_ID } from '../src/seed.ts';
import { notificationsSubgraph } from '../src/subgraph.ts';

const STAFF: Viewer = {
  id: '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0002',
  roles: ['staff'],
  department: 'buergerbuero',
};
const CITIZEN: Viewer = { id: '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0001', roles: ['citizen'] };
const ENTRIES = '{ notificationsEntries { id title createdAt } }';
const ADD = 'mutation ($title: String!) { addNotificationsEntry(title: $title) { id title } }';

describe('notifications subgraph', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient>;
  const ask = (viewer: Viewer | null, query: string, variables?: Record<string, unknown>) =>
    subgraphRequest<Record<string, Array<{ id: string; title: string }>>>(
      subgraph.url,
      keys,
      viewer,
      query,
      variables,
    );

  beforeAll(async () => {
    keys = await generateHubKeys();
    subgraph = await startTestSubgraph(notificationsSubgraph, { keys });
  });
  afterAll(() => subgraph?.close());

  it('lists the sample entry to anyone', async () => {
    const answer = await ask(null, ENTRIES);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.notificationsEntries?.map((e) => e.id)).toEqual([SAMPLE_ENTRY_ID]);
  });

  it('staff add an entry, which is listed first', async () => {
    const added = await ask(STAFF, ADD, { title: '  Neuer Eintrag ' });
    expect(added.errors).toBeUndefined();
    expect(added.data?.addNotificationsEntry).toMatchObject({ title: 'Neuer Eintrag' });
    const listed = await ask(null, ENTRIES);
    expect(listed.data?.notificationsEntries?.[0]?.title).toBe('Neuer Eintrag');
  });

  it('refuses others and bad input with a stable code, storing nothing', async () => {
    const before = await subgraph.db.entry.count();
    const codes = async (viewer: Viewer | null, variables: Record<string, unknown>) =>
      (await ask(viewer, ADD, variables)).errors?.map((e) => e.extensions?.code);
    expect(await codes(null, { title: 'x' })).toEqual(['UNAUTHENTICATED']);
    expect(await codes(CITIZEN, { title: 'x' })).toEqual(['FORBIDDEN']);
    expect(await codes(STAFF, { title: '   ' })).toEqual(['BAD_USER_INPUT']);
    expect(await codes(STAFF, { title: 'x'.repeat(201) })).toEqual(['BAD_USER_INPUT']);
    expect((await ask(null, '{ notificationsEntries(first: 0) { id } }')).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(await subgraph.db.entry.count()).toBe(before);
  });
});
