/**
 * Optional import of an official warning feed (DISPLAY_WARNING_FEED_URL): CAP 1.2 alerts as
 * JSON, the way the federal warning app's API (NINA, MoWaS) serves them: an array of alerts, or
 * `{ "alerts": [...] }`, each with identifier, status, msgType, references and info blocks
 * (language, severity, headline, description, instruction, expires, area); or CAP 1.2 as XML
 * (cap-xml.ts), told apart by the content type or a leading "<".
 *
 * Where it applies: an area with polygons or circles puts the warning on the screens whose square
 * lies inside (warning-areas.ts; none inside: not imported); an alert without shapes goes by its
 * area description (DISPLAY_WARNING_FEED_AREA) to every screen.
 *
 * Each warning in force becomes an emergency on its screens, once per identifier (a unique
 * column: whichever replica is first); Extreme and Severe are DANGER, Moderate WARNING, Minor
 * and Unknown are left out. A warning that leaves the feed, is cancelled or updated is
 * withdrawn (an update comes as a new identifier). A feed that cannot be read changes nothing:
 * no warning is withdrawn because the feed is away. What staff withdrew is not imported again.
 */
import { badInput, type PubSub } from '@kaarst/kit';
import { capAlertsFromXml } from './cap-xml.ts';
import { announce, bumpVersion } from './display.ts';
import type { PrismaClient } from './generated/prisma/client.ts';
import { parseCircle, parsePolygon, screensInShapes, type WarningShape } from './warning-areas.ts';

export interface FeedWarning {
  sourceId: string;
  severity: 'WARNING' | 'DANGER';
  title: string;
  message: string;
  expiresAt: Date | null;
  /** Polygons and circles of its areas; empty when it names its area only in words. */
  shapes: WarningShape[];
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

const texts = (value: unknown): string[] => (Array.isArray(value) ? value : [value]).map(str).filter(Boolean);

/** The polygons and circles of an info block's areas (those that cannot be read are left out). */
function shapesOf(areas: Json[]): WarningShape[] {
  return areas
    .flatMap((a) => [...texts(a.polygon).map(parsePolygon), ...texts(a.circle).map(parseCircle)])
    .filter((shape): shape is WarningShape => shape !== null);
}

/** The warnings of a CAP-JSON feed for `area` (a part of an areaDesc; any when left out; alerts with shapes go by them). */
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
    const areas = (Array.isArray(info.area) ? info.area : []).filter(isObject);
    const shapes = shapesOf(areas);
    if (area && shapes.length === 0) {
      const descriptions = areas.map((a) => str(a.areaDesc).toLowerCase());
      if (!descriptions.some((desc) => desc.includes(area.toLowerCase()))) continue;
    }
    const title = clip(str(info.headline) || str(info.event) || 'Amtliche Warnung', 120);
    const message = clip([str(info.description), str(info.instruction)].filter(Boolean).join(' '), 500);
    active.push({
      sourceId: identifier,
      severity,
      title,
      message: message || title,
      expiresAt: expires,
      shapes,
    });
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
  const screens = await db.screen.findMany({ select: { id: true, latitude: true, longitude: true } });
  for (const warning of feed.active.filter((w) => !known.has(w.sourceId))) {
    const screenIds = screensInShapes(warning.shapes, screens) ?? [];
    if (warning.shapes.length > 0 && screenIds.length === 0) continue; // none of our squares is inside
    const version = await db.$transaction(async (tx) => {
      const created = await tx.emergency.createMany({
        data: [
          {
            severity: warning.severity,
            title: warning.title,
            message: warning.message,
            screenIds,
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
    await announce(db, pubsub, screenIds, version, 'EMERGENCY_PUBLISHED');
  }
  const inForce = new Set(feed.active.map((w) => w.sourceId));
  const gone = await db.emergency.findMany({
    where: { sourceId: { not: null }, withdrawnAt: null, endAnnounced: false },
    select: { id: true, sourceId: true, screenIds: true },
  });
  for (const { id, screenIds } of gone.filter((e) => !inForce.has(e.sourceId ?? ''))) {
    const version = await db.$transaction(async (tx) => {
      const updated = await tx.emergency.updateMany({
        where: { id, withdrawnAt: null },
        data: { withdrawnAt: now, endAnnounced: true },
      });
      return updated.count === 1 ? bumpVersion(tx) : null;
    });
    if (version === null) continue;
    withdrawn += 1;
    await announce(db, pubsub, screenIds, version, 'EMERGENCY_ENDED');
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
    headers: { accept: 'application/json, application/cap+xml;q=0.9, application/xml;q=0.8' },
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`warning feed answered ${response.status}`);
  return applyWarningFeed(
    db,
    pubsub,
    parseWarningFeed(feedBody(await response.text(), response), now, area),
    now,
  );
}

/** The alerts of a feed's body: CAP XML by its content type or a leading "<", else CAP JSON. */
function feedBody(text: string, response: Response): unknown {
  const type = response.headers.get('content-type') ?? '';
  if (/xml/i.test(type) || text.trimStart().startsWith('<')) return capAlertsFromXml(text);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badInput('The warning feed is neither CAP JSON nor CAP XML.', 'feed');
  }
}
