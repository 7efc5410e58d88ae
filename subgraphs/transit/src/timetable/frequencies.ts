/**
 * frequencies.txt: a trip whose stop times are a template, run every
 * headway_secs from start_time up to (not including) end_time. Each run
 * becomes a trip of its own, its times the template's shifted so that it
 * leaves the first stop at the run's start (GTFS: the template's absolute
 * times are ignored, only the differences between stops count). The run's id
 * is trip_id@HH:MM:SS, as GTFS-Realtime names a run by trip_id and start_time.
 *
 * exact_times = 1 runs are the schedule. exact_times = 0 runs are laid on the
 * same grid (the operator keeps the headway, not the minute): departures and
 * journeys mark them with their headway so that clients say "every N min".
 */
import { gtfsTime, type TripInfo } from './model.ts';

export interface StopTimes {
  stop: Int32Array;
  trip: Int32Array;
  sequence: Int32Array;
  arrival: Int32Array;
  departure: Int32Array;
  pickup: Uint8Array;
  dropOff: Uint8Array;
}

export interface FrequencyRow {
  startTime: number;
  endTime: number;
  headwaySecs: number;
  exactTimes: number;
}

export function allocateStopTimes(count: number): StopTimes {
  return {
    stop: new Int32Array(count),
    trip: new Int32Array(count),
    sequence: new Int32Array(count),
    arrival: new Int32Array(count).fill(-1),
    departure: new Int32Array(count).fill(-1),
    pickup: new Uint8Array(count),
    dropOff: new Uint8Array(count),
  };
}

const runStarts = (row: FrequencyRow) => {
  const starts: number[] = [];
  for (let start = row.startTime; start < row.endTime; start += row.headwaySecs) starts.push(start);
  return starts;
};

/** Replaces each frequencies.txt trip by its runs; other trips are kept as they are. */
export function expandFrequencies(
  trips: TripInfo[],
  st: StopTimes,
  frequencies: Map<number, FrequencyRow[]>,
): { trips: TripInfo[]; st: StopTimes } {
  if (frequencies.size === 0) return { trips, st };
  let total = 0;
  trips.forEach((trip, index) => {
    const length = trip.firstStopTime < 0 ? 0 : trip.lastStopTime - trip.firstStopTime + 1;
    const rows = frequencies.get(index);
    total += rows ? length * rows.reduce((n, row) => n + runStarts(row).length, 0) : length;
  });
  const out = allocateStopTimes(total);
  const expanded: TripInfo[] = [];
  let at = 0;
  const copy = (trip: TripInfo, offset: number, frequency: TripInfo['frequency']) => {
    const index = expanded.length;
    const first = at;
    for (let i = trip.firstStopTime; i >= 0 && i <= trip.lastStopTime; i++) {
      out.stop[at] = st.stop[i] ?? 0;
      out.trip[at] = index;
      out.sequence[at] = st.sequence[i] ?? 0;
      out.arrival[at] = (st.arrival[i] ?? 0) + offset;
      out.departure[at] = (st.departure[i] ?? 0) + offset;
      out.pickup[at] = st.pickup[i] ?? 0;
      out.dropOff[at] = st.dropOff[i] ?? 0;
      at++;
    }
    const id = frequency ? `${trip.gtfsId}@${gtfsTime(frequency.startTime)}` : trip.id;
    expanded.push({ ...trip, id, firstStopTime: first, lastStopTime: at - 1, frequency });
  };
  trips.forEach((trip, index) => {
    const rows = frequencies.get(index);
    if (!rows) {
      copy(trip, 0, null);
      return;
    }
    if (trip.firstStopTime < 0) return;
    const templateStart = st.departure[trip.firstStopTime] ?? 0;
    for (const row of [...rows].sort((a, b) => a.startTime - b.startTime))
      for (const start of runStarts(row))
        copy(trip, start - templateStart, {
          startTime: start,
          headwaySeconds: row.headwaySecs,
          exactTimes: row.exactTimes === 1,
        });
  });
  return { trips: expanded, st: out };
}
