import {
  auditEntryData,
  badInput,
  conflict,
  liveEvents,
  notFound,
  outboxWritten,
  requireRole,
  type Viewer,
} from '@kaarst/kit';
import type { Context } from './context.ts';
import type { CouncilChapterInput, Resolvers } from './generated/graphql.ts';
import type { Broadcast, Prisma, PrismaClient } from './generated/prisma/client.ts';

type Tx = Prisma.TransactionClient;

import { visibleItems } from './models.ts';

/** Topics: every broadcast's changes, and one meeting's. */
export const liveTopic = (meetingId?: string | null) =>
  meetingId ? `councilLive:${meetingId}` : 'councilLive';

/** Outbox rows announcing a broadcast's new state to `councilLive` subscribers, written in the change's transaction. */
function announce(tx: Tx, broadcast: Broadcast) {
  return tx.outboxEvent.createMany({
    data: [liveTopic(), liveTopic(broadcast.meetingId)].map((topic) => ({
      topic,
      payload: { councilLive: { id: broadcast.id } },
    })),
  });
}

function checkUrl(value: string, field: string, hls = false): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    // reported below
  }
  if (!url || !['https:', 'http:'].includes(url.protocol) || value.length > 2000)
    throw badInput(`${field} must be an http(s) URL.`, field);
  if (hls && !url.pathname.endsWith('.m3u8'))
    throw badInput(`${field} must be an HLS playlist (.m3u8).`, field);
  return url.toString();
}

async function broadcastOf(db: PrismaClient, meetingId: string): Promise<Broadcast> {
  const broadcast = await db.broadcast.findUnique({ where: { meetingId } });
  if (!broadcast) throw notFound('The broadcast of this meeting');
  return broadcast;
}

/** The audit entry of a staff action on a broadcast, written in the action's transaction. */
function audit(tx: Tx, staff: Viewer, action: string, broadcast: Broadcast, detail?: string) {
  const record = { type: 'CouncilBroadcast', id: broadcast.id };
  return tx.auditEntry.create({ data: auditEntryData(staff, `councilBroadcast.${action}`, record, detail) });
}

/** Moves a broadcast from one status to the next, audited, unless a concurrent call did already. */
async function transition(
  db: PrismaClient,
  staff: Viewer,
  action: string,
  broadcast: Broadcast,
  change: { from: Broadcast['status']; data: Partial<Broadcast> },
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.broadcast.updateMany({
      where: { id: broadcast.id, status: change.from },
      data: change.data,
    });
    if (count === 1) {
      await audit(tx, staff, action, broadcast);
      await announce(tx, broadcast);
    }
    return count === 1;
  });
}

async function checkChapters(db: PrismaClient, meetingId: string, chapters: CouncilChapterInput[]) {
  const ids = new Set(chapters.map((c) => c.agendaItemId));
  if (ids.size !== chapters.length) throw badInput('Each agenda item may have one chapter only.', 'chapters');
  if (
    chapters.some(
      (c) => !Number.isInteger(c.offsetSeconds) || c.offsetSeconds < 0 || c.offsetSeconds > 86_400,
    )
  )
    throw badInput('offsetSeconds must be between 0 and 86400.', 'chapters');
  const found = await db.agendaItem.count({ where: { meetingId, id: { in: [...ids] } } });
  if (found !== ids.size)
    throw badInput('Every chapter must name an agenda item of this meeting.', 'chapters');
}

export const liveMutations: Resolvers['Mutation'] = {
  scheduleCouncilBroadcast: async (_p, { meetingId, streamUrl }, { db, viewer }) => {
    const staff = requireRole(viewer, 'staff');
    const url = checkUrl(streamUrl, 'streamUrl', true);
    if (!(await db.meeting.findFirst({ where: { id: meetingId, deleted: false } })))
      throw notFound('The meeting');
    return db.$transaction(async (tx) => {
      const existing = await tx.broadcast.findUnique({ where: { meetingId } });
      if (existing && existing.status !== 'SCHEDULED')
        throw conflict('The broadcast has started already; its stream cannot change.');
      if (existing?.streamUrl === url) return existing;
      const broadcast = await tx.broadcast.upsert({
        where: { meetingId },
        create: { meetingId, streamUrl: url },
        update: { streamUrl: url },
      });
      await audit(tx, staff, 'schedule', broadcast, url);
      return broadcast;
    });
  },
  startCouncilBroadcast: async (_p, { meetingId }, { db, viewer }) => {
    const staff = requireRole(viewer, 'staff');
    const before = await broadcastOf(db, meetingId);
    const started = await transition(db, staff, 'start', before, {
      from: 'SCHEDULED',
      data: { status: 'LIVE', startedAt: new Date() },
    });
    if (started) outboxWritten();
    const broadcast = await broadcastOf(db, meetingId);
    if (broadcast.status === 'ENDED') throw conflict('The broadcast has ended; it cannot start again.');
    return broadcast;
  },
  setCouncilCurrentAgendaItem: async (_p, { meetingId, agendaItemId }, { db, viewer }) => {
    const staff = requireRole(viewer, 'staff');
    const item = await db.agendaItem.findFirst({ where: { id: agendaItemId, meetingId, deleted: false } });
    if (!item) throw badInput('The agenda item is not part of this meeting.', 'agendaItemId');
    const now = new Date();
    const changed = await db.$transaction(async (tx) => {
      const broadcast = await tx.broadcast.findUnique({ where: { meetingId } });
      if (!broadcast) throw notFound('The broadcast of this meeting');
      if (broadcast.status !== 'LIVE' || !broadcast.startedAt) throw conflict('The broadcast is not live.');
      if (broadcast.currentAgendaItemId === agendaItemId) return false;
      await tx.broadcast.update({ where: { id: broadcast.id }, data: { currentAgendaItemId: agendaItemId } });
      // The first time an item comes up is where its chapter starts.
      const offsetSeconds = Math.max(0, Math.floor((now.getTime() - broadcast.startedAt.getTime()) / 1000));
      await tx.chapter.createMany({
        data: [{ broadcastId: broadcast.id, agendaItemId, offsetSeconds }],
        skipDuplicates: true,
      });
      await audit(tx, staff, 'setCurrentAgendaItem', broadcast, agendaItemId);
      await announce(tx, broadcast);
      return true;
    });
    if (changed) outboxWritten();
    return broadcastOf(db, meetingId);
  },
  stopCouncilBroadcast: async (_p, { meetingId }, { db, viewer }) => {
    const staff = requireRole(viewer, 'staff');
    const before = await broadcastOf(db, meetingId);
    const ended = await transition(db, staff, 'stop', before, {
      from: 'LIVE',
      data: { status: 'ENDED', endedAt: new Date(), currentAgendaItemId: null },
    });
    if (ended) outboxWritten();
    const broadcast = await broadcastOf(db, meetingId);
    if (broadcast.status === 'SCHEDULED') throw conflict('The broadcast has not started.');
    return broadcast;
  },
  attachCouncilRecording: async (_p, { meetingId, recordingUrl, chapters }, { db, viewer }) => {
    const staff = requireRole(viewer, 'staff');
    const url = checkUrl(recordingUrl, 'recordingUrl');
    const broadcast = await broadcastOf(db, meetingId);
    if (broadcast.status !== 'ENDED')
      throw conflict('A recording can be attached once the broadcast has ended.');
    if (chapters) await checkChapters(db, meetingId, chapters);
    return db.$transaction(async (tx) => {
      if (chapters) {
        await tx.chapter.deleteMany({ where: { broadcastId: broadcast.id } });
        await tx.chapter.createMany({ data: chapters.map((c) => ({ ...c, broadcastId: broadcast.id })) });
      }
      await audit(tx, staff, 'attachRecording', broadcast, url);
      return tx.broadcast.update({ where: { id: broadcast.id }, data: { recordingUrl: url } });
    });
  },
};

export const liveSubscriptions: Resolvers['Subscription'] = {
  councilLive: {
    subscribe: (_p, { meetingId }, context: Context) => liveEvents(context, liveTopic(meetingId)),
    resolve: (payload: { councilLive: { id: string } }, _a: unknown, { db }: Context) =>
      db.broadcast.findUniqueOrThrow({ where: { id: payload.councilLive.id } }),
  },
};

export const broadcastResolvers: Resolvers['CouncilBroadcast'] = {
  __resolveReference: (ref, { db }) => db.broadcast.findUnique({ where: { id: ref.id } }),
  meeting: (b, _a, { db }) => db.meeting.findUniqueOrThrow({ where: { id: b.meetingId } }),
  currentAgendaItem: (b, _a, { db, viewer }) =>
    b.currentAgendaItemId
      ? db.agendaItem.findFirst({ where: { id: b.currentAgendaItemId, ...visibleItems(viewer) } })
      : null,
  chapters: (b, _a, { db, viewer }) =>
    db.chapter.findMany({
      where: { broadcastId: b.id, agendaItem: visibleItems(viewer) },
      orderBy: { offsetSeconds: 'asc' },
    }),
};

export const chapterResolvers: Resolvers['CouncilChapter'] = {
  agendaItem: (c, _a, { db }) => db.agendaItem.findUniqueOrThrow({ where: { id: c.agendaItemId } }),
};
