/** Reads the active feed from the database into the parts assemble.ts builds a Timetable of. */
import type { PrismaClient } from '../generated/prisma/client.ts';
import { assembleTimetable, type FareZoneSource } from './assemble.ts';
import { allocateStopTimes, expandFrequencies, type FrequencyRow, type StopTimes } from './frequencies.ts';
import type { StopInfo, Timetable, TripInfo } from './model.ts';
import { ServiceCalendar } from './service-days.ts';

const PAGE = 50_000;

/** Reads the active feed; null when none was imported. `extraZones` come from a configured zone map. */
export async function loadTimetable(
  db: PrismaClient,
  extraZones: FareZoneSource[] = [],
): Promise<Timetable | null> {
  const feed = await db.feed.findFirst({ where: { status: 'ACTIVE' }, orderBy: { id: 'desc' } });
  if (!feed) return null;
  const feedId = feed.id;
  const [stopRows, routeRows, tripRows, calendars, exceptions, frequencyRows, areas, stopAreas, agencies] =
    await Promise.all([
      db.stop.findMany({ where: { feedId }, orderBy: { id: 'asc' } }),
      db.route.findMany({ where: { feedId } }),
      db.trip.findMany({ where: { feedId }, orderBy: { id: 'asc' } }),
      db.serviceCalendar.findMany({ where: { feedId } }),
      db.calendarDate.findMany({ where: { feedId } }),
      db.frequency.findMany({ where: { feedId } }),
      db.area.findMany({ where: { feedId }, orderBy: { id: 'asc' } }),
      db.stopArea.findMany({ where: { feedId } }),
      db.agency.findMany({ where: { feedId }, select: { id: true } }),
    ]);
  const onlyAgency = agencies.length === 1 ? (agencies[0]?.id ?? null) : null;
  const stopIndex = new Map(stopRows.map((s, i) => [s.id, i]));
  const stops: StopInfo[] = stopRows.map((s) => ({
    id: s.id,
    name: s.name,
    latitude: s.latitude,
    longitude: s.longitude,
    locationType: s.locationType,
    parent: s.parentStation ? (stopIndex.get(s.parentStation) ?? -1) : -1,
    wheelchairBoarding: s.wheelchairBoarding,
    zones: [],
  }));
  const routeIndex = new Map(routeRows.map((r, i) => [r.id, i]));
  const serviceIds = [
    ...new Set([...calendars.map((c) => c.serviceId), ...exceptions.map((e) => e.serviceId)]),
  ];
  const serviceIndex = new Map(serviceIds.map((id, i) => [id, i]));
  const rules = new Map(calendars.map((c) => [c.serviceId, c]));
  const datesByService = new Map<string, Map<string, number>>();
  for (const e of exceptions) {
    const dates = datesByService.get(e.serviceId) ?? new Map<string, number>();
    dates.set(e.date, e.exceptionType);
    datesByService.set(e.serviceId, dates);
  }
  const calendar = new ServiceCalendar(
    serviceIds,
    serviceIds.map((id) => rules.get(id)),
    serviceIds.map((id) => datesByService.get(id)),
  );
  const tripIndex = new Map(tripRows.map((t, i) => [t.id, i]));
  const templates: TripInfo[] = tripRows.map((t) => ({
    id: t.id,
    gtfsId: t.id,
    route: routeIndex.get(t.routeId) ?? 0,
    service: serviceIndex.get(t.serviceId) ?? 0,
    headsign: t.headsign,
    directionId: t.directionId,
    wheelchairAccessible: t.wheelchairAccessible,
    firstStopTime: -1,
    lastStopTime: -1,
    frequency: null,
  }));
  const st = await loadStopTimes(db, feedId, templates, tripIndex, stopIndex);
  for (const trip of templates) interpolate(trip, st.arrival, st.departure);
  const frequencies = new Map<number, FrequencyRow[]>();
  for (const row of frequencyRows) {
    const trip = tripIndex.get(row.tripId);
    if (trip !== undefined) frequencies.set(trip, [...(frequencies.get(trip) ?? []), row]);
  }
  const expanded = expandFrequencies(templates, st, frequencies);
  // The feed's areas (fares v2); without them its zone_ids (fares v1); then the configured map.
  const zones: FareZoneSource[] =
    areas.length > 0
      ? areas.map((area) => ({
          id: area.id,
          name: area.name,
          stopIds: stopAreas.filter((s) => s.areaId === area.id).map((s) => s.stopId),
        }))
      : [...new Set(stopRows.flatMap((s) => (s.zoneId ? [s.zoneId] : [])))].map((id) => ({
          id,
          name: null,
          stopIds: stopRows.filter((s) => s.zoneId === id).map((s) => s.id),
        }));
  return assembleTimetable({
    feedId,
    timezone: feed.timezone,
    stops,
    stopIndex,
    routes: routeRows.map((r) => ({
      id: r.id,
      agencyId: r.agencyId ?? onlyAgency,
      shortName: r.shortName,
      longName: r.longName,
      type: r.type,
    })),
    trips: expanded.trips,
    calendar,
    st: expanded.st,
    zones: [...zones, ...extraZones],
  });
}

/** Ordered by trip and sequence, so each trip's stop times are contiguous; paged to bound memory. */
async function loadStopTimes(
  db: PrismaClient,
  feedId: number,
  trips: TripInfo[],
  tripIndex: Map<string, number>,
  stopIndex: Map<string, number>,
): Promise<StopTimes> {
  const st = allocateStopTimes(await db.stopTime.count({ where: { feedId } }));
  let at = 0;
  let cursor:
    | { feedId_tripId_stopSequence: { feedId: number; tripId: string; stopSequence: number } }
    | undefined;
  for (;;) {
    const page = await db.stopTime.findMany({
      where: { feedId },
      orderBy: [{ tripId: 'asc' }, { stopSequence: 'asc' }],
      take: PAGE,
      ...(cursor ? { cursor, skip: 1 } : {}),
    });
    for (const row of page) {
      const trip = tripIndex.get(row.tripId) ?? 0;
      const info = trips[trip];
      if (info) {
        if (info.firstStopTime < 0) info.firstStopTime = at;
        info.lastStopTime = at;
      }
      st.stop[at] = stopIndex.get(row.stopId) ?? 0;
      st.trip[at] = trip;
      st.sequence[at] = row.stopSequence;
      st.arrival[at] = row.arrival ?? -1;
      st.departure[at] = row.departure ?? -1;
      st.pickup[at] = row.pickupType;
      st.dropOff[at] = row.dropOffType;
      at++;
    }
    const last = page.at(-1);
    if (!last || page.length < PAGE) break;
    cursor = { feedId_tripId_stopSequence: { feedId, tripId: last.tripId, stopSequence: last.stopSequence } };
  }
  return st;
}

/** Stop times between timepoints get times spread evenly (GTFS leaves them to the consumer). */
function interpolate(trip: TripInfo, arrival: Int32Array, departure: Int32Array) {
  let previous = trip.firstStopTime;
  for (let i = trip.firstStopTime + 1; i <= trip.lastStopTime; i++) {
    if ((arrival[i] ?? -1) < 0) continue;
    const gap = i - previous;
    const from = departure[previous] ?? 0;
    const to = arrival[i] ?? 0;
    for (let k = 1; k < gap; k++) {
      const time = Math.round(from + ((to - from) * k) / gap);
      arrival[previous + k] = time;
      departure[previous + k] = time;
    }
    previous = i;
  }
}
