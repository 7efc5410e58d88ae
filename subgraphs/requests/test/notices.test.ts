import { randomUUID } from 'node:crypto';
import {
  generateHubKeys,
  type HubKeys,
  type NotificationEvent,
  type NotificationEventLog,
  type RunningSubgraph,
  type Viewer,
} from '@kaarst/kit';
import { startTestSubgraphWithNotifications, subgraphRequest } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { requestsSubgraph } from '../src/subgraph.ts';

/** A status change tells the citizen through the durable notification log (the outbox appends it). */
describe('requests: notifications of a status change', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient>;
  let log: NotificationEventLog;
  let close: () => Promise<void>;
  const anna: Viewer = { id: randomUUID(), roles: ['citizen'] };
  const abfall: Viewer = { id: randomUUID(), roles: ['staff'], department: 'abfall' };
  const ask = <T>(viewer: Viewer, query: string, variables: Record<string, unknown>) =>
    subgraphRequest<T>(subgraph.url, keys, viewer, query, variables);
  const CHANGE =
    'mutation ($id: ID!, $s: RequestStatus!) { changeRequestStatus(requestId: $id, status: $s, reason: "Abholung geplant") { status } }';

  beforeAll(async () => {
    keys = await generateHubKeys();
    ({
      subgraph,
      notifications: log,
      close,
    } = await startTestSubgraphWithNotifications(requestsSubgraph, { keys }));
  });
  afterAll(() => close?.());

  it('writes one notification per change for the citizen; a refused change writes none', async () => {
    const seen: NotificationEvent[] = [];
    const consumer = log.consume('test', async (event) => void seen.push(event), subgraph.log);
    const submitted = await ask<{ submitRequest: { id: string; referenceNumber: string } }>(
      anna,
      'mutation ($i: SubmitRequestInput!) { submitRequest(input: $i) { id referenceNumber } }',
      {
        i: {
          typeCode: 'sperrmuell',
          description: 'Altes Sofa',
          address: 'Maubisstraße 5',
          answers: [
            { field: 'gegenstaende', value: 'Sofa' },
            { field: 'volumen', value: '1' },
          ],
          idempotencyKey: randomUUID(),
        },
      },
    );
    const { id, referenceNumber } = submitted.data?.submitRequest ?? { id: '', referenceNumber: '' };
    expect((await ask(abfall, CHANGE, { id, s: 'IN_PROGRESS' })).errors).toBeUndefined();
    await expect.poll(() => seen.length, { timeout: 15_000 }).toBe(1);
    expect(seen[0]).toMatchObject({
      type: 'notification',
      accountId: anna.id,
      topic: 'request-status',
      title: `Anliegen ${referenceNumber}: in Bearbeitung`,
      url: '/#/anliegen',
    });
    // Refused (the same step again is a CONFLICT): nothing new in the log.
    const refused = await ask(abfall, CHANGE, { id, s: 'IN_PROGRESS' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await ask(abfall, CHANGE, { id, s: 'DONE' })).errors).toBeUndefined();
    await expect.poll(() => seen.length, { timeout: 15_000 }).toBe(2);
    expect(seen[1]?.title).toBe(`Anliegen ${referenceNumber}: erledigt`);
    expect(new Set(seen.map((e) => e.id)).size).toBe(2);
    // Not announced to the subscribers' pubsub as a request change either: the outbox row is done.
    const pending = await subgraph.db.outboxEvent.count({ where: { publishedAt: null } });
    expect(pending).toBe(0);
    await consumer.stop();
  });
});
