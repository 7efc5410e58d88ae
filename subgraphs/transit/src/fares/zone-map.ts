/**
 * Fare zones: the feed's GTFS fares v2 areas (areas.txt, stop_areas.txt),
 * else its stops' zone_id (fares v1), and a configured zone map on top, for
 * feeds whose zones are not the town's (the VRR's feed has no zone "kaarst").
 * The map is a JSON file at TRANSIT_FARE_ZONES_PATH, the format the graph's
 * fareZoneMap answers with too (docs: subgraphs/transit/README.md):
 *
 *   { "zones": [ { "id": "kaarst", "name": "Kaarst", "stopIds": ["de:05162:1234", ...] } ] }
 *
 * A zone of the map and one of the feed with the same id are one zone with
 * the stops of both. A station's id stands for its platforms.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { env } from '@kaarst/kit';
import type { FareZoneSource } from '../timetable/assemble.ts';
import type { Timetable } from '../timetable/model.ts';

/** Reads and checks a zone map; throws naming what is wrong. */
export function readZoneMap(file: string): FareZoneSource[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`fare zone map ${file} is not readable JSON: ${(error as Error).message}`);
  }
  const zones = (data as { zones?: unknown } | null)?.zones;
  if (!Array.isArray(zones)) throw new Error(`fare zone map ${file}: expected { "zones": [...] }`);
  const seen = new Set<string>();
  return zones.map((zone: unknown, i) => {
    const { id, name, stopIds } = (zone ?? {}) as Record<string, unknown>;
    const where = `fare zone map ${file}, zones[${i}]`;
    if (typeof id !== 'string' || id === '') throw new Error(`${where}: "id" must be a non-empty string`);
    if (seen.has(id)) throw new Error(`${where}: zone "${id}" appears twice`);
    seen.add(id);
    if (name !== undefined && name !== null && typeof name !== 'string')
      throw new Error(`${where}: "name" must be a string`);
    if (!Array.isArray(stopIds) || !stopIds.every((s) => typeof s === 'string'))
      throw new Error(`${where}: "stopIds" must be a list of stop ids`);
    return { id, name: (name as string | null | undefined) ?? null, stopIds: stopIds as string[] };
  });
}

/** The configured zone map (TRANSIT_FARE_ZONES_PATH), read once; none when unset. */
export function configuredZones(): FareZoneSource[] {
  const file = env('TRANSIT_FARE_ZONES_PATH');
  return file ? readZoneMap(file) : [];
}

export interface ZoneMap {
  /** Changes whenever the zones or their stops do: apps keep the map until it changes. */
  version: string;
  zones: Array<{ id: string; name: string | null; stopIds: string[] }>;
}

const maps = new WeakMap<Timetable, ZoneMap>();

/** The timetable's zones in the zone map format, platforms listed with their stations. */
export function zoneMapOf(tt: Timetable): ZoneMap {
  let map = maps.get(tt);
  if (!map) {
    const zones = tt.fareZones.map((zone) => ({
      id: zone.id,
      name: zone.name,
      stopIds: zone.stops.map((stop) => tt.stops[stop]?.id ?? '').sort(),
    }));
    const version = createHash('sha256').update(JSON.stringify(zones)).digest('base64url').slice(0, 16);
    map = { version, zones };
    maps.set(tt, map);
  }
  return map;
}

/** The zones of the stops a ride calls at from one stop time to another (inclusive), each once. */
export function zonesOfRide(tt: Timetable, fromStopTime: number, toStopTime: number): string[] {
  const zones = new Set<string>();
  for (let i = fromStopTime; i <= toStopTime; i++)
    for (const zone of tt.stops[tt.stStop[i] ?? 0]?.zones ?? []) zones.add(zone);
  return [...zones].sort();
}
