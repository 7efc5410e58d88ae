/**
 * GTFS files row by row: each reader checks one row (reporting problems with
 * their column) and returns what is stored. Cross-file references are checked
 * with the ids the earlier files left in FeedIndex.
 */
import { isRouteType, type Report, type RowReader } from './fields.ts';
import type { FrequencyInterval } from './optional-rows.ts';

const TRI_STATE = [0, 1, 2] as const;

/** Ids from the files read so far, for the references of later files. */
export interface FeedIndex {
  agencies: Set<string>;
  /** stop_id -> location_type */
  stops: Map<string, number>;
  /** stop_id -> [parent_station, line] for checking once stops.txt is read */
  parents: Array<[string, string, number]>;
  routes: Set<string>;
  services: Set<string>;
  /** trip_id -> what is needed to check its stop_times in order */
  trips: Map<string, TripProgress>;
  timezones: Set<string>;
  frequencies: FrequencyInterval[];
  areas: Set<string>;
  /** area_id NUL stop_id, for duplicates */
  stopAreas: Set<string>;
}

export interface TripProgress {
  line: number;
  lastSequence: number;
  lastTime: number;
  stopTimes: number;
  /** Whether the first and the latest stop_time had times (GTFS: the first and last must). */
  firstTimed: boolean;
  lastTimed: boolean;
}

export const emptyIndex = (): FeedIndex => ({
  agencies: new Set(),
  stops: new Map(),
  parents: [],
  routes: new Set(),
  services: new Set(),
  trips: new Map(),
  timezones: new Set(),
  frequencies: [],
  areas: new Set(),
  stopAreas: new Set(),
});

function unique(ids: { has(id: string): boolean }, id: string, field: string, report: Report) {
  if (id && ids.has(id)) report(field, `${field} "${id}" appears twice`);
}

export function readAgency(row: RowReader, index: FeedIndex, report: Report) {
  const id = row.optional('agency_id') ?? '';
  unique(index.agencies, id, 'agency_id', report);
  index.agencies.add(id);
  const timezone = row.timezone('agency_timezone');
  index.timezones.add(timezone);
  return { id, name: row.required('agency_name'), url: row.required('agency_url'), timezone };
}

export function readStop(row: RowReader, index: FeedIndex, report: Report, line: number) {
  const id = row.required('stop_id');
  unique(index.stops, id, 'stop_id', report);
  const locationType = row.enumeration('location_type', [0, 1, 2, 3, 4], 0);
  // Stops, stations and entrances need a name and a position; generic nodes and boarding areas may omit them.
  const located = locationType <= 2;
  const parentStation = row.optional('parent_station');
  if (parentStation) index.parents.push([id, parentStation, line]);
  else if (locationType >= 2)
    report('parent_station', 'parent_station is required for location_type 2, 3 and 4');
  index.stops.set(id, locationType);
  return {
    id,
    code: row.optional('stop_code'),
    name: located ? row.required('stop_name') : (row.optional('stop_name') ?? ''),
    latitude: row.coordinate('stop_lat', 90, located),
    longitude: row.coordinate('stop_lon', 180, located),
    locationType,
    parentStation,
    wheelchairBoarding: row.enumeration('wheelchair_boarding', TRI_STATE, 0),
    platformCode: row.optional('platform_code'),
    zoneId: row.optional('zone_id'),
  };
}

export function readRoute(row: RowReader, index: FeedIndex, report: Report) {
  const id = row.required('route_id');
  unique(index.routes, id, 'route_id', report);
  index.routes.add(id);
  const agencyId = row.optional('agency_id');
  if (agencyId !== null && !index.agencies.has(agencyId))
    report('agency_id', `agency_id "${agencyId}" is not in agency.txt`);
  if (agencyId === null && index.agencies.size > 1)
    report('agency_id', 'agency_id is required when agency.txt lists several agencies');
  const shortName = row.optional('route_short_name');
  const longName = row.optional('route_long_name');
  if (!shortName && !longName) report('route_short_name', 'route_short_name or route_long_name is required');
  const type = row.integer('route_type') ?? 3;
  if (!isRouteType(type)) report('route_type', `route_type ${type} is not a GTFS route type`);
  return { id, agencyId, shortName, longName, type, color: row.optional('route_color') };
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

export function readCalendar(row: RowReader, index: FeedIndex, report: Report) {
  const serviceId = row.required('service_id');
  unique(index.services, serviceId, 'service_id', report);
  index.services.add(serviceId);
  let weekdays = 0;
  WEEKDAYS.forEach((day, bit) => {
    const value = row.required(day);
    if (value === '1') weekdays |= 1 << bit;
    else if (value !== '0' && value !== '') report(day, `${day} must be 0 or 1, got "${value}"`);
  });
  const startDate = row.date('start_date');
  const endDate = row.date('end_date');
  if (startDate && endDate && endDate < startDate) report('end_date', 'end_date is before start_date');
  return { serviceId, weekdays, startDate, endDate };
}

export function readCalendarDate(row: RowReader, index: FeedIndex, report: Report) {
  const serviceId = row.required('service_id');
  index.services.add(serviceId);
  const date = row.date('date');
  const exceptionType = row.enumeration('exception_type', [1, 2], 1);
  if (!row.optional('exception_type')) report('exception_type', 'exception_type is required');
  return { serviceId, date, exceptionType };
}

export function readTrip(row: RowReader, index: FeedIndex, report: Report, line: number) {
  const id = row.required('trip_id');
  unique(index.trips, id, 'trip_id', report);
  index.trips.set(id, {
    line,
    lastSequence: -1,
    lastTime: -1,
    stopTimes: 0,
    firstTimed: false,
    lastTimed: false,
  });
  const routeId = row.required('route_id');
  if (routeId && !index.routes.has(routeId)) report('route_id', `route_id "${routeId}" is not in routes.txt`);
  const serviceId = row.required('service_id');
  if (serviceId && !index.services.has(serviceId))
    report('service_id', `service_id "${serviceId}" is in neither calendar.txt nor calendar_dates.txt`);
  return {
    id,
    routeId,
    serviceId,
    headsign: row.optional('trip_headsign'),
    shortName: row.optional('trip_short_name'),
    directionId: row.optional('direction_id') === null ? null : row.enumeration('direction_id', [0, 1], 0),
    wheelchairAccessible: row.enumeration('wheelchair_accessible', TRI_STATE, 0),
  };
}

/** stop_times.txt: rows of a trip must come in increasing stop_sequence (as feeds are written). */
export function readStopTime(row: RowReader, index: FeedIndex, report: Report) {
  const tripId = row.required('trip_id');
  const trip = index.trips.get(tripId);
  if (tripId && !trip) report('trip_id', `trip_id "${tripId}" is not in trips.txt`);
  const stopId = row.required('stop_id');
  const locationType = index.stops.get(stopId);
  if (stopId && locationType === undefined) report('stop_id', `stop_id "${stopId}" is not in stops.txt`);
  else if (locationType !== undefined && locationType !== 0)
    report(
      'stop_id',
      `stop_id "${stopId}" is a station or entrance (location_type ${locationType}), not a stop`,
    );
  const stopSequence = row.integer('stop_sequence') ?? 0;
  const arrival = row.time('arrival_time');
  const departure = row.time('departure_time');
  const malformed = row.invalid.has('arrival_time') || row.invalid.has('departure_time');
  if (!malformed && (arrival === null) !== (departure === null))
    report(
      arrival === null ? 'arrival_time' : 'departure_time',
      'arrival_time and departure_time go together',
    );
  if (arrival !== null && departure !== null && departure < arrival)
    report('departure_time', 'departure_time is before arrival_time');
  if (trip) {
    if (stopSequence <= trip.lastSequence)
      report(
        'stop_sequence',
        `stop_sequence ${stopSequence} does not follow ${trip.lastSequence} of trip "${tripId}"`,
      );
    if (arrival !== null && arrival < trip.lastTime)
      report('arrival_time', `arrival_time goes back in time within trip "${tripId}"`);
    if (trip.stopTimes === 0) trip.firstTimed = arrival !== null || malformed;
    trip.stopTimes++;
    trip.lastSequence = stopSequence;
    trip.lastTimed = arrival !== null || malformed;
    if (departure !== null) trip.lastTime = departure;
  }
  return {
    tripId,
    stopSequence,
    stopId,
    arrival,
    departure,
    pickupType: row.enumeration('pickup_type', [0, 1, 2, 3], 0),
    dropOffType: row.enumeration('drop_off_type', [0, 1, 2, 3], 0),
    stopHeadsign: row.optional('stop_headsign'),
  };
}
