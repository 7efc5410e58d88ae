/**
 * Where an official warning applies, for the screens: CAP 1.2 areas may carry polygons ("lat,lon"
 * pairs separated by spaces, the first repeated last) and circles ("lat,lon radius-in-km"). A
 * warning with such shapes goes to the screens whose square lies inside one of them; a warning
 * without shapes goes by its area description (DISPLAY_WARNING_FEED_AREA) to every screen.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import { point, polygon } from '@turf/helpers';

export type WarningShape =
  | { kind: 'polygon'; ring: Array<[lat: number, lon: number]> }
  | { kind: 'circle'; lat: number; lon: number; radiusKm: number };

const pair = (text: string): [number, number] | null => {
  const [lat, lon, ...rest] = text.split(',').map((n) => Number(n.trim()));
  if (rest.length || lat === undefined || lon === undefined) return null;
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180)
    return null;
  return [lat, lon];
};

/** A CAP polygon, or null when it is not one (fewer than four pairs, not closed, bad numbers). */
export function parsePolygon(text: string): WarningShape | null {
  const ring = text.trim().split(/\s+/).map(pair);
  if (ring.length < 4 || ring.some((p) => p === null)) return null;
  const points = ring as Array<[number, number]>;
  const [first, last] = [points[0], points[points.length - 1]];
  if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) return null;
  return { kind: 'polygon', ring: points };
}

/** A CAP circle, or null when it is not one. */
export function parseCircle(text: string): WarningShape | null {
  const [centre, radius, ...rest] = text.trim().split(/\s+/);
  const at = centre ? pair(centre) : null;
  const radiusKm = Number(radius);
  if (!at || rest.length || !Number.isFinite(radiusKm) || radiusKm < 0) return null;
  return { kind: 'circle', lat: at[0], lon: at[1], radiusKm };
}

/** Whether a place (a screen's square) lies in a shape. */
export function placeInShape(lat: number, lon: number, shape: WarningShape): boolean {
  const here = point([lon, lat]);
  if (shape.kind === 'circle')
    return distance(point([shape.lon, shape.lat]), here, { units: 'kilometers' }) <= shape.radiusKm;
  return booleanPointInPolygon(here, polygon([shape.ring.map(([la, lo]) => [lo, la])]));
}

/**
 * The screens a warning is for: `null` for every screen (a warning without shapes), else the ids
 * of the screens inside one of its shapes (empty: none of the squares is concerned).
 */
export function screensInShapes(
  shapes: WarningShape[],
  screens: Array<{ id: string; latitude: number; longitude: number }>,
): string[] | null {
  if (shapes.length === 0) return null;
  return screens
    .filter((s) => shapes.some((shape) => placeInShape(s.latitude, s.longitude, shape)))
    .map((s) => s.id);
}
