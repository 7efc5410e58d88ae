/**
 * The active feed in memory, in flat arrays, for journey planning and
 * departures: stop times of each trip lie next to each other (runs of a
 * frequencies.txt trip are trips of their own), trips with the same stops in
 * the same order form patterns (RAPTOR's routes), and footpaths link stops a
 * short walk apart. Built by assemble.ts from what load.ts reads.
 */
import type { ServiceCalendar } from './service-days.ts';

export interface StopInfo {
  id: string;
  name: string;
  latitude: number | null;
  longitude: number | null;
  locationType: number;
  parent: number;
  /** wheelchair_boarding after inheriting a station's value (0 unknown, 1 yes, 2 no). */
  wheelchairBoarding: number;
  /** Fare zones (areas.txt ids, else stops.zone_id; a platform inherits its station's). */
  zones: string[];
}

export interface RouteInfo {
  id: string;
  /** The route's agency (the feed's only agency when routes.txt leaves it out). */
  agencyId: string | null;
  shortName: string | null;
  longName: string | null;
  type: number;
}

/** A run of a frequencies.txt trip: when it leaves its first stop, and at which headway. */
export interface RunFrequency {
  /** Seconds of the service day the run leaves its first stop. */
  startTime: number;
  headwaySeconds: number;
  /** exact_times = 1: the run leaves exactly then; 0: the operator keeps the headway, not the minute. */
  exactTimes: boolean;
}

export interface TripInfo {
  /** The graph's trip id: trips.txt's trip_id, for a run of a frequencies.txt trip trip_id@HH:MM:SS. */
  id: string;
  /** trips.txt's trip_id. */
  gtfsId: string;
  route: number;
  service: number;
  headsign: string | null;
  directionId: number | null;
  wheelchairAccessible: number;
  /** Its stop times are firstStopTime .. lastStopTime (inclusive). */
  firstStopTime: number;
  lastStopTime: number;
  frequency: RunFrequency | null;
}

/** A fare zone and the stops in it (a station's platforms included). */
export interface FareZone {
  id: string;
  name: string | null;
  stops: number[];
}

/** The change time at one stop, and walks between stops: slow and safe enough for wheelchair users. */
export const MIN_CHANGE_SECONDS = 120;
export const MAX_WALK_METRES = 400;

export interface Timetable {
  feedId: number;
  timezone: string;
  stops: StopInfo[];
  stopIndex: Map<string, number>;
  /** Child stops of each station (location_type 1). */
  children: number[][];
  routes: RouteInfo[];
  trips: TripInfo[];
  tripIndex: Map<string, number>;
  calendar: ServiceCalendar;
  fareZones: FareZone[];
  stStop: Int32Array;
  stTrip: Int32Array;
  stSequence: Int32Array;
  stArrival: Int32Array;
  stDeparture: Int32Array;
  stPickup: Uint8Array;
  stDropOff: Uint8Array;
  /** Per trip, for the planner's inner loops: first stop time, service, wheelchair_accessible. */
  tripFirst: Int32Array;
  tripService: Int32Array;
  tripAccessible: Uint8Array;
  /** Per stop: departures there (stop time indexes, sorted by departure), CSR layout. */
  departureStart: Int32Array;
  departureList: Int32Array;
  /** Per stop: footpaths (to, seconds), CSR layout. */
  footpathStart: Int32Array;
  footpathTo: Int32Array;
  footpathSeconds: Int32Array;
  /**
   * Patterns: trips calling at the same stops in the same order, none
   * overtaking another, sorted by departure (so by departure at every stop).
   */
  patternStopStart: Int32Array;
  patternStops: Int32Array;
  patternTripStart: Int32Array;
  patternTrips: Int32Array;
  /** Per stop: the patterns calling there and the stop's position in each, CSR layout. */
  stopPatternStart: Int32Array;
  stopPatterns: Int32Array;
  stopPatternPositions: Int32Array;
}

export const haversineMetres = (lat1: number, lon1: number, lat2: number, lon2: number) => {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(a));
};

/** Seconds as GTFS writes times: HH:MM:SS, hours past 24 for trips after midnight. */
export const gtfsTime = (seconds: number) =>
  [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60]
    .map((n) => String(n).padStart(2, '0'))
    .join(':');
