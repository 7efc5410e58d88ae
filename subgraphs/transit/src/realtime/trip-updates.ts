/**
 * GTFS-Realtime TripUpdates: fetched from GTFS_RT_TRIP_UPDATES_URL (poll.ts),
 * decoded with gtfs-realtime-bindings, and kept as delays per trip for departures.
 */
import { env, type Logger, type PubSub } from '@kaarst/kit';
import realtime from 'gtfs-realtime-bindings';
import { RealtimeDelays, type StopDelay } from './delays.ts';
import { announceDelays } from './departures-live.ts';
import { type FeedPoller, field, isoDate, pollFeed, runStart } from './poll.ts';

const { transit_realtime } = realtime;

/** Delays per trip (keyed as RealtimeDelays.key) from an encoded FeedMessage. */
export function decodeTripUpdates(bytes: Uint8Array): Map<string, StopDelay[]> {
  return decodeTripUpdateFeed(bytes).trips;
}

/** The feed's time (header timestamp, if the producer set it) and its delays per trip. */
export function decodeTripUpdateFeed(bytes: Uint8Array): {
  producedAt: number | null;
  trips: Map<string, StopDelay[]>;
} {
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
  return { producedAt: field(message.header, 'timestamp'), trips };
}

/**
 * Starts polling when GTFS_RT_TRIP_UPDATES_URL is set; otherwise does nothing. A feed newer
 * than the last one is announced to departuresChanged.
 */
export function pollTripUpdates(delays: RealtimeDelays, pubsub: PubSub, log: Logger): FeedPoller {
  return pollFeed({
    url: env('GTFS_RT_TRIP_UPDATES_URL'),
    name: 'TripUpdates',
    status: delays.status,
    log,
    apply: (bytes) => {
      const { producedAt, trips } = decodeTripUpdateFeed(bytes);
      const unchanged = producedAt !== null && producedAt === delays.status.producedAt;
      delays.replace(trips);
      delays.status.producedAt = producedAt;
      if (!unchanged) announceDelays(pubsub, producedAt);
      return trips.size;
    },
    forget: () => delays.replace(new Map()),
  });
}
