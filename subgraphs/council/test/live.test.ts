import { randomUUID } from 'node:crypto';
import { auditLogId, generateHubKeys, type HubKeys, type RunningSubgraph, type Viewer } from '@kaarst/kit';
import {
  type GraphQLResponse,
  startTestSubgraph,
  subgraphRequest,
  subscribeToSubgraph,
} from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { councilSubgraph } from '../src/subgraph.ts';

const codes = (response: Pick<GraphQLResponse<unknown>, 'errors'>) =>
  (response.errors ?? []).map((e) => e.extensions?.code);

const FIELDS =
  'id status streamUrl startedAt endedAt recordingUrl currentAgendaItem { id } chapters { agendaItem { id } offsetSeconds }';
type Broadcast = {
  id: string;
  status: string;
  startedAt: string | null;
  recordingUrl: string | null;
  currentAgendaItem: { id: string } | null;
  chapters: Array<{ agendaItem: { id: string }; offsetSeconds: number }>;
};

describe('council subgraph: RATS-TV', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient>;
  const citizen: Viewer = { id: randomUUID(), roles: ['citizen'] };
  const staff: Viewer = { id: randomUUID(), roles: ['staff'], department: 'ratsbuero' };
  /** Runs one broadcast mutation for the HFA meeting, as `viewer`. */
  const control = async (viewer: Viewer, call: string) => {
    const [name] = call.split('(');
    const response = await subgraphRequest<Record<string, Broadcast>>(
      subgraph.url,
      keys,
      viewer,
      `mutation { ${call} { ${FIELDS} } }`,
    );
    return { ...response, broadcast: response.data?.[name as string] };
  };

  beforeAll(async () => {
    keys = await generateHubKeys();
    subgraph = await startTestSubgraph(councilSubgraph, { keys });
  });
  afterAll(async () => subgraph?.close());

  it('lets staff only control broadcasts, with checked input', async () => {
    const schedule = (url: string, meetingId = 'hfa-naechste') =>
      `scheduleCouncilBroadcast(meetingId: "${meetingId}", streamUrl: "${url}")`;
    expect(codes(await control(citizen, schedule('https://tv.example.org/hfa.m3u8')))).toEqual(['FORBIDDEN']);
    expect(codes(await control(staff, schedule('ftp://tv.example.org/hfa.m3u8')))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await control(staff, schedule('https://tv.example.org/hfa.mp4')))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await control(staff, schedule('https://tv.example.org/x.m3u8', 'none')))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await control(staff, 'startCouncilBroadcast(meetingId: "rat-vergangen")'))).toEqual([
      'CONFLICT',
    ]);
    const scheduled = await control(staff, schedule('https://tv.example.org/hfa.m3u8'));
    expect(scheduled.broadcast).toMatchObject({
      status: 'SCHEDULED',
      streamUrl: 'https://tv.example.org/hfa.m3u8',
    });
    expect(codes(await control(staff, 'stopCouncilBroadcast(meetingId: "hfa-naechste")'))).toEqual([
      'CONFLICT',
    ]);
  });

  it('goes live once, records a chapter per item, ends, and takes the recording', async () => {
    const watcher = subscribeToSubgraph<{ councilLive: { status: string } }>(
      subgraph.url,
      keys,
      null,
      'subscription { councilLive(meetingId: "hfa-naechste") { status currentAgendaItem { id } } }',
    );
    try {
      // The subscription is registered shortly after connecting (no signal for it): give it time.
      await new Promise((r) => setTimeout(r, 1000));
      const start = 'startCouncilBroadcast(meetingId: "hfa-naechste")';
      const first = await control(staff, start);
      expect(first.broadcast?.status).toBe('LIVE');
      // Starting again changes nothing and announces nothing.
      expect((await control(staff, start)).broadcast?.startedAt).toBe(first.broadcast?.startedAt);
      const item = (id: string, meetingId = 'hfa-naechste') =>
        `setCouncilCurrentAgendaItem(meetingId: "${meetingId}", agendaItemId: "${id}")`;
      expect(codes(await control(staff, item('rat-naechste-2')))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await control(staff, item('rat-naechste-2', 'rat-naechste')))).toEqual(['CONFLICT']);
      await control(staff, item('hfa-naechste-2'));
      await control(staff, item('hfa-naechste-2'));
      await control(staff, item('hfa-naechste-3'));
      const back = await control(staff, item('hfa-naechste-2'));
      expect(back.broadcast?.currentAgendaItem).toEqual({ id: 'hfa-naechste-2' });
      expect(back.broadcast?.chapters.map((c) => c.agendaItem.id)).toEqual([
        'hfa-naechste-2',
        'hfa-naechste-3',
      ]);
      const current = await subgraphRequest<{ councilLiveBroadcast: { id: string } }>(
        subgraph.url,
        keys,
        null,
        '{ councilLiveBroadcast { id } }',
      );
      expect(current.data?.councilLiveBroadcast.id).toBe(first.broadcast?.id);
      const stop = await control(staff, 'stopCouncilBroadcast(meetingId: "hfa-naechste")');
      expect(stop.broadcast).toMatchObject({ status: 'ENDED', currentAgendaItem: null });
      expect(codes(await control(staff, start))).toEqual(['CONFLICT']);
      expect(codes(await control(staff, item('hfa-naechste-2')))).toEqual(['CONFLICT']);
      await expect.poll(() => watcher.events.length).toBe(5);
    } finally {
      await watcher.dispose();
    }
    // start, three item changes (the repeated one is not announced), stop
    expect(watcher.events.map((e) => e.councilLive.status)).toEqual([
      'LIVE',
      'LIVE',
      'LIVE',
      'LIVE',
      'ENDED',
    ]);
    expect(watcher.errors).toEqual([]);
  });

  it('attaches the recording with chapters; non-public chapters only for staff', async () => {
    const attach = (chapters: string) =>
      `attachCouncilRecording(meetingId: "hfa-naechste", recordingUrl: "https://tv.example.org/hfa-rec.m3u8", chapters: ${chapters})`;
    expect(
      codes(await control(staff, attach('[{ agendaItemId: "rat-naechste-1", offsetSeconds: 0 }]'))),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      codes(
        await control(
          staff,
          attach(
            '[{ agendaItemId: "hfa-naechste-1", offsetSeconds: 0 }, { agendaItemId: "hfa-naechste-1", offsetSeconds: 5 }]',
          ),
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    const chapters =
      '[{ agendaItemId: "hfa-naechste-1", offsetSeconds: 0 }, { agendaItemId: "hfa-naechste-3", offsetSeconds: 610 }]';
    const attached = await control(staff, attach(chapters));
    expect(attached.broadcast?.recordingUrl).toBe('https://tv.example.org/hfa-rec.m3u8');
    expect(attached.broadcast?.chapters).toEqual([
      { agendaItem: { id: 'hfa-naechste-1' }, offsetSeconds: 0 },
      { agendaItem: { id: 'hfa-naechste-3' }, offsetSeconds: 610 },
    ]);
    // Attaching the same again gives the same state.
    expect((await control(staff, attach(chapters))).broadcast).toEqual(attached.broadcast);
    const archive = await subgraphRequest<{ councilMeeting: { broadcast: Broadcast } }>(
      subgraph.url,
      keys,
      citizen,
      '{ councilMeeting(id: "hfa-naechste") { broadcast { chapters { agendaItem { id } offsetSeconds } } } }',
    );
    // hfa-naechste-3 is the non-public item "N 1".
    expect(archive.data?.councilMeeting.broadcast.chapters).toEqual([
      { agendaItem: { id: 'hfa-naechste-1' }, offsetSeconds: 0 },
    ]);
  });

  it('audits every change a staff member made, readable by admins only', async () => {
    const entries = await subgraph.db.auditEntry.findMany({
      where: { actorId: staff.id },
      orderBy: { at: 'asc' },
    });
    expect(entries.map((e) => e.action)).toEqual([
      'councilBroadcast.schedule',
      'councilBroadcast.start',
      'councilBroadcast.setCurrentAgendaItem',
      'councilBroadcast.setCurrentAgendaItem',
      'councilBroadcast.setCurrentAgendaItem',
      'councilBroadcast.stop',
      'councilBroadcast.attachRecording',
      'councilBroadcast.attachRecording',
    ]);
    expect(
      entries.every((e) => e.actorDepartment === 'ratsbuero' && e.recordType === 'CouncilBroadcast'),
    ).toBe(true);
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on AuditLog { council { action } } } }`;
    const r = [{ __typename: 'AuditLog', id: auditLogId({ actorId: staff.id }) }];
    const admin: Viewer = { id: randomUUID(), roles: ['admin'] };
    const read = await subgraphRequest<{ _entities: Array<{ council: unknown[] }> }>(
      subgraph.url,
      keys,
      admin,
      query,
      { r },
    );
    expect(read.data?._entities[0]?.council).toHaveLength(8);
    expect(codes(await subgraphRequest(subgraph.url, keys, staff, query, { r }))).toEqual(['FORBIDDEN']);
  });
});
