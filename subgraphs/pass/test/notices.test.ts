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
import { erasePassData } from '../src/privacy.ts';
import { passSubgraph } from '../src/subgraph.ts';

/** A staff decision tells the holder through the durable notification log (the pass outbox appends it). */
describe('pass: notifications of a staff decision', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient>;
  let log: NotificationEventLog;
  let close: () => Promise<void>;
  const holder: Viewer = { id: randomUUID(), roles: ['citizen'] };
  const staff: Viewer = { id: randomUUID(), roles: ['staff'], department: 'buergerbuero' };
  const ask = <T>(viewer: Viewer, query: string, variables: Record<string, unknown>) =>
    subgraphRequest<T>(subgraph.url, keys, viewer, query, variables);
  const DECIDE =
    'mutation ($id: ID!, $approve: Boolean!, $reason: String!) { decideKaarstPassApplication(id: $id, approve: $approve, reason: $reason) { status } }';

  beforeAll(async () => {
    keys = await generateHubKeys();
    ({
      subgraph,
      notifications: log,
      close,
    } = await startTestSubgraphWithNotifications(passSubgraph, { keys }));
  });
  afterAll(() => close?.());

  it('writes one notification for the approval; a refused second decision none; erasure removes the rows', async () => {
    const seen: NotificationEvent[] = [];
    const consumer = log.consume('test', async (event) => void seen.push(event), subgraph.log);
    const applied = await ask<{ applyForKaarstPass: { id: string; status: string } }>(
      holder,
      'mutation ($input: ApplyForKaarstPassInput!) { applyForKaarstPass(input: $input) { id status } }',
      { input: { postalCode: '40210', street: 'Königsallee 1' } },
    );
    const pass = applied.data?.applyForKaarstPass;
    expect(pass?.status).toBe('PENDING');
    const approved = await ask(staff, DECIDE, { id: pass?.id, approve: true, reason: 'Nachweis geprüft' });
    expect(approved.errors).toBeUndefined();
    await expect.poll(() => seen.length, { timeout: 15_000 }).toBe(1);
    expect(seen[0]).toMatchObject({
      accountId: holder.id,
      topic: 'pass-decision',
      title: 'Ihr Kaarst-Pass ist bewilligt',
      url: '/#/kaarst-pass',
    });
    const again = await ask(staff, DECIDE, { id: pass?.id, approve: false, reason: 'Doch nicht' });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(seen).toHaveLength(1);
    await consumer.stop();

    expect(await subgraph.db.outboxEvent.count()).toBe(1);
    await erasePassData(subgraph.db, holder.id);
    expect(await subgraph.db.outboxEvent.count()).toBe(0);
  });
});
