import { randomUUID } from 'node:crypto';
import { generateHubKeys, type HubKeys, type RunningSubgraph, type Viewer } from '@kaarst/kit';
import { type GraphQLResponse, nextLocal, startTestSubgraph, subgraphRequest } from '@kaarst/kit/testing';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookAppointment } from '../src/booking.ts';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { appointmentsSubgraph } from '../src/subgraph.ts';

const ZONE = 'Europe/Berlin';
const WEDNESDAY = 3;

const plusDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString();
const localTime = (iso: string) => DateTime.fromISO(iso, { zone: ZONE }).toFormat('HH:mm');

const codes = (response: Pick<GraphQLResponse<unknown>, 'errors'>) =>
  (response.errors ?? []).map((e) => e.extensions?.code);

const SLOTS = /* GraphQL */ `
  query Slots($serviceIds: [ID!]!, $from: DateTime!, $to: DateTime!, $locationId: ID) {
    availableSlots(serviceIds: $serviceIds, from: $from, to: $to, locationId: $locationId) {
      start
      end
      location { id }
    }
  }
`;
const BOOK = /* GraphQL */ `
  mutation Book($input: BookAppointmentInput!) {
    bookAppointment(input: $input) { id code start end status services { id } location { id } citizen { id } }
  }
`;
const AT = /* GraphQL */ `
  query At($locationId: ID!, $from: DateTime!, $to: DateTime!) {
    appointmentsAt(locationId: $locationId, from: $from, to: $to) { id code start citizen { id } }
  }
`;

type Slot = { start: string; end: string; location: { id: string } };
type Booked = {
  id: string;
  code: string;
  start: string;
  end: string;
  status: string;
  services: Array<{ id: string }>;
  location: { id: string };
  citizen: { id: string } | null;
};

describe('appointments subgraph', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient>;
  const citizen: Viewer = { id: randomUUID(), roles: ['citizen'] };
  const neighbour: Viewer = { id: randomUUID(), roles: ['citizen'] };
  const staff: Viewer = { id: randomUUID(), roles: ['staff'] };
  const request = <T = Record<string, unknown>>(
    viewer: Viewer | null,
    query: string,
    variables?: Record<string, unknown>,
  ) => subgraphRequest<T>(subgraph.url, keys, viewer, query, variables);

  beforeAll(async () => {
    keys = await generateHubKeys();
    subgraph = await startTestSubgraph(appointmentsSubgraph, { keys });
  });
  afterAll(async () => {
    await subgraph?.close();
  });

  describe('only through the gateway', () => {
    it('refuses a request without the x-hub-context header with 401 UNAUTHENTICATED', async () => {
      const response = await fetch(subgraph.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ appointmentServices { id } }' }),
      });
      expect(response.status).toBe(401);
      const body = (await response.json()) as GraphQLResponse;
      expect(body.data).toBeNull();
      expect(codes(body)).toEqual(['UNAUTHENTICATED']);
    });

    it('refuses a context signed with other keys', async () => {
      const other = await generateHubKeys();
      const response = await subgraphRequest(subgraph.url, other, staff, '{ appointmentServices { id } }');
      expect(response.status).toBe(401);
      expect(codes(response)).toEqual(['UNAUTHENTICATED']);
    });

    it('answers the same request with the gateway context', async () => {
      const response = await request<{ appointmentServices: Array<{ id: string }> }>(
        null,
        '{ appointmentServices { id } }',
      );
      expect(response.status).toBe(200);
      expect(response.errors).toBeUndefined();
      expect(response.data?.appointmentServices.map((s) => s.id)).toContain('personalausweis');
    });
  });

  it('says per service what to bring and what it costs (0 = free), from the seeded catalogue', async () => {
    type Service = { id: string; whatToBring: string[]; feeCents: number | null; feeNote: string | null };
    const response = await request<{ appointmentServices: Service[] }>(
      null,
      '{ appointmentServices { id whatToBring feeCents feeNote } }',
    );
    const byId = new Map(response.data?.appointmentServices.map((s) => [s.id, s]));
    expect(byId.get('personalausweis')?.whatToBring).toContain('Ein aktuelles biometrisches Lichtbild');
    expect(byId.get('personalausweis')?.feeCents).toBeGreaterThan(0);
    expect(byId.get('personalausweis')?.feeNote).toMatch(/Beispielwert/);
    expect(byId.get('wohnsitz-anmelden')).toMatchObject({ feeCents: 0 });
  });

  it('serves its federation SDL', async () => {
    const response = await request<{ _service: { sdl: string } }>(null, '{ _service { sdl } }');
    expect(response.errors).toBeUndefined();
    const sdl = response.data?._service.sdl ?? '';
    expect(sdl).toMatch(/type Appointment\s+@key\(fields: "id"\)/);
    expect(sdl).toContain('availableSlots(');
  });

  it('lists the sample catalogue and office locations', async () => {
    const response = await request<{
      appointmentServices: Array<{ id: string; durationMinutes: number }>;
      officeLocations: Array<{
        id: string;
        counters: number;
        openingHours: Array<{ weekday: number; opens: string; closes: string }>;
      }>;
    }>(
      null,
      '{ appointmentServices { id durationMinutes } officeLocations { id counters openingHours { weekday opens closes } } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.appointmentServices).toHaveLength(5);
    expect(response.data?.officeLocations.map((l) => l.id)).toEqual([
      'rathaus-kaarst',
      'rathaus-buettgen',
      'mobiles-buergerbuero',
      'mobil-vorst',
      'mobil-holzbuettgen',
    ]);
    const buettgen = response.data?.officeLocations.find((l) => l.id === 'rathaus-buettgen');
    expect(buettgen?.counters).toBe(1);
    expect(buettgen?.openingHours).toContainEqual({ weekday: WEDNESDAY, opens: '08:00', closes: '12:00' });
  });

  describe('availableSlots', () => {
    const from = nextLocal(WEDNESDAY, '00:00');
    const to = nextLocal(WEDNESDAY, '23:59');

    it('gives Büttgen on a Wednesday from 08:00 to 11:15 for ID card + passport (35 minutes)', async () => {
      const response = await request<{ availableSlots: Slot[] }>(null, SLOTS, {
        serviceIds: ['personalausweis', 'reisepass'],
        from,
        to,
        locationId: 'rathaus-buettgen',
      });
      expect(response.errors).toBeUndefined();
      const slots = response.data?.availableSlots ?? [];
      expect(slots.map((s) => localTime(s.start))).toEqual([
        '08:00',
        '08:15',
        '08:30',
        '08:45',
        '09:00',
        '09:15',
        '09:30',
        '09:45',
        '10:00',
        '10:15',
        '10:30',
        '10:45',
        '11:00',
        '11:15',
      ]);
      expect(slots[0]?.start).toBe(nextLocal(WEDNESDAY, '08:00'));
      for (const slot of slots) {
        expect(Date.parse(slot.end) - Date.parse(slot.start)).toBe(35 * 60_000);
        expect(slot.location.id).toBe('rathaus-buettgen');
        expect(slot.start).toMatch(/Z$/);
      }
    });

    it('refuses an unknown service with BAD_USER_INPUT', async () => {
      const response = await request(null, SLOTS, {
        serviceIds: ['personalausweis', 'no-such-service'],
        from,
        to,
      });
      expect(response.data ?? null).toBeNull();
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.message).toContain('no-such-service');
      expect(response.errors?.[0]?.extensions?.field).toBe('serviceIds');
    });

    it('refuses "to" before "from" with BAD_USER_INPUT', async () => {
      const response = await request(null, SLOTS, { serviceIds: ['personalausweis'], from: to, to: from });
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.extensions?.field).toBe('to');
    });

    it('refuses a 40-day range with BAD_USER_INPUT, accepts 31 days', async () => {
      const tooLong = await request(null, SLOTS, {
        serviceIds: ['personalausweis'],
        from,
        to: plusDays(from, 40),
      });
      expect(codes(tooLong)).toEqual(['BAD_USER_INPUT']);
      expect(tooLong.errors?.[0]?.message).toContain('31 days');

      const month = await request<{ availableSlots: Slot[] }>(null, SLOTS, {
        serviceIds: ['personalausweis'],
        from,
        to: plusDays(from, 31),
        locationId: 'rathaus-buettgen',
      });
      expect(month.errors).toBeUndefined();
      expect(month.data?.availableSlots.length).toBeGreaterThan(50);
    });

    it('refuses a DateTime without a time zone with BAD_USER_INPUT', async () => {
      const response = await request(null, SLOTS, {
        serviceIds: ['personalausweis'],
        from: '2026-12-02T08:00:00',
        to,
      });
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('booking and the staff view', () => {
    let booked: Booked;
    const dayFrom = nextLocal(WEDNESDAY, '00:00');
    const dayTo = nextLocal(WEDNESDAY, '23:59');
    const input = (start: string, idempotencyKey: string) => ({
      serviceIds: ['personalausweis', 'reisepass'],
      locationId: 'rathaus-buettgen',
      start,
      idempotencyKey,
    });

    it('refuses bookAppointment without a signed-in viewer', async () => {
      const response = await request(null, BOOK, { input: input(nextLocal(WEDNESDAY, '08:00'), 'anon-1') });
      expect(response.data ?? null).toBeNull();
      expect(codes(response)).toEqual(['UNAUTHENTICATED']);
    });

    it('refuses a start off the 15-minute grid', async () => {
      const response = await request(citizen, BOOK, {
        input: input(nextLocal(WEDNESDAY, '08:05'), 'grid-1'),
      });
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    });

    it('books a free slot for a citizen', async () => {
      const start = nextLocal(WEDNESDAY, '09:00');
      const response = await request<{ bookAppointment: Booked }>(citizen, BOOK, {
        input: input(start, 'book-1'),
      });
      expect(response.errors).toBeUndefined();
      const appointment = response.data?.bookAppointment;
      if (!appointment) throw new Error('no appointment');
      booked = appointment;
      expect(booked).toMatchObject({
        start,
        status: 'BOOKED',
        services: [{ id: 'personalausweis' }, { id: 'reisepass' }],
        location: { id: 'rathaus-buettgen' },
        citizen: { id: citizen.id },
      });
      expect(Date.parse(booked.end) - Date.parse(booked.start)).toBe(35 * 60_000);
      expect(booked.code).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    });

    it('no longer offers the booked time at Büttgen (one counter), nor overlapping ones', async () => {
      expect(booked).toBeDefined();
      const response = await request<{ availableSlots: Slot[] }>(null, SLOTS, {
        serviceIds: ['personalausweis', 'reisepass'],
        from: dayFrom,
        to: dayTo,
        locationId: 'rathaus-buettgen',
      });
      const times = (response.data?.availableSlots ?? []).map((s) => localTime(s.start));
      // 09:00-09:35 is taken: 08:30 (to 09:05) up to 09:30 overlap it
      expect(times).toContain('08:15');
      for (const t of ['08:30', '08:45', '09:00', '09:15', '09:30']) expect(times).not.toContain(t);
      expect(times).toContain('09:45');
    });

    it('gives another citizen SLOT_TAKEN for the same time', async () => {
      expect(booked).toBeDefined();
      const response = await request(neighbour, BOOK, { input: input(booked.start, 'neighbour-1') });
      expect(codes(response)).toEqual(['SLOT_TAKEN']);
    });

    it('replays the booking for a repeated idempotency key', async () => {
      expect(booked).toBeDefined();
      const response = await request<{ bookAppointment: Booked }>(citizen, BOOK, {
        input: input(booked.start, 'book-1'),
      });
      expect(response.errors).toBeUndefined();
      expect(response.data?.bookAppointment.id).toBe(booked.id);
    });

    it('replays it also when the first attempt committed while the second looked for a counter', async () => {
      expect(booked).toBeDefined();
      // The second attempt's key lookup ran before the first committed (it sees nothing),
      // its search for a free counter after (the slot is taken): still the same booking.
      let lookups = 0;
      const appointment = new Proxy(subgraph.db.appointment, {
        get: (target, name) =>
          name === 'findUnique' && lookups++ === 0
            ? async () => null
            : Reflect.get(target, name, target).bind(target),
      });
      const db = new Proxy(subgraph.db, {
        get: (target, name) => (name === 'appointment' ? appointment : Reflect.get(target, name, target)),
      });
      const { serviceIds, locationId, idempotencyKey } = input(booked.start, 'book-1');
      const replayed = await bookAppointment(db, citizen, {
        serviceIds,
        locationId,
        idempotencyKey,
        start: new Date(booked.start),
      });
      expect(replayed.id).toBe(booked.id);
    });

    it('appointmentsAt is FORBIDDEN for a citizen and UNAUTHENTICATED for nobody', async () => {
      const variables = { locationId: 'rathaus-buettgen', from: dayFrom, to: dayTo };
      const asCitizen = await request(citizen, AT, variables);
      expect(asCitizen.data ?? null).toBeNull();
      expect(codes(asCitizen)).toEqual(['FORBIDDEN']);
      expect(codes(await request(null, AT, variables))).toEqual(['UNAUTHENTICATED']);
    });

    it('appointmentsAt shows staff the bookings at the location, with who booked', async () => {
      expect(booked).toBeDefined();
      const response = await request<{
        appointmentsAt: Array<{ id: string; code: string; citizen: { id: string } | null }>;
      }>(staff, AT, { locationId: 'rathaus-buettgen', from: dayFrom, to: dayTo });
      expect(response.errors).toBeUndefined();
      expect(response.data?.appointmentsAt).toEqual([
        { id: booked.id, code: booked.code, start: booked.start, citizen: { id: citizen.id } },
      ]);
      // another location on the same day has none
      const kaarst = await request<{ appointmentsAt: unknown[] }>(staff, AT, {
        locationId: 'rathaus-kaarst',
        from: dayFrom,
        to: dayTo,
      });
      expect(kaarst.data?.appointmentsAt).toEqual([]);
    });

    it('appointmentsAt as staff still checks the range', async () => {
      const response = await request(staff, AT, {
        locationId: 'rathaus-buettgen',
        from: dayFrom,
        to: plusDays(dayFrom, 40),
      });
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    });

    it('appointmentByCode hides who booked from anonymous callers', async () => {
      expect(booked).toBeDefined();
      const query = 'query ($code: String!) { appointmentByCode(code: $code) { id citizen { id } } }';
      const lowerCase = booked.code.toLowerCase();
      const anonymous = await request<{ appointmentByCode: { id: string; citizen: unknown } | null }>(
        null,
        query,
        {
          code: lowerCase,
        },
      );
      expect(anonymous.data?.appointmentByCode).toEqual({ id: booked.id, citizen: null });
      const own = await request<{ appointmentByCode: { id: string; citizen: unknown } | null }>(
        citizen,
        query,
        {
          code: booked.code,
        },
      );
      expect(own.data?.appointmentByCode).toEqual({ id: booked.id, citizen: { id: citizen.id } });
    });
  });
});
