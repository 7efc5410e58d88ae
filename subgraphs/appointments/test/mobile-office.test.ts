import { randomUUID } from 'node:crypto';
import { generateHubKeys, type HubKeys, type RunningSubgraph, type Viewer } from '@kaarst/kit';
import { type GraphQLResponse, startTestSubgraph, subgraphRequest } from '@kaarst/kit/testing';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { candidateStarts } from '../src/slots.ts';
import { appointmentsSubgraph } from '../src/subgraph.ts';

const ZONE = 'Europe/Berlin';
const codes = (response: Pick<GraphQLResponse<unknown>, 'errors'>) =>
  (response.errors ?? []).map((e) => e.extensions?.code);

const SCHEDULE = `mutation ($input: MobileOfficeStopInput!) {
  scheduleMobileOfficeStop(input: $input) { date opens closes location { id mobile } } }`;
const STOPS = '{ mobileOfficeStops { date opens closes location { id name address } } }';
const SLOTS = `query ($from: DateTime!, $to: DateTime!, $locationId: ID) {
  availableSlots(serviceIds: ["personalausweis"], from: $from, to: $to, locationId: $locationId) { start location { id } } }`;
const BOOK = `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { code location { id } } }`;

describe('mobile office stops: bookable like any office', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient>;
  const staff: Viewer = { id: randomUUID(), roles: ['staff'], department: 'buergerbuero' };
  const anna: Viewer = { id: randomUUID(), roles: ['citizen'] };
  const request = <T = Record<string, unknown>>(viewer: Viewer | null, query: string, variables?: object) =>
    subgraphRequest<T>(subgraph.url, keys, viewer, query, variables as Record<string, unknown>);
  // A Monday three weeks ahead: no demo stop falls on a Monday.
  const day = DateTime.now().setZone(ZONE).startOf('week').plus({ weeks: 3 });
  const date = day.toISODate() as string;
  const stop = { locationId: 'mobil-vorst', date, opens: '10:00', closes: '11:00' };

  beforeAll(async () => {
    keys = await generateHubKeys();
    subgraph = await startTestSubgraph(appointmentsSubgraph, { keys });
  });
  afterAll(async () => subgraph?.close());

  it('dated hours apply on their date only, not on every such weekday', () => {
    const hours = [{ weekday: 1, opens: '10:00', closes: '11:00', date }];
    const weekAfter = day.plus({ weeks: 1 });
    const found = candidateStarts(hours, day.toJSDate(), weekAfter.plus({ days: 1 }).toJSDate(), 15);
    expect(found.map((d) => DateTime.fromJSDate(d, { zone: ZONE }).toFormat('yyyy-MM-dd HH:mm'))).toEqual([
      `${date} 10:00`,
      `${date} 10:15`,
      `${date} 10:30`,
      `${date} 10:45`,
    ]);
  });

  it('staff schedule a stop; its slots appear and a citizen books one', async () => {
    const from = day.toJSDate().toISOString();
    const to = day.plus({ days: 1 }).toJSDate().toISOString();
    const before = await request<{ availableSlots: unknown[] }>(null, SLOTS, {
      from,
      to,
      locationId: 'mobil-vorst',
    });
    expect(before.data?.availableSlots).toEqual([]);

    const scheduled = await request(staff, SCHEDULE, { input: stop });
    expect(scheduled.errors).toBeUndefined();
    // Scheduling the same stop again changes nothing.
    expect((await request(staff, SCHEDULE, { input: stop })).errors).toBeUndefined();
    expect(await subgraph.db.openingHours.count({ where: { locationId: 'mobil-vorst', date } })).toBe(1);

    const listed = await request<{ mobileOfficeStops: Array<{ date: string; location: { id: string } }> }>(
      null,
      STOPS,
    );
    expect(listed.data?.mobileOfficeStops).toContainEqual(
      expect.objectContaining({
        date,
        opens: '10:00',
        location: expect.objectContaining({ id: 'mobil-vorst' }),
      }),
    );

    const slots = await request<{ availableSlots: Array<{ start: string }> }>(null, SLOTS, {
      from,
      to,
      locationId: 'mobil-vorst',
    });
    expect(slots.data?.availableSlots).toHaveLength(4);
    const booked = await request<{ bookAppointment: { location: { id: string } } }>(anna, BOOK, {
      input: {
        serviceIds: ['personalausweis'],
        locationId: 'mobil-vorst',
        start: slots.data?.availableSlots[0]?.start,
        idempotencyKey: `van-${randomUUID()}`,
      },
    });
    expect(booked.errors).toBeUndefined();
    expect(booked.data?.bookAppointment.location.id).toBe('mobil-vorst');
  });

  it('refuses citizens, town halls, past days, bad times and overlapping stops', async () => {
    expect(codes(await request(anna, SCHEDULE, { input: stop }))).toEqual(['FORBIDDEN']);
    expect(
      codes(await request(staff, SCHEDULE, { input: { ...stop, locationId: 'rathaus-kaarst' } })),
    ).toEqual(['BAD_USER_INPUT']);
    expect(codes(await request(staff, SCHEDULE, { input: { ...stop, date: '2020-01-06' } }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      codes(await request(staff, SCHEDULE, { input: { ...stop, opens: '12:00', closes: '11:00' } })),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      codes(await request(staff, SCHEDULE, { input: { ...stop, opens: '10:30', closes: '12:00' } })),
    ).toEqual(['CONFLICT']);
  });
});
