/**
 * The council subgraph through the gateway: the contract's meeting query, non-public items
 * for staff only, the OParl export on the gateway's port, and RATS-TV live via councilLive.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validator } from '../../subgraphs/council/test/oparl-schemas.ts';
import { ANNA, codes, STAFF, startHub, type TestHub } from '../harness.ts';
import { eventually, wsClient } from '../live.ts';

const MEETINGS = /* GraphQL */ `
  query { councilMeetings(upcoming: true) { id name start agendaItems { number name public } } }
`;
const LIVE = /* GraphQL */ `
  subscription { councilLive { status streamUrl meeting { name } currentAgendaItem { number name } } }
`;
type Meetings = {
  councilMeetings: Array<{ id: string; agendaItems: Array<{ number: string; public: boolean }> }>;
};
type Live = {
  councilLive: {
    status: string;
    streamUrl: string;
    meeting: { name: string };
    currentAgendaItem: { number: string; name: string } | null;
  };
};

describe('council through the gateway', () => {
  let hub: TestHub;
  let staff: string;
  let anna: string;
  const origin = () => new URL(hub.url).origin;

  beforeAll(async () => {
    hub = await startHub();
    [staff, anna] = await Promise.all([hub.signIn(STAFF), hub.signIn(ANNA)]);
  });
  afterAll(async () => hub?.close());

  it('answers the contract query; non-public items only for staff', async () => {
    const numbers = async (token?: string) => {
      const result = await hub.request<Meetings>(MEETINGS, undefined, token);
      expect(result.errors).toBeUndefined();
      return result.data?.councilMeetings
        .find((m) => m.id === 'rat-naechste')
        ?.agendaItems.map((i) => i.number);
    };
    expect(await numbers()).toEqual(['Ö 1', 'Ö 2', 'Ö 3', 'Ö 4']);
    expect(await numbers(anna)).toEqual(['Ö 1', 'Ö 2', 'Ö 3', 'Ö 4']);
    expect(await numbers(staff)).toEqual(['Ö 1', 'Ö 2', 'Ö 3', 'Ö 4', 'N 1']);
  });

  it('serves the OParl export on the gateway port, ids on the gateway', async () => {
    const system = (await (await fetch(`${origin()}/oparl/v1.1/system`)).json()) as Record<string, string>;
    expect(validator('System')(system)).toBe(true);
    expect(system.type).toBe('https://schema.oparl.org/1.1/System');
    expect(system.body).toBe(`${origin()}/oparl/v1.1/body`);
    const bodies = (await (await fetch(system.body as string)).json()) as {
      data: Array<Record<string, string>>;
    };
    expect(validator('Body[]')(bodies)).toBe(true);
    expect(bodies.data[0]?.name).toBe('Stadt Kaarst');
    const meetings = await fetch(`${bodies.data[0]?.meeting}?limit=1`);
    expect(meetings.status).toBe(200);
    expect(meetings.headers.get('content-type')).toContain('application/json');
    const page = (await meetings.json()) as { links: { next: string } };
    expect(page.links.next.startsWith(`${origin()}/oparl/v1.1/body/kaarst/meeting?`)).toBe(true);
    const missing = await fetch(`${origin()}/oparl/v1.1/meeting/none`);
    expect(missing.status).toBe(404);
  });

  it('refuses the broadcast controls to citizens at the gateway', async () => {
    const result = await hub.request(
      'mutation { startCouncilBroadcast(meetingId: "rat-naechste") { status } }',
      {},
      anna,
    );
    expect(codes(result)).toEqual(['FORBIDDEN']);
  });

  it('delivers RATS-TV state to an anonymous councilLive subscriber within a second', async () => {
    const viewer = wsClient(hub.url);
    try {
      const live = viewer.subscribe<Live>(LIVE);
      await eventually(() => hub.gateway.subscriptions.upstreamCount === 1, 5000, 'upstream open');
      const control = async (mutation: string) => {
        const started = Date.now();
        const result = await hub.request(mutation, {}, staff);
        expect(result.errors).toBeUndefined();
        const count = live.results.length + 1;
        await live.waitFor(count, 1000);
        expect(Date.now() - started).toBeLessThan(1000);
        return live.results[count - 1]?.data?.councilLive;
      };
      const started = await control(
        'mutation { startCouncilBroadcast(meetingId: "rat-naechste") { status } }',
      );
      expect(started).toEqual({
        status: 'LIVE',
        streamUrl: 'https://stream.example.org/rats-tv/live/index.m3u8',
        meeting: { name: 'Sitzung des Rates (Beispiel)' },
        currentAgendaItem: null,
      });
      const item = await control(
        'mutation { setCouncilCurrentAgendaItem(meetingId: "rat-naechste", agendaItemId: "rat-naechste-2") { status } }',
      );
      expect(item?.currentAgendaItem).toEqual({
        number: 'Ö 2',
        name: 'Beschluss über die Haushaltssatzung 2027',
      });
      // A non-public item reaches the anonymous viewer as null: the subgraph checks each subscriber.
      const secret = await control(
        'mutation { setCouncilCurrentAgendaItem(meetingId: "rat-naechste", agendaItemId: "rat-naechste-5") { status } }',
      );
      expect(secret?.currentAgendaItem).toBeNull();
      const ended = await control('mutation { stopCouncilBroadcast(meetingId: "rat-naechste") { status } }');
      expect(ended?.status).toBe('ENDED');
      expect(live.results.every((r) => r.errors === undefined)).toBe(true);
    } finally {
      await viewer.dispose();
    }
  });
});
