/**
 * Optional import of an official warning feed (DISPLAY_WARNING_FEED_URL): CAP 1.2 alerts as
 * JSON, the way the federal warning app's API (NINA, MoWaS) serves them: an array of alerts, or
 * `{ "alerts": [...] }`, each with identifier, status, msgType, references and info blocks
 * (language, severity, headline, description, instruction, expires, area).
 *
 * Each warning in force becomes an emergency on every screen, once per identifier (a unique
 * column: whichever replica is first); Extreme and Severe are DANGER, Moderate WARNING, Minor
 * and Unknown are left out. A warning that leaves the feed, is cancelled or updated is
 * withdrawn (an update comes as a new identifier). A feed that cannot be read changes nothing:
 * no warning is withdrawn because the feed is away. What staff withdrew is not imported again.
 */
import { badInput, type PubSub } from '@kaarst/kit';
import { announce, bumpVersion } from './display.ts';
import type { PrismaClient } from './generated/prisma/client.ts';

export interface FeedWarning {
  sourceId: string;
  severity: 'WARNING' | 'DANGER';
  title: string;
  message: string;
  expiresAt: Date | null;
}

export interface ParsedFeed {
  /** In force now, by identifier. */
  active: FeedWarning[];
  /** Identifiers cancelled or replaced by an update. */
  ended: string[];
}

const SEVERITY: Record<string, FeedWarning['severity'] | undefined> = {
  extreme: 'DANGER',
  severe: 'DANGER',
  moderate: 'WARNING',
};

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;
const str = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

/** CAP references: "sender,identifier,sent" triples separated by spaces. */
const referencedIds = (references: string) =>
  references
    .split(/\s+/)
    .map((triple) => triple.split(',')[1] ?? '')
    .filter(Boolean);

/** The warnings of a CAP-JSON feed for `area` (a part of an areaDesc; any when left out). */
export function parseWarningFeed(body: unknown, now: Date, area?: string): ParsedFeed {
  const alerts = Array.isArray(body)
    ? body
    : isObject(body) && Array.isArray(body.alerts)
      ? body.alerts
      : null;
  if (!alerts) throw badInput('The warning feed is not a list of CAP alerts.', 'feed');
  const active: FeedWarning[] = [];
  const ended: string[] = [];
  for (const alert of alerts) {
    if (!isObject(alert)) continue;
    const identifier = str(alert.identifier);
    if (!identifier || identifier.length > 300 || str(alert.status).toLowerCase() !== 'actual') continue;
    const type = str(alert.msgType).toLowerCase();
    ended.push(...referencedIds(str(alert.references)));
    if (type === 'cancel') {
      ended.push(identifier);
      continue;
    }
    if (type !== 'alert' && type !== 'update') continue;
    const infos = (Array.isArray(alert.info) ? alert.info : []).filter(isObject);
    const info = infos.find((i) => str(i.language).toLowerCase().startsWith('de')) ?? infos[0];
    if (!info) continue;
    const severity = SEVERITY[str(info.severity).toLowerCase()];
    if (!severity) continue;
    const expires = str(info.expires) ? new Date(str(info.expires)) : null;
    if (expires && (Number.isNaN(expires.getTime()) || expires <= now)) continue;
    if (area) {
      const areas = (Array.isArray(info.area) ? info.area : []).filter(isObject).map((a) => str(a.areaDesc));
      if (!areas.some((desc) => desc.toLowerCase().includes(area.toLowerCase()))) continue;
    }
    const title = clip(str(info.headline) || str(info.event) || 'Amtliche Warnung', 120);
    const message = clip([str(info.description), str(info.instruction)].filter(Boolean).join(' '), 500);
    active.push({ sourceId: identifier, severity, title, message: message || title, expiresAt: expires });
  }
  const endedSet = new Set(ended);
  return { active: active.filter((w) => !endedSet.has(w.sourceId)), ended: [...endedSet] };
}

/** Puts the screens in line with the feed: new warnings published, those gone withdrawn. */
export async function applyWarningFeed(db: PrismaClient, pubsub: PubSub, feed: ParsedFeed, now = new Date()) {
  let published = 0;
  let withdrawn = 0;
  const known = new Set(
    (
      await db.emergency.findMany({
        where: { sourceId: { in: feed.active.map((w) => w.sourceId) } },
        select: { sourceId: true },
      })
    ).map((e) => e.sourceId),
  );
  for (const warning of feed.active.filter((w) => !known.has(w.sourceId))) {
    const version = await db.$transaction(async (tx) => {
      const created = await tx.emergency.createMany({
        data: [
          {
            severity: warning.severity,
            title: warning.title,
            message: warning.message,
            screenIds: [],
            publishedBy: 'warning-feed',
            expiresAt: warning.expiresAt,
            sourceId: warning.sourceId,
          },
        ],
        skipDuplicates: true, // another replica imported it meanwhile
      });
      return created.count === 1 ? bumpVersion(tx) : null;
    });
    if (version === null) continue;
    published += 1;
    await announce(db, pubsub, [], version, 'EMERGENCY_PUBLISHED');
  }
  const inForce = new Set(feed.active.map((w) => w.sourceId));
  const gone = await db.emergency.findMany({
    where: { sourceId: { not: null }, withdrawnAt: null, endAnnounced: false },
    select: { id: true, sourceId: true },
  });
  for (const { id } of gone.filter((e) => !inForce.has(e.sourceId ?? ''))) {
    const version = await db.$transaction(async (tx) => {
      const updated = await tx.emergency.updateMany({
        where: { id, withdrawnAt: null },
        data: { withdrawnAt: now, endAnnounced: true },
      });
      return updated.count === 1 ? bumpVersion(tx) : null;
    });
    if (version === null) continue;
    withdrawn += 1;
    await announce(db, pubsub, [], version, 'EMERGENCY_ENDED');
  }
  return { published, withdrawn };
}

/** Reads the feed (10 s at most) and applies it; a feed that cannot be read throws and changes nothing. */
export async function importWarningFeed(
  db: PrismaClient,
  pubsub: PubSub,
  url: string,
  area?: string,
  now = new Date(),
) {
  const response = await fetch(url, {
    headers: { accept: 'application/json' },
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`warning feed answered ${response.status}`);
  return applyWarningFeed(db, pubsub, parseWarningFeed(await response.json(), now, area), now);
}
