/**
 * The fare zone of a ride, from the zone map the transit part of the graph
 * publishes (`fareZoneMap { version zones { id name stopIds } }`, also the
 * format of its TRANSIT_FARE_ZONES_PATH file). The driver's app caches the map
 * and names the stops of the ride (the trip it drives, from the boarding stop
 * on), so the free-ride answer comes from the timetable, not from a setting
 * in the app.
 */

export interface FareZoneMap {
  version: string;
  zones: Array<{ id: string; name?: string | null; stopIds: string[] }>;
}

/**
 * The zone every stop of the ride lies in, for `verifyKaarstPassToken`'s
 * `tripZone`: the Kaarst zone when all stops are in it, else another zone
 * they all share, else null (a ride across zones, or a stop the map lacks).
 */
export function rideZone(map: FareZoneMap, stopIds: string[], preferred = 'kaarst'): string | null {
  if (stopIds.length === 0) return null;
  const members = new Map(map.zones.map((zone) => [zone.id, new Set(zone.stopIds)]));
  const shared = [...members.keys()].filter((id) => stopIds.every((stop) => members.get(id)?.has(stop)));
  return shared.includes(preferred) ? preferred : (shared.sort()[0] ?? null);
}
