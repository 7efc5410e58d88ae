/**
 * One person cannot be in two places at once: a citizen's bookings never
 * overlap (ALREADY_BOOKED), at a location with two counters, across locations
 * and under concurrency. At Rathaus Kaarst (two counters) one citizen could
 * book the same time twice and block both counters (issue 17, item 9).
 */
import { randomUUID } from 'node:crypto';
import { generateHubKeys, type HubKeys, type RunningSubgraph, type Viewer } from '@kaarst/kit';
import {
  type GraphQLResponse,
  nextLocal,
  startTestSubgraph,
  subgraphRequest,
  WEEKDAY,
} from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { appointmentsSubgraph } from '../src/subgraph.ts';

const BOOK = `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { code start end } }`;
const CANCEL = 'mutation ($code: String!) { cancelAppointment(code: $code) { status } }';
const TWO_COUNTERS = 'rathaus-kaarst';
const ONE_COUNTER = 'rathaus-buettgen';
const at = (time: string) => nextLocal(WEEKDAY.WEDNESDAY, time);

const codes = (response: Pick<GraphQLResponse<unknown>, 'errors'>) =>
  (response.errors ?? []).map((e) => e.extensions?.code);

describe('a citizen’s own bookings never overlap', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient>;
  const book = (viewer: Viewer, locationId: string, start: string, serviceIds = ['personalausweis']) =>
    subgraphRequest<{ bookAppointment: { code: string } }>(subgraph.url, keys, viewer, BOOK, {
      input: { serviceIds, locationId, start, idempotencyKey: randomUUID() },
    });
  const citizen = (): Viewer => ({ id: randomUUID(), roles: ['citizen'] });

  beforeAll(async () => {
    keys = await generateHubKeys();
    subgraph = await startTestSubgraph(appointmentsSubgraph, { keys });
  });
  afterAll(async () => subgraph?.close());

  it('the same time twice at two counters: ALREADY_BOOKED, and the second counter stays free for others', async () => {
    const anna = citizen();
    const first = await book(anna, TWO_COUNTERS, at('09:00'));
    expect(first.errors).toBeUndefined();
    const second = await book(anna, TWO_COUNTERS, at('09:00'));
    expect(codes(second)).toEqual(['ALREADY_BOOKED']);
    expect(second.errors?.[0]?.message).toMatch(/already/i);
    expect(await subgraph.db.appointment.count({ where: { citizenId: anna.id } })).toBe(1);
    // Someone else still gets the other counter.
    expect((await book(citizen(), TWO_COUNTERS, at('09:00'))).errors).toBeUndefined();
  });

  it('a partial overlap, and the same time at another location, are refused too; touching ends are fine', async () => {
    const ben = citizen();
    // 10:00 to 10:35 (two services)
    expect(
      (await book(ben, TWO_COUNTERS, at('10:00'), ['personalausweis', 'reisepass'])).errors,
    ).toBeUndefined();
    expect(codes(await book(ben, TWO_COUNTERS, at('10:30')))).toEqual(['ALREADY_BOOKED']);
    expect(codes(await book(ben, ONE_COUNTER, at('10:15')))).toEqual(['ALREADY_BOOKED']);
    expect((await book(ben, ONE_COUNTER, at('10:45'))).errors).toBeUndefined();
    expect((await book(ben, TWO_COUNTERS, at('09:45'))).errors).toBeUndefined(); // ends 10:00
  });

  it('after a cancellation the time can be booked again', async () => {
    const carla = citizen();
    const first = await book(carla, TWO_COUNTERS, at('11:00'));
    const code = first.data?.bookAppointment.code as string;
    const cancelled = await subgraphRequest(subgraph.url, keys, carla, CANCEL, { code });
    expect(cancelled.errors).toBeUndefined();
    expect((await book(carla, TWO_COUNTERS, at('11:00'))).errors).toBeUndefined();
  });

  it('ten bookings of one time at once by one citizen: one is booked, the others ALREADY_BOOKED', async () => {
    const dora = citizen();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => book(dora, TWO_COUNTERS, at('11:30'))),
    );
    expect(answers.filter((a) => a.errors === undefined)).toHaveLength(1);
    expect(answers.flatMap(codes).sort()).toEqual(Array(9).fill('ALREADY_BOOKED'));
    expect(await subgraph.db.appointment.count({ where: { citizenId: dora.id, status: 'BOOKED' } })).toBe(1);
  });

  it('the database itself refuses a second overlapping hold of one citizen, whatever the code does', async () => {
    const emil = citizen();
    const booked = await book(emil, TWO_COUNTERS, at('12:00'));
    expect(booked.errors).toBeUndefined();
    const held = await subgraph.db.citizenUnit.findMany({ where: { citizenId: emil.id } });
    expect(held.length).toBeGreaterThan(0);
    const [unit] = held;
    await expect(
      subgraph.db.citizenUnit.create({
        data: {
          citizenId: emil.id,
          start: unit?.start as Date,
          appointmentId: unit?.appointmentId as string,
        },
      }),
    ).rejects.toMatchObject({ code: 'P2002' });
  });
});
