/**
 * Reading a GTFS-Realtime feed over HTTP: fetched every GTFS_RT_POLL_SECONDS
 * (default 30) and handed to `apply` as bytes. A failed fetch keeps the last
 * good feed for a while; older than STALE_AFTER_MS `forget` drops it, so the
 * graph shows nothing rather than something outdated.
 */
import { envInt, type Logger, type PubSub } from '@kaarst/kit';

const STALE_AFTER_MS = 5 * 60_000;
const FETCH_TIMEOUT_MS = 10_000;

/** What the graph says about one realtime feed (TransitFeed.realtimeFeeds). */
export class FeedStatus {
  enabled = false;
  fetchedAt: Date | null = null;
  /** The feed header's timestamp (seconds), when the producer set it. */
  producedAt: number | null = null;
  entities = 0;
}

export interface FeedPoller {
  stop(): Promise<void>;
}

export interface PollOptions {
  url: string | undefined;
  /** For the log: "TripUpdates", "VehiclePositions", "ServiceAlerts". */
  name: string;
  status: FeedStatus;
  log: Logger;
  /** Decodes and keeps the feed (throws on a feed it cannot read); returns the entity count. */
  apply(bytes: Uint8Array): number;
  /** Drops a feed that has grown stale. */
  forget(): void;
}

/** Starts polling when the URL is set; otherwise does nothing. */
export function pollFeed({ url, name, status, log, apply, forget }: PollOptions): FeedPoller {
  if (!url) return { stop: async () => {} };
  const everyMs = envInt('GTFS_RT_POLL_SECONDS', 30) * 1000;
  status.enabled = true;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  let failing = false;
  const poll = async () => {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      status.entities = apply(new Uint8Array(await response.arrayBuffer()));
      status.fetchedAt = new Date();
      if (failing) log.info({ entities: status.entities }, `GTFS-Realtime ${name} readable again`);
      failing = false;
    } catch (err) {
      if (!failing) log.warn({ err, url }, `GTFS-Realtime ${name} could not be read; keeping the last feed`);
      failing = true;
      if (status.fetchedAt && Date.now() - status.fetchedAt.getTime() > STALE_AFTER_MS) {
        forget();
        status.entities = 0;
      }
    }
  };
  const loop = () => {
    if (stopped) return;
    running = poll().finally(() => {
      if (!stopped) timer = setTimeout(loop, everyMs);
    });
  };
  loop();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

/** GTFS-Realtime's start_date (YYYYMMDD) as the graph's service date (YYYY-MM-DD). */
export const isoDate = (gtfs: string | null | undefined) =>
  gtfs && /^\d{8}$/.test(gtfs) ? `${gtfs.slice(0, 4)}-${gtfs.slice(4, 6)}-${gtfs.slice(6, 8)}` : null;

/** GTFS-Realtime's start_time (H:MM:SS or HH:MM:SS) as a run's id suffix (HH:MM:SS). */
export const runStart = (time: string | null | undefined) => {
  const match = time ? /^(\d{1,2}):(\d{2}):(\d{2})$/.exec(time) : null;
  return match ? `${(match[1] ?? '').padStart(2, '0')}:${match[2]}:${match[3]}` : null;
};

/**
 * A field the producer set, or null: protobufjs answers an absent proto2
 * optional field with its default (0) from the prototype, so only own properties count.
 */
export function field(message: object | null | undefined, name: string): number | null {
  if (!message || !Object.hasOwn(message, name)) return null;
  const value = (message as Record<string, unknown>)[name] as
    | number
    | { toNumber(): number }
    | null
    | undefined;
  return value === null || value === undefined ? null : typeof value === 'number' ? value : value.toNumber();
}

/** A protobuf enum's names by number. */
export const enumNames = (values: object) =>
  Object.fromEntries(
    Object.entries(values).flatMap(([name, value]) => (typeof value === 'number' ? [[value, name]] : [])),
  ) as Record<number, string>;

/** A string field the producer set (protobufjs answers an absent one with ""). */
export const text = (message: object | null | undefined, name: string): string | null => {
  if (!message || !Object.hasOwn(message, name)) return null;
  const value = (message as Record<string, unknown>)[name];
  return typeof value === 'string' && value !== '' ? value : null;
};

/**
 * Announces what a feed brought. Replicas read the same feed and announce it
 * with the same id, which subscribers remember: they get it once.
 */
export function announce(pubsub: PubSub, topic: string, payload: unknown, eventId: string | null) {
  const event = { topic, payload, ...(eventId === null ? {} : { eventId }) };
  pubsub.publish(event, () => {});
}
