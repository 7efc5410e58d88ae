/**
 * The mobile citizens' office's visit day: the order of home visits that makes
 * a short round trip from the town hall and back. A nearest-neighbour tour,
 * improved by 2-opt (reverse a stretch of the tour while that shortens it;
 * Croes 1958) until no reversal helps. Distances are great-circle distances
 * times a detour factor for the road network; travel times follow from an
 * average town speed. Both are estimates, good enough to promise time windows.
 */

export interface Point {
  latitude: number;
  longitude: number;
}

/** Roads are longer than the straight line between two addresses (a usual factor for towns). */
export const DETOUR_FACTOR = 1.3;
/** Average speed of the van in town, stops at lights included. */
export const TOWN_SPEED_KMH = 25;

const EARTH_RADIUS_KM = 6371.0088;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance (haversine), in km. */
export function haversineKm(a: Point, b: Point): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Estimated road distance in km. */
export const roadKm = (a: Point, b: Point) => haversineKm(a, b) * DETOUR_FACTOR;
/** Estimated driving time in minutes (whole minutes, rounded up). */
export const travelMinutes = (a: Point, b: Point) => Math.ceil((roadKm(a, b) / TOWN_SPEED_KMH) * 60);

/** Length of the round trip depot -> stops in `order` -> depot, in km. */
export function tourKm(depot: Point, stops: Point[], order: number[]): number {
  let total = 0;
  let at = depot;
  for (const index of order) {
    const next = stops[index] as Point;
    total += roadKm(at, next);
    at = next;
  }
  return total + roadKm(at, depot);
}

export function nearestNeighbour(depot: Point, stops: Point[]): number[] {
  const left = new Set(stops.keys());
  const order: number[] = [];
  let at = depot;
  while (left.size > 0) {
    let best = -1;
    let bestKm = Number.POSITIVE_INFINITY;
    for (const index of left) {
      const km = roadKm(at, stops[index] as Point);
      if (km < bestKm) [best, bestKm] = [index, km];
    }
    order.push(best);
    left.delete(best);
    at = stops[best] as Point;
  }
  return order;
}

/**
 * 2-opt on the closed tour (the depot is position 0 and stays there): while
 * reversing some stretch i..j shortens the tour, reverse it.
 */
function twoOpt(depot: Point, stops: Point[], start: number[]): number[] {
  const tour = [depot, ...start.map((i) => stops[i] as Point)];
  const ids = [-1, ...start];
  const n = tour.length;
  const at = (k: number) => tour[k % n] as Point;
  const EPSILON = 1e-9;
  let improved = true;
  while (improved) {
    improved = false;
    for (let i = 1; i < n - 1; i++) {
      for (let j = i + 1; j < n; j++) {
        // Edges (i-1, i) and (j, j+1) become (i-1, j) and (i, j+1).
        const before = roadKm(at(i - 1), at(i)) + roadKm(at(j), at(j + 1));
        const after = roadKm(at(i - 1), at(j)) + roadKm(at(i), at(j + 1));
        if (after < before - EPSILON) {
          reverse(tour, i, j);
          reverse(ids, i, j);
          improved = true;
        }
      }
    }
  }
  return ids.slice(1);
}

function reverse<T>(items: T[], from: number, to: number) {
  for (let i = from, j = to; i < j; i++, j--) [items[i], items[j]] = [items[j] as T, items[i] as T];
}

/** The order (indexes into `stops`) of a short round trip from `depot` and back. */
export function planRoute(depot: Point, stops: Point[]): number[] {
  if (stops.length <= 1) return [...stops.keys()];
  return twoOpt(depot, stops, nearestNeighbour(depot, stops));
}
