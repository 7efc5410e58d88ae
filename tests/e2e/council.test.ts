/**
 * The council subgraph through the gateway: the contract's meeting query, non-public items
 * for staff only, the OParl export on the gateway's port, and RATS-TV live via councilLive.
 */
import {
  CouncilLiveDocument,
  CouncilMeetingDocument,
  CouncilMeetingsDocument,
  CouncilSearchDocument,
  SetCouncilCurrentAgendaItemDocument,
  StartCouncilBroadcastDocument,
  StopCouncilBroadcastDocument,
} from '@kaarst/contract';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validator } from '../../subgraphs/council/test/oparl-schemas.ts';
import { ANNA, codes, STAFF, startHub, type TestHub } from '../harness.ts';
import { eventually, wsClient } from '../live.ts';

// The contract, word for word (the registered CouncilLive document asks for a little more).
const LIVE = /* GraphQL */ `
  subscription { councilLive { status streamUrl meeting { name } currentAgendaItem { number name } } }
`;
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
    hub = await startHub({ subgraphs: ['council'] });
    [staff, anna] = await Promise.all([hub.signIn(STAFF), hub.signIn(ANNA)]);
  });
  afterAll(async () => hub?.close());

  it('answers the contract query (by its document id); non-public items only for staff', async () => {
    const numbers = async (token?: string) => {
      const result = await hub.execute(CouncilMeetingsDocument, { upcoming: true }, token);
      expect(result.errors).toBeUndefined();
      return result.data?.councilMeetings
        .find((m) => m.id === 'rat-naechste')
        ?.agendaItems.map((i) => i.number);
    };
    expect(await numbers()).toEqual(['Ö 1', 'Ö 2', 'Ö 3', 'Ö 4']);
    expect(await numbers(anna)).toEqual(['Ö 1', 'Ö 2', 'Ö 3', 'Ö 4']);
    expect(await numbers(staff)).toEqual(['Ö 1', 'Ö 2', 'Ö 3', 'Ö 4', 'N 1']);
  });

  it('answers the archive and the search documents within the limits', async () => {
    const archive = await hub.execute(CouncilMeetingDocument, { id: 'rat-vergangen' });
    expect(archive.errors).toBeUndefined();
    const meeting = archive.data?.councilMeeting;
    expect(meeting?.broadcast?.recordingUrl).toMatch(/\.m3u8$/);
    expect(meeting?.broadcast?.chapters.map((c) => [c.agendaItem.number, c.offsetSeconds])).toEqual([
      ['Ö 1', 0],
      ['Ö 2', 900],
      ['Ö 3', 1800],
    ]);
    expect(meeting?.agendaItems.flatMap((i) => i.consultations.map((c) => c.paper.reference))).toEqual([
      '2026/101',
      '2026/087',
    ]);
    const search = await hub.execute(CouncilSearchDocument, { text: 'Haushalt' });
    expect(search.errors).toBeUndefined();
    // Word forms are found ("Haushalts"); compounds ("Haushaltssatzung") are not split by the stemmer.
    expect(search.data?.councilSearch.map((hit) => hit.agendaItem?.name)).toContain(
      'Einbringung des Entwurfs des Haushalts 2027',
    );
  });

  it('serves the OParl export on the gateway port, ids on the gateway', async () => {
    const entry = `${origin()}/oparl/v1.1/system`;
    const system = (await (await fetch(entry)).json()) as Record<string, string>;
    expect(validator('System')(system)).toBe(true);
    expect(system.type).toBe('https://schema.oparl.org/1.1/System');
    expect(system.id).toBe(entry);
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
    const moved = await fetch(`${entry}/kaarst`, { redirect: 'manual' });
    expect([moved.status, moved.headers.get('location')]).toEqual([301, entry]);
  });

  it('answers OParl errors as Error objects with CORS through the gateway, writes with 405', async () => {
    const page = { origin: 'https://oparl-client.example.org' };
    const missing = await fetch(`${origin()}/oparl/v1.1/meeting/none`, { headers: page });
    expect([missing.status, missing.headers.get('access-control-allow-origin')]).toEqual([404, '*']);
    expect(await missing.json()).toMatchObject({ type: 'https://schema.oparl.org/1.1/Error' });
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const write = await fetch(`${origin()}/oparl/v1.1/body`, { method, headers: page });
      expect([method, write.status, write.headers.get('access-control-allow-origin')]).toEqual([
        method,
        405,
        '*',
      ]);
    }
  });

  it('refuses the broadcast controls to citizens at the gateway', async () => {
    const result = await hub.execute(StartCouncilBroadcastDocument, { meetingId: 'rat-naechste' }, anna);
    expect(codes(result)).toEqual(['FORBIDDEN']);
  });

  it('delivers RATS-TV state to an anonymous councilLive subscriber within a second', async () => {
    const viewer = wsClient(hub.url);
    try {
      const live = viewer.subscribe<Live>(LIVE);
      await eventually(() => hub.gateway.subscriptions.upstreamCount === 1, 5000, 'upstream open');
      const control = async (
        mutation:
          | typeof StartCouncilBroadcastDocument
          | typeof StopCouncilBroadcastDocument
          | typeof SetCouncilCurrentAgendaItemDocument,
        agendaItemId?: string,
      ) => {
        // Counted before the change: its event may arrive before the mutation's answer.
        const count = live.results.length + 1;
        const variables = { meetingId: 'rat-naechste', ...(agendaItemId ? { agendaItemId } : {}) };
        const result = await hub.execute(
          mutation as typeof SetCouncilCurrentAgendaItemDocument,
          variables as never,
          staff,
        );
        expect(result.errors).toBeUndefined();
        // Within a second of the change being committed (the mutation answered).
        await live.waitFor(count, 1000);
        expect(live.results).toHaveLength(count);
        return live.results[count - 1]?.data?.councilLive;
      };
      const started = await control(StartCouncilBroadcastDocument);
      expect(started).toEqual({
        status: 'LIVE',
        streamUrl: 'https://stream.example.org/rats-tv/live/index.m3u8',
        meeting: { name: 'Sitzung des Rates (Beispiel)' },
        currentAgendaItem: null,
      });
      const item = await control(SetCouncilCurrentAgendaItemDocument, 'rat-naechste-2');
      expect(item?.currentAgendaItem).toEqual({
        number: 'Ö 2',
        name: 'Beschluss über die Haushaltssatzung 2027',
      });
      // A non-public item reaches the anonymous viewer as null: the subgraph checks each subscriber.
      const secret = await control(SetCouncilCurrentAgendaItemDocument, 'rat-naechste-5');
      expect(secret?.currentAgendaItem).toBeNull();
      const ended = await control(StopCouncilBroadcastDocument);
      expect(ended?.status).toBe('ENDED');
      expect(live.results.every((r) => r.errors === undefined)).toBe(true);
    } finally {
      await viewer.dispose();
    }
  });

  it('serves the registered CouncilLive document to the subscribers of one meeting', async () => {
    const viewer = wsClient(hub.url);
    try {
      const live = viewer.subscribe<{ councilLive: { status: string; meeting: { id: string } } }>(
        print(CouncilLiveDocument),
        { meetingId: 'hfa-naechste' },
      );
      await eventually(() => hub.gateway.subscriptions.upstreamCount === 1, 5000, 'upstream open');
      const schedule = await hub.request(
        'mutation { scheduleCouncilBroadcast(meetingId: "hfa-naechste", streamUrl: "https://tv.example.org/hfa.m3u8") { status } }',
        {},
        staff,
      );
      expect(schedule.errors).toBeUndefined();
      expect(
        (await hub.execute(StartCouncilBroadcastDocument, { meetingId: 'hfa-naechste' }, staff)).errors,
      ).toBeUndefined();
      const [event] = await live.waitFor(1, 1000);
      expect(event?.data?.councilLive).toMatchObject({ status: 'LIVE', meeting: { id: 'hfa-naechste' } });
    } finally {
      await viewer.dispose();
    }
  });
});
