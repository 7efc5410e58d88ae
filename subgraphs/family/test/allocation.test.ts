import { seededRandom as rng } from '@kaarst/kit/common';
import { describe, expect, it } from 'vitest';
import {
  type AgeGroup,
  type AllocationChild,
  type AllocationKita,
  allocate,
  blockingPairs,
} from '../src/domain/allocation.ts';

function shuffled<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function instance(seed: number, nChildren: number, nKitas: number, maxWishes: number) {
  const random = rng(seed);
  const kitaIds = Array.from({ length: nKitas }, (_, i) => `k${i}`);
  const children: AllocationChild[] = Array.from({ length: nChildren }, (_, i) => ({
    id: `c${String(i).padStart(5, '0')}`,
    ageGroup: (random() < 0.4 ? 'U3' : 'UE3') as AgeGroup,
    wishes: shuffled(kitaIds, random).slice(0, 1 + Math.floor(random() * maxWishes)),
  }));
  const kitas: AllocationKita[] = kitaIds.map((id) => ({
    id,
    capacity: { U3: Math.floor(random() * 4), UE3: Math.floor(random() * 6) },
    // Some children unlisted: they rank after the listed ones.
    priority: shuffled(
      children.map((c) => c.id),
      random,
    ).filter(() => random() < 0.9),
  }));
  return { children, kitas };
}

describe('deferred acceptance (child-proposing, capacities per Kita and age group)', () => {
  it('gives the hand-worked example its result and reasons', () => {
    // A and B have one U3 place each; A ranks c2 > c1 > c3, B ranks c1 > c3 > c2.
    // c1 proposes to A (held), c2 to A (A prefers c2, c1 refused), c3 to B (held), c1 to B
    // (B prefers c1, c3 refused), c3 to A (A keeps c2): c1→B, c2→A, c3 without a place.
    // c4 (UE3) wishes A, which has no UE3 place at all.
    const children: AllocationChild[] = [
      { id: 'c1', ageGroup: 'U3', wishes: ['A', 'B'] },
      { id: 'c2', ageGroup: 'U3', wishes: ['A', 'B'] },
      { id: 'c3', ageGroup: 'U3', wishes: ['B', 'A'] },
      { id: 'c4', ageGroup: 'UE3', wishes: ['A'] },
    ];
    const kitas: AllocationKita[] = [
      { id: 'A', capacity: { U3: 1 }, priority: ['c2', 'c1', 'c3', 'c4'] },
      { id: 'B', capacity: { U3: 1 }, priority: ['c1', 'c3', 'c2'] },
    ];
    const result = allocate(children, kitas);
    expect(Object.fromEntries(result.assignment)).toEqual({ c1: 'B', c2: 'A', c3: null, c4: null });
    const outcome = (childId: string, kitaId: string) =>
      result.wishes.find((w) => w.childId === childId && w.kitaId === kitaId)?.outcome;
    expect(outcome('c1', 'A')).toEqual({ kind: 'REFUSED', rank: 2, applicants: 3, places: 1, cutoffRank: 1 });
    expect(outcome('c1', 'B')).toEqual({ kind: 'ADMITTED' });
    expect(outcome('c2', 'B')).toEqual({ kind: 'HIGHER_WISH_ADMITTED', admittedKitaId: 'A' });
    expect(outcome('c3', 'B')).toEqual({ kind: 'REFUSED', rank: 2, applicants: 3, places: 1, cutoffRank: 1 });
    expect(outcome('c3', 'A')).toEqual({ kind: 'REFUSED', rank: 3, applicants: 3, places: 1, cutoffRank: 1 });
    expect(outcome('c4', 'A')).toEqual({
      kind: 'REFUSED',
      rank: 1,
      applicants: 1,
      places: 0,
      cutoffRank: null,
    });
    expect(blockingPairs(children, kitas, result.assignment)).toEqual([]);
  });

  it('the brute-force check finds a blocking pair in an unstable assignment (it can fail)', () => {
    const children: AllocationChild[] = [
      { id: 'c1', ageGroup: 'U3', wishes: ['A'] },
      { id: 'c2', ageGroup: 'U3', wishes: ['A'] },
    ];
    const kitas: AllocationKita[] = [{ id: 'A', capacity: { U3: 1 }, priority: ['c1', 'c2'] }];
    expect(
      blockingPairs(
        children,
        kitas,
        new Map([
          ['c1', null],
          ['c2', 'A'],
        ]),
      ),
    ).toEqual([{ childId: 'c1', kitaId: 'A' }]);
    // A wasted place blocks too.
    expect(
      blockingPairs(
        children,
        kitas,
        new Map([
          ['c1', null],
          ['c2', null],
        ]),
      ),
    ).toHaveLength(2);
  });

  it('is stable on 300 random small instances (brute force), within capacity, explaining every wish', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const { children, kitas } = instance(seed, 3 + (seed % 12), 1 + (seed % 5), 4);
      const result = allocate(children, kitas);
      expect(blockingPairs(children, kitas, result.assignment), `seed ${seed}`).toEqual([]);
      for (const kita of kitas)
        for (const group of ['U3', 'UE3'] as const) {
          const n = children.filter(
            (c) => c.ageGroup === group && result.assignment.get(c.id) === kita.id,
          ).length;
          expect(n).toBeLessThanOrEqual(kita.capacity[group] ?? 0);
        }
      expect(result.wishes).toHaveLength(children.reduce((n, c) => n + c.wishes.length, 0));
      for (const wish of result.wishes)
        if (wish.outcome.kind === 'REFUSED') {
          // A refusal means the Kita filled the group with children it ranks higher.
          const { rank, places, cutoffRank } = wish.outcome;
          expect(cutoffRank === null ? places : cutoffRank).toBeLessThan(rank);
        }
    }
  });

  it('is stable and the same for the same input on 500 children and 20 Kitas', () => {
    const { children, kitas } = instance(2026, 500, 20, 5);
    const first = allocate(children, kitas);
    expect(blockingPairs(children, kitas, first.assignment)).toEqual([]);
    // Same input, children in another order: the same result (the child-optimal stable one).
    const again = allocate([...children].reverse(), kitas);
    expect(Object.fromEntries(again.assignment)).toEqual(Object.fromEntries(first.assignment));
    expect([...first.assignment.values()].filter(Boolean).length).toBeGreaterThan(50);
  });

  // The speed (5,000 × 40 in under 2 s, the whole run included) is measured in bench/family.
  it('answers for all 5,000 children over 40 Kitas, stable at that size too', () => {
    const { children, kitas } = instance(7, 5000, 40, 5);
    const result = allocate(children, kitas);
    expect(result.assignment.size).toBe(5000);
    expect(blockingPairs(children, kitas, result.assignment)).toEqual([]);
  });

  it('refuses a list naming one Kita twice', () => {
    expect(() => allocate([{ id: 'c', ageGroup: 'U3', wishes: ['A', 'A'] }], [])).toThrow(/twice/);
  });
});
