import { randomUUID } from 'node:crypto';
import { generateHubKeys, type HubKeys, type RunningSubgraph, type Viewer } from '@kaarst/kit';
import { nextLocal, startTestSubgraph, subgraphRequest, WEEKDAY } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { sendReminders } from '../src/reminders.ts';
import { appointmentsSubgraph } from '../src/subgraph.ts';

const DAY = 24 * 60 * 60 * 1000;

describe('appointments: the reminder the day before', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient>;
  const citizen: Viewer = { id: randomUUID(), roles: ['citizen'] };
  /** The notification rows of this citizen in the outbox. */
  const reminders = async () =>
    subgraph.db.$queryRawUnsafe<
      Array<{ payload: { title: string; body: string; topic: string; url: string } }>
    >(
      `SELECT payload FROM outbox_event WHERE topic = 'notification' AND payload->>'accountId' = $1`,
      citizen.id,
    );

  /** Books an ID card at Rathaus Büttgen at `start` for `viewer`. */
  const book = (viewer: Viewer, start: string) =>
    subgraphRequest<{ bookAppointment: { code: string } }>(
      subgraph.url,
      keys,
      viewer,
      'mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { code } }',
      {
        input: {
          serviceIds: ['personalausweis'],
          locationId: 'rathaus-buettgen',
          start,
          idempotencyKey: randomUUID(),
        },
      },
    );

  beforeAll(async () => {
    keys = await generateHubKeys();
    // No timer: the test says when it is.
    subgraph = await startTestSubgraph(appointmentsSubgraph, { keys, runBackground: false });
  });
  afterAll(() => subgraph?.close());

  it('reminds a booked appointment once, on the day before, also when two rounds race', async () => {
    const start = nextLocal(WEEKDAY.WEDNESDAY, '09:00');
    const booked = await book(citizen, start);
    expect(booked.errors).toBeUndefined();
    const appointmentAt = new Date(start).getTime();

    await sendReminders(subgraph.db, new Date(appointmentAt - 2 * DAY)); // two days before: not yet
    expect(await reminders()).toEqual([]);

    const dayBefore = new Date(appointmentAt - DAY);
    await Promise.all([sendReminders(subgraph.db, dayBefore), sendReminders(subgraph.db, dayBefore)]);
    await sendReminders(subgraph.db, dayBefore);
    const rows = await reminders();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.payload).toMatchObject({
      topic: 'appointment-reminder',
      title: 'Morgen um 09:00 Uhr: Ihr Termin',
      url: '/#/termine',
    });
    expect(rows[0]?.payload.body).toContain(booked.data?.bookAppointment.code);
  });

  it('does not remind a cancelled appointment', async () => {
    const start = nextLocal(WEEKDAY.WEDNESDAY, '10:00');
    const other: Viewer = { id: randomUUID(), roles: ['citizen'] };
    const booked = await book(other, start);
    expect(booked.errors).toBeUndefined();
    const code = booked.data?.bookAppointment.code;
    const cancelled = await subgraphRequest(
      subgraph.url,
      keys,
      other,
      'mutation ($code: String!) { cancelAppointment(code: $code) { status } }',
      { code },
    );
    expect(cancelled.errors).toBeUndefined();
    await sendReminders(subgraph.db, new Date(new Date(start).getTime() - DAY));
    const rows = await subgraph.db.$queryRawUnsafe<unknown[]>(
      `SELECT 1 FROM outbox_event WHERE topic = 'notification' AND payload->>'accountId' = $1`,
      other.id,
    );
    expect(rows).toEqual([]);
  });
});
