/**
 * GTFS-Realtime TripUpdates: fetched from GTFS_RT_TRIP_UPDATES_URL every
 * GTFS_RT_POLL_SECONDS (default 30), decoded with gtfs-realtime-bindings, and
 * kept as delays per trip for departures. A failed fetch keeps the last good
 * feed for a while; older than STALE_AFTER_MS it is dropped, so departures
 * show no delay rather than an outdated one.
 */
import { env, envInt, type Logger } from '@kaarst/kit';
import realtime from 'gtfs-realtime-bindings';
import { RealtimeDelays, type StopDelay } from './delays.ts';

const { transit_realtime } = realtime;
const STALE_AFTER_MS = 5 * 60_000;
const FETCH_TIMEOUT_MS = 10_000;

/** GTFS-Realtime's start_date (YYYYMMDD) as the graph's service date (YYYY-MM-DD). */
const isoDate = (gtfs: string | null | undefined) =>
  gtfs && /^\d{8}$/.test(gtfs) ? `${gtfs.slice(0, 4)}-${gtfs.slice(4, 6)}-${gtfs.slice(6, 8)}` : null;

/** GTFS-Realtime's start_time (H:MM:SS or HH:MM:SS) as a run's id suffix (HH:MM:SS). */
const runStart = (time: string | null | undefined) => {
  const match = time ? /^(\d{1,2}):(\d{2}):(\d{2})$/.exec(time) : null;
  return match ? `${(match[1] ?? '').padStart(2, '0')}:${match[2]}:${match[3]}` : null;
};

/**
 * A field the producer set, or null: protobufjs answers an absent proto2
 * optional field with its default (0) from the prototype, so only own properties count.
 */
function field(message: object | null | undefined, name: string): number | null {
  if (!message || !Object.hasOwn(message, name)) return null;
  const value = (message as Record<string, unknown>)[name] as
    | number
    | { toNumber(): number }
    | null
    | undefined;
  return value === null || value === undefined ? null : typeof value === 'number' ? value : value.toNumber();
}

/** Delays per trip (keyed as RealtimeDelays.key) from an encoded FeedMessage. */
export function decodeTripUpdates(bytes: Uint8Array): Map<string, StopDelay[]> {
  const message = transit_realtime.FeedMessage.decode(bytes);
  const trips = new Map<string, StopDelay[]>();
  for (const entity of message.entity) {
    const update = entity.tripUpdate;
    const tripId = update?.trip?.tripId;
    if (!update || !tripId || entity.isDeleted) continue;
    if (update.trip.scheduleRelationship === transit_realtime.TripDescriptor.ScheduleRelationship.CANCELED)
      continue;
    const delays: StopDelay[] = [];
    const tripDelay = field(update, 'delay');
    // A delay for the whole trip holds from its first stop until a stop's own update says otherwise.
    if (tripDelay !== null) delays.push({ stopSequence: 0, stopId: null, delaySeconds: tripDelay });
    for (const stop of update.stopTimeUpdate ?? []) {
      if (
        stop.scheduleRelationship !==
        transit_realtime.TripUpdate.StopTimeUpdate.ScheduleRelationship.SCHEDULED
      )
        continue;
      const delay = field(stop.departure, 'delay') ?? field(stop.arrival, 'delay');
      if (delay === null) continue;
      delays.push({
        stopSequence: field(stop, 'stopSequence'),
        stopId: stop.stopId || null,
        delaySeconds: delay,
      });
    }
    const date = isoDate(update.trip.startDate);
    trips.set(RealtimeDelays.key(tripId, date), delays);
    // A run of a frequencies.txt trip is named by trip_id and start_time (our id trip_id@HH:MM:SS).
    const start = runStart(update.trip.startTime);
    if (start) trips.set(RealtimeDelays.key(`${tripId}@${start}`, date), delays);
  }
  return trips;
}

export interface TripUpdatesPoller {
  stop(): Promise<void>;
}

/** Starts polling when GTFS_RT_TRIP_UPDATES_URL is set; otherwise does nothing. */
export function pollTripUpdates(delays: RealtimeDelays, log: Logger): TripUpdatesPoller {
  const url = env('GTFS_RT_TRIP_UPDATES_URL');
  if (!url) return { stop: async () => {} };
  const everyMs = envInt('GTFS_RT_POLL_SECONDS', 30) * 1000;
  delays.enabled = true;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  let failing = false;
  const poll = async () => {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const trips = decodeTripUpdates(new Uint8Array(await response.arrayBuffer()));
      delays.replace(trips);
      if (failing) log.info({ trips: trips.size }, 'GTFS-Realtime TripUpdates readable again');
      failing = false;
    } catch (err) {
      if (!failing)
        log.warn({ err, url }, 'GTFS-Realtime TripUpdates could not be read; keeping the last feed');
      failing = true;
      if (delays.fetchedAt && Date.now() - delays.fetchedAt.getTime() > STALE_AFTER_MS)
        delays.replace(new Map());
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
