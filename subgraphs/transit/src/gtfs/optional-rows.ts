/**
 * Readers of the optional files the planner and the fare check use:
 * frequencies.txt (trips repeated at a headway) and the GTFS fares v2 areas
 * (areas.txt, stop_areas.txt), checked like the required files (rows.ts).
 */
import type { Report, RowReader } from './fields.ts';
import type { FeedIndex } from './rows.ts';

/** One frequencies.txt row, kept until every row is read to find overlapping intervals. */
export interface FrequencyInterval {
  tripId: string;
  start: number;
  end: number;
  line: number;
}

export function readFrequency(row: RowReader, index: FeedIndex, report: Report, line: number) {
  const tripId = row.required('trip_id');
  if (tripId && !index.trips.has(tripId)) report('trip_id', `trip_id "${tripId}" is not in trips.txt`);
  const startTime = row.time('start_time');
  const endTime = row.time('end_time');
  if (startTime === null && !row.invalid.has('start_time')) report('start_time', 'start_time is required');
  if (endTime === null && !row.invalid.has('end_time')) report('end_time', 'end_time is required');
  if (startTime !== null && endTime !== null && endTime <= startTime)
    report('end_time', 'end_time must be after start_time');
  const headwaySecs = row.integer('headway_secs', { min: 1 }) ?? 0;
  const exactTimes = row.enumeration('exact_times', [0, 1], 0);
  if (startTime !== null && endTime !== null && endTime > startTime)
    index.frequencies.push({ tripId, start: startTime, end: endTime, line });
  return { tripId, startTime: startTime ?? 0, endTime: endTime ?? 0, headwaySecs, exactTimes };
}

export function readArea(row: RowReader, index: FeedIndex, report: Report) {
  const id = row.required('area_id');
  if (id && index.areas.has(id)) report('area_id', `area_id "${id}" appears twice`);
  index.areas.add(id);
  return { id, name: row.optional('area_name') };
}

export function readStopArea(row: RowReader, index: FeedIndex, report: Report) {
  const areaId = row.required('area_id');
  if (areaId && !index.areas.has(areaId)) report('area_id', `area_id "${areaId}" is not in areas.txt`);
  const stopId = row.required('stop_id');
  if (stopId && !index.stops.has(stopId)) report('stop_id', `stop_id "${stopId}" is not in stops.txt`);
  const key = `${areaId}\u0000${stopId}`;
  if (index.stopAreas.has(key)) report('stop_id', `stop "${stopId}" is in area "${areaId}" twice`);
  index.stopAreas.add(key);
  return { areaId, stopId };
}

/** GTFS: "Multiple headways may be defined for the same trip, but must not overlap." */
export function overlappingFrequencies(intervals: FrequencyInterval[]): FrequencyInterval[] {
  const byTrip = new Map<string, FrequencyInterval[]>();
  for (const interval of intervals)
    byTrip.set(interval.tripId, [...(byTrip.get(interval.tripId) ?? []), interval]);
  const overlapping: FrequencyInterval[] = [];
  for (const list of byTrip.values()) {
    list.sort((a, b) => a.start - b.start);
    for (let i = 1; i < list.length; i++) {
      const previous = list[i - 1] as FrequencyInterval;
      const current = list[i] as FrequencyInterval;
      if (current.start < previous.end) overlapping.push(current);
    }
  }
  return overlapping;
}
