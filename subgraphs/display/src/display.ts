import {
  badInput,
  conflict,
  forbidden,
  notFound,
  type PubSub,
  requireViewer,
  type Viewer,
} from '@kaarst/kit';
import { emergencyFor } from './domain/emergency.ts';
import { planScreen } from './domain/schedule.ts';
import type { Emergency, Prisma, PrismaClient, Screen } from './generated/prisma/client.ts';
import type { ScreenEventModel, ScreenSnapshotModel } from './models.ts';
import { isUuid, listScreens, screenById, text } from './screens.ts';

type Tx = Prisma.TransactionClient;

export const screenTopic = (screenId: string) => `display.screen.${screenId}`;

/** Guards in the subgraph too (the gateway checks the same scopes first). */
export function requireScopes(viewer: Viewer | null, scopes: readonly string[]): Viewer {
  const v = requireViewer(viewer);
  const held = new Set<string>([...v.roles, ...v.roles.map((r) => `${r}:${v.department ?? ''}`)]);
  if (!scopes.some((s) => held.has(s))) throw forbidden(`This needs one of: ${scopes.join(', ')}.`);
  return v;
}

export async function bumpVersion(tx: Tx): Promise<number> {
  const row = await tx.displayVersion.update({ where: { id: 1 }, data: { value: { increment: 1 } } });
  return row.value;
}

async function currentVersion(db: PrismaClient | Tx): Promise<number> {
  return (await db.displayVersion.findUnique({ where: { id: 1 } }))?.value ?? 0;
}

async function knownScreenIds(
  db: PrismaClient | Tx,
  ids: readonly string[],
  field: string,
): Promise<string[]> {
  const unique = [...new Set(ids)];
  const found = await db.screen.findMany({ where: { id: { in: unique } }, select: { id: true } });
  if (found.length !== unique.length) {
    const known = new Set(found.map((s) => s.id));
    throw badInput(`Unknown screen: ${unique.filter((id) => !known.has(id)).join(', ')}.`, field);
  }
  return unique;
}

// --- Content ------------------------------------------------------------------

const MAX_WINDOW_MS = 366 * 24 * 3600 * 1000;

export async function submitContent(
  db: PrismaClient,
  viewer: Viewer | null,
  input: {
    title: string;
    body: string;
    imageUrl?: string | null;
    validFrom: Date;
    validUntil: Date;
    screenIds: readonly string[];
  },
) {
  const v = requireViewer(viewer);
  if (!v.roles.includes('staff') && !v.roles.includes('admin')) throw forbidden('Staff submit items.');
  const title = text(input.title, 'title', 120);
  const body = text(input.body, 'body', 600);
  let imageUrl: string | null = null;
  if (input.imageUrl != null && input.imageUrl.trim() !== '') {
    imageUrl = input.imageUrl.trim();
    let url: URL | null = null;
    try {
      url = new URL(imageUrl);
    } catch {}
    if (url?.protocol !== 'https:' || imageUrl.length > 500)
      throw badInput('imageUrl must be an https URL of at most 500 characters.', 'imageUrl');
  }
  if (!(input.validFrom < input.validUntil))
    throw badInput('validUntil must be after validFrom.', 'validUntil');
  if (input.validUntil.getTime() - input.validFrom.getTime() > MAX_WINDOW_MS)
    throw badInput('An item is valid for at most a year.', 'validUntil');
  if (input.screenIds.length === 0) throw badInput('Name at least one screen.', 'screenIds');
  const screenIds = await knownScreenIds(db, input.screenIds, 'screenIds');
  return db.contentItem.create({
    data: {
      department: v.department ?? (v.roles.includes('admin') ? 'admin' : 'staff'),
      submittedBy: v.id,
      title,
      body,
      imageUrl,
      validFrom: input.validFrom,
      validUntil: input.validUntil,
      screenIds,
    },
  });
}

export const contentItems = (db: PrismaClient, status?: string | null) =>
  db.contentItem.findMany({ where: status ? { status } : {}, orderBy: { submittedAt: 'desc' }, take: 500 });

export async function decideContent(
  db: PrismaClient,
  pubsub: PubSub,
  viewer: Viewer | null,
  id: string,
  approve: boolean,
) {
  const v = requireViewer(viewer);
  if (!isUuid(id)) throw notFound('The item');
  const { item, version } = await db.$transaction(async (tx) => {
    const found = await tx.contentItem.findUnique({ where: { id } });
    if (!found) throw notFound('The item');
    if (found.status !== 'SUBMITTED') throw conflict(`The item was already ${found.status.toLowerCase()}.`);
    const item = await tx.contentItem.update({
      where: { id, status: 'SUBMITTED' },
      data: { status: approve ? 'APPROVED' : 'REJECTED', decidedAt: new Date(), decidedBy: v.id },
    });
    return { item, version: approve ? await bumpVersion(tx) : null };
  });
  if (version !== null) await announce(db, pubsub, item.screenIds, version, 'CONTENT_CHANGED');
  return item;
}

export async function addScheduleRule(
  db: PrismaClient,
  pubsub: PubSub,
  input: {
    screenId: string;
    itemId: string;
    weekdays?: readonly number[] | null;
    startMinute?: number | null;
    endMinute?: number | null;
    from?: Date | null;
    until?: Date | null;
    priority?: number | null;
    share?: number | null;
  },
) {
  const weekdays = [...new Set(input.weekdays ?? [])].sort();
  if (weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7))
    throw badInput('Weekdays are 1 (Monday) to 7 (Sunday).', 'weekdays');
  const startMinute = input.startMinute ?? 0;
  const endMinute = input.endMinute ?? 1440;
  if (!(startMinute >= 0 && startMinute < endMinute && endMinute <= 1440))
    throw badInput('The time of day runs from startMinute to endMinute within 0..1440.', 'endMinute');
  const from = input.from ?? null;
  const until = input.until ?? null;
  if ((from === null) !== (until === null) || (from && until && !(from < until)))
    throw badInput('A one-off window needs from before until.', 'until');
  const priority = input.priority ?? 0;
  if (!Number.isInteger(priority) || priority < -100 || priority > 100)
    throw badInput('priority is -100 to 100.', 'priority');
  const share = input.share ?? 1;
  if (!Number.isInteger(share) || share < 1 || share > 100) throw badInput('share is 1 to 100.', 'share');
  const screen = await screenById(db, input.screenId);
  if (!screen) throw notFound('The screen');
  const item = isUuid(input.itemId) ? await db.contentItem.findUnique({ where: { id: input.itemId } }) : null;
  if (!item) throw notFound('The item');
  if (!item.screenIds.includes(screen.id))
    throw badInput('The item is not meant for this screen.', 'screenId');
  const { rule, version } = await db.$transaction(async (tx) => ({
    rule: await tx.scheduleRule.create({
      data: {
        screenId: screen.id,
        itemId: item.id,
        weekdays,
        startMinute,
        endMinute,
        from,
        until,
        priority,
        share,
      },
    }),
    version: await bumpVersion(tx),
  }));
  await announce(db, pubsub, [screen.id], version, 'CONTENT_CHANGED');
  return rule;
}

export async function removeScheduleRule(db: PrismaClient, pubsub: PubSub, id: string) {
  if (!isUuid(id)) throw notFound('The rule');
  const rule = await db.scheduleRule.findUnique({ where: { id } });
  if (!rule) throw notFound('The rule');
  const version = await db.$transaction(async (tx) => {
    await tx.scheduleRule.delete({ where: { id } });
    return bumpVersion(tx);
  });
  await announce(db, pubsub, [rule.screenId], version, 'CONTENT_CHANGED');
  return true;
}

export const rulesOf = (db: PrismaClient, screenId: string) =>
  db.scheduleRule.findMany({ where: { screenId }, orderBy: [{ priority: 'desc' }, { id: 'asc' }] });

// --- Emergencies and events ----------------------------------------------------

const activeWhere = (at: Date) => ({
  withdrawnAt: null,
  publishedAt: { lte: at },
  OR: [{ expiresAt: null }, { expiresAt: { gt: at } }],
});

export const activeEmergencies = (db: PrismaClient, at = new Date()) =>
  db.emergency.findMany({ where: activeWhere(at), orderBy: { publishedAt: 'desc' } });

export async function publishEmergency(
  db: PrismaClient,
  pubsub: PubSub,
  viewer: Viewer | null,
  input: {
    severity: string;
    title: string;
    message: string;
    screenIds?: readonly string[] | null;
    expiresAt?: Date | null;
  },
) {
  const v = requireViewer(viewer);
  const title = text(input.title, 'title', 120);
  const message = text(input.message, 'message', 500);
  const screenIds = input.screenIds?.length ? await knownScreenIds(db, input.screenIds, 'screenIds') : [];
  if (input.expiresAt && input.expiresAt <= new Date())
    throw badInput('expiresAt must be in the future.', 'expiresAt');
  const { emergency, version } = await db.$transaction(async (tx) => ({
    emergency: await tx.emergency.create({
      data: {
        severity: input.severity,
        title,
        message,
        screenIds,
        publishedBy: v.id,
        expiresAt: input.expiresAt ?? null,
      },
    }),
    version: await bumpVersion(tx),
  }));
  await announce(db, pubsub, emergency.screenIds, version, 'EMERGENCY_PUBLISHED');
  return emergency;
}

export async function withdrawEmergency(db: PrismaClient, pubsub: PubSub, id: string) {
  if (!isUuid(id)) throw notFound('The emergency');
  const found = await db.emergency.findUnique({ where: { id } });
  if (!found) throw notFound('The emergency');
  const now = new Date();
  if (found.withdrawnAt || (found.expiresAt && found.expiresAt <= now))
    throw conflict('The emergency has already ended.');
  const { emergency, version } = await db.$transaction(async (tx) => {
    const updated = await tx.emergency.updateMany({
      where: { id, withdrawnAt: null },
      data: { withdrawnAt: now, endAnnounced: true },
    });
    if (updated.count !== 1) throw conflict('The emergency has already ended.');
    return {
      emergency: await tx.emergency.findUniqueOrThrow({ where: { id } }),
      version: await bumpVersion(tx),
    };
  });
  await announce(db, pubsub, emergency.screenIds, version, 'EMERGENCY_ENDED');
  return emergency;
}

/** Expired emergencies are announced once, by whichever replica's ticker gets there first. */
export async function announceExpired(db: PrismaClient, pubsub: PubSub, now = new Date()): Promise<number> {
  const due = await db.emergency.findMany({
    where: { endAnnounced: false, withdrawnAt: null, expiresAt: { lte: now } },
    take: 50,
  });
  for (const emergency of due) {
    const version = await db.$transaction(async (tx) => {
      const claimed = await tx.emergency.updateMany({
        where: { id: emergency.id, endAnnounced: false },
        data: { endAnnounced: true },
      });
      return claimed.count === 1 ? bumpVersion(tx) : null;
    });
    if (version !== null) await announce(db, pubsub, emergency.screenIds, version, 'EMERGENCY_ENDED');
  }
  return due.length;
}

/**
 * Tells each concerned screen (all for an empty list) what is now in force
 * there. Sent after the commit; a screen that missed one catches up from its
 * snapshot (the versions show the gap).
 */
export async function announce(
  db: PrismaClient,
  pubsub: PubSub,
  screenIds: readonly string[],
  version: number,
  kind: ScreenEventModel['kind'],
) {
  const at = new Date();
  const targets = screenIds.length ? screenIds : (await listScreens(db)).map((s) => s.id);
  const active = await activeEmergencies(db, at);
  await Promise.all(
    targets.map((screenId) => {
      const event: ScreenEventModel = {
        screenId,
        version,
        kind,
        emergency: emergencyFor(screenId, active, at),
        at,
      };
      return new Promise<void>((resolve) => {
        pubsub.publish({ topic: screenTopic(screenId), payload: { screenEvents: event } }, () => resolve());
      });
    }),
  );
}

// --- What a screen shows --------------------------------------------------------

export async function snapshot(
  db: PrismaClient,
  screen: Screen,
  at = new Date(),
): Promise<ScreenSnapshotModel> {
  const [version, active, items, rules] = await Promise.all([
    currentVersion(db),
    activeEmergencies(db, at),
    db.contentItem.findMany({
      where: {
        status: 'APPROVED',
        screenIds: { has: screen.id },
        validFrom: { lte: at },
        validUntil: { gt: at },
      },
    }),
    db.scheduleRule.findMany({ where: { screenId: screen.id } }),
  ]);
  const emergency: Emergency | null = emergencyFor(screen.id, active, at);
  const plan = emergency ? { playlist: [], current: null } : planScreen(screen.id, items, rules, at);
  return {
    screen,
    version,
    emergency,
    playlist: plan.playlist.map((p) => ({
      item: p.item,
      priority: p.priority,
      sharePercent: p.sharePercent,
    })),
    current: plan.current,
    at,
  };
}

/**
 * A deleted staff account: the ids it left on items, decisions and warnings become a
 * placeholder (the records stay: what a screen showed and who decided is the town's).
 */
export async function eraseDisplayAccount(db: PrismaClient, accountId: string) {
  const gone = 'deleted-account';
  await db.$transaction([
    db.contentItem.updateMany({ where: { submittedBy: accountId }, data: { submittedBy: gone } }),
    db.contentItem.updateMany({ where: { decidedBy: accountId }, data: { decidedBy: gone } }),
    db.emergency.updateMany({ where: { publishedBy: accountId }, data: { publishedBy: gone } }),
  ]);
}
