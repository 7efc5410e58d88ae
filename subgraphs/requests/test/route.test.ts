import { describe, expect, it } from 'vitest';
import {
  haversineKm,
  nearestNeighbour,
  type Point,
  planRoute,
  roadKm,
  tourKm,
} from '../src/mobile-office/route.ts';

const RATHAUS: Point = { latitude: 51.2262, longitude: 6.6193 };

/** Deterministic pseudo-random numbers (mulberry32), so every run plans the same addresses. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` addresses inside Kaarst's bounding box (Vorst to Büttgen). */
function addresses(n: number, seed: number): Point[] {
  const next = random(seed);
  return Array.from({ length: n }, () => ({
    latitude: 51.19 + next() * 0.06,
    longitude: 6.57 + next() * 0.1,
  }));
}

function permutations(items: number[]): number[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

describe('mobile office route planner (nearest neighbour + 2-opt)', () => {
  it('haversine: one degree of latitude is 111.2 km; Rathaus Kaarst to Neuss Hbf about 5.1 km', () => {
    expect(haversineKm({ latitude: 50, longitude: 6 }, { latitude: 51, longitude: 6 })).toBeCloseTo(
      111.19,
      1,
    );
    expect(haversineKm(RATHAUS, { latitude: 51.2047, longitude: 6.6842 })).toBeCloseTo(5.1, 1);
  });

  it('30 addresses: every one visited once, no longer than the order given nor than nearest neighbour alone', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const stops = addresses(30, seed);
      const route = planRoute(RATHAUS, stops);
      expect([...route].sort((a, b) => a - b)).toEqual([...stops.keys()]);
      const given = tourKm(RATHAUS, stops, [...stops.keys()]);
      const planned = tourKm(RATHAUS, stops, route);
      expect(planned).toBeLessThanOrEqual(given);
      expect(planned).toBeLessThanOrEqual(tourKm(RATHAUS, stops, nearestNeighbour(RATHAUS, stops)));
      // A random order of 30 addresses is far longer than a planned one.
      expect(planned).toBeLessThan(given * 0.6);
    }
  });

  it('leaves no 2-opt move that would shorten the tour (a local optimum)', () => {
    const stops = addresses(30, 7);
    const tour = [RATHAUS, ...planRoute(RATHAUS, stops).map((i) => stops[i] as Point)];
    const n = tour.length;
    const at = (k: number) => tour[k % n] as Point;
    for (let i = 1; i < n - 1; i++)
      for (let j = i + 1; j < n; j++) {
        const before = roadKm(at(i - 1), at(i)) + roadKm(at(j), at(j + 1));
        const after = roadKm(at(i - 1), at(j)) + roadKm(at(i), at(j + 1));
        expect(after).toBeGreaterThanOrEqual(before - 1e-9);
      }
  });

  it('finds the best tour of points on a circle, given in shuffled order', () => {
    const centre = { latitude: 51.2, longitude: 6.6 };
    const ring = Array.from({ length: 12 }, (_, k) => ({
      latitude: centre.latitude + 0.01 * Math.sin((2 * Math.PI * k) / 13),
      longitude: centre.longitude + 0.016 * Math.cos((2 * Math.PI * k) / 13),
    }));
    const depot = {
      latitude: centre.latitude + 0.01 * Math.sin((2 * Math.PI * 12) / 13),
      longitude: centre.longitude + 0.016 * Math.cos((2 * Math.PI * 12) / 13),
    };
    const shuffled = [5, 0, 9, 3, 11, 7, 1, 10, 4, 8, 2, 6];
    const stops = shuffled.map((k) => ring[k] as Point);
    const route = planRoute(depot, stops).map((i) => shuffled[i]);
    // Around the ring one way or the other.
    const ascending = [...ring.keys()];
    expect([ascending, [...ascending].reverse()]).toContainEqual(route);
  });

  it('on 8 addresses it is within 10 % of the optimum found by trying every order', () => {
    for (const seed of [11, 12, 13, 14]) {
      const stops = addresses(8, seed);
      const optimum = Math.min(
        ...permutations([...stops.keys()]).map((order) => tourKm(RATHAUS, stops, order)),
      );
      const planned = tourKm(RATHAUS, stops, planRoute(RATHAUS, stops));
      expect(planned).toBeGreaterThanOrEqual(optimum - 1e-9);
      expect(planned).toBeLessThanOrEqual(optimum * 1.1);
    }
  });
});
