import { FeedStatus } from './poll.ts';

/** One stop_time_update of a GTFS-Realtime TripUpdate, reduced to what departures need. */
export interface StopDelay {
  stopSequence: number | null;
  stopId: string | null;
  delaySeconds: number;
}

/** Delays per trip from the latest TripUpdates feed (replaced whole on each fetch). */
export class RealtimeDelays {
  private byTrip = new Map<string, StopDelay[]>();
  readonly status = new FeedStatus();

  /** Trips keyed by id and service date (YYYY-MM-DD); an update without start_date applies to any date. */
  replace(trips: Map<string, StopDelay[]>) {
    this.byTrip = trips;
  }

  static key(tripId: string, serviceDate: string | null) {
    return `${tripId}|${serviceDate ?? ''}`;
  }

  /**
   * The delay at a stop: GTFS-Realtime says a stop's delay holds for the
   * following stops until another update says otherwise, so the last update
   * at or before the stop counts. `stopSequences` maps a stop_id-only update to a position.
   */
  delayAt(
    tripId: string,
    serviceDate: string,
    stopSequence: number,
    sequenceOfStop?: (stopId: string) => number | null,
  ) {
    const updates =
      this.byTrip.get(RealtimeDelays.key(tripId, serviceDate)) ??
      this.byTrip.get(RealtimeDelays.key(tripId, null));
    if (!updates) return null;
    let delay: number | null = null;
    let bestSequence = -1;
    for (const update of updates) {
      const sequence =
        update.stopSequence ?? (update.stopId && sequenceOfStop ? sequenceOfStop(update.stopId) : null);
      if (sequence === null || sequence > stopSequence || sequence < bestSequence) continue;
      bestSequence = sequence;
      delay = update.delaySeconds;
    }
    return delay;
  }
}
