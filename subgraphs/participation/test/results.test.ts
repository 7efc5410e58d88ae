import { describe, expect, it } from 'vitest';
import { affordability, equalShares, equalSharesRounds, greedyByVotes, toPabulib } from '../src/results.ts';

/**
 * The hand-worked example: budget 100 €, 10 voters (so 10 € each under Equal Shares).
 *   A 40 €, approved by v1..v6     B 40 €, approved by v1..v6
 *   C 40 €, approved by v7..v10    D 15 €, approved by v1, v2
 * Greedy by votes: A (6, 40), B (6, 80), C does not fit (120), D (95) → {A, B, D}.
 * Equal Shares, round 1: ρ(A) = ρ(B) = 40/6 ≈ 6.67, ρ(C) = 40/4 = 10, ρ(D) = 15/2 = 7.5 → A
 *   (A and B tie on ρ, votes and cost: the order given decides); v1..v6 keep 10 − 6.67 = 3.33.
 * Round 2: B: v1..v6 hold 20 < 40, not affordable; D: v1, v2 hold 6.67 < 15, not affordable;
 *   C: ρ = 10 → C; v7..v10 keep 0. Round 3: nothing affordable. MES alone: {A, C}, 80 €.
 * Greedy completion with the 20 € left: B (40) does not fit, D (15) does → {A, C, D}, 95 €.
 */
const projects = [
  { id: 'A', cost: 40 },
  { id: 'B', cost: 40 },
  { id: 'C', cost: 40 },
  { id: 'D', cost: 15 },
];
const ballots = [
  ['A', 'B', 'D'],
  ['A', 'B', 'D'],
  ['A', 'B'],
  ['A', 'B'],
  ['A', 'B'],
  ['A', 'B'],
  ['C'],
  ['C'],
  ['C'],
  ['C'],
];

describe('winner rules on the hand-worked example', () => {
  it('greedy by votes takes A, B, D', () => {
    expect(greedyByVotes(projects, ballots, 100)).toEqual({ selected: ['A', 'B', 'D'], cost: 95 });
  });

  it('Equal Shares alone takes A, then C, then stops', () => {
    expect(equalSharesRounds(projects, ballots, 100)).toEqual(['A', 'C']);
  });

  it('Equal Shares completed by greedy adds D with the money left', () => {
    expect(equalShares(projects, ballots, 100)).toEqual({ selected: ['A', 'C', 'D'], cost: 95 });
  });

  it('ρ: those who cannot pay ρ pay what they have, the rest share the remainder', () => {
    expect(affordability([1, 5, 5], 9)).toBeCloseTo(4); // 1 + 4 + 4
    expect(affordability([10, 10, 10, 10], 40)).toBeCloseTo(10);
    expect(affordability([1, 5, 5], 12)).toBeNull(); // they hold 11 together
  });

  it('a minority that cannot afford its project alone gets nothing from MES, and greedy fills', () => {
    // budget 30, 3 voters (10 each); X (30) approved by v1 only: ρ would be 30 > 10.
    const p = [
      { id: 'X', cost: 30 },
      { id: 'Y', cost: 12 },
    ];
    const b = [['X'], ['Y'], ['Y']];
    expect(equalSharesRounds(p, b, 30)).toEqual(['Y']);
    expect(equalShares(p, b, 30)).toEqual({ selected: ['Y'], cost: 12 });
    expect(greedyByVotes(p, b, 30)).toEqual({ selected: ['Y'], cost: 12 });
  });
});

describe('Pabulib export', () => {
  it('writes META, PROJECTS and VOTES that count back to the same votes', () => {
    const text = toPabulib({
      description: 'Test; "quoted"',
      instance: 'x',
      budget: 100,
      style: 'KNAPSACK',
      maxApprovals: null,
      rule: 'EQUAL_SHARES',
      projects: projects.map((p) => ({
        ...p,
        name: `Projekt ${p.id}`,
        district: 'Mitte',
        selected: p.id !== 'B',
      })),
      ballots,
    });
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe('META');
    expect(lines).toContain('description;"Test; ""quoted"""');
    expect(lines).toContain('num_votes;10');
    expect(lines).toContain('rule;equalshares');
    expect(lines).toContain('max_sum_cost;100');
    const projectsAt = lines.indexOf('PROJECTS');
    expect(lines[projectsAt + 1]).toBe('project_id;cost;votes;name;district;selected');
    expect(lines[projectsAt + 2]).toBe('1;40;6;Projekt A;Mitte;1');
    expect(lines[projectsAt + 3]).toBe('2;40;6;Projekt B;Mitte;0');
    const votes = lines.slice(lines.indexOf('VOTES') + 2);
    expect(votes).toHaveLength(10);
    expect(votes[0]).toBe('1;1,2,4');
    // Recount from the file: the votes column matches the VOTES section.
    const counted = new Map<string, number>();
    for (const line of votes)
      for (const id of (line.split(';')[1] ?? '').split(',')) counted.set(id, (counted.get(id) ?? 0) + 1);
    expect(Object.fromEntries(counted)).toEqual({ '1': 6, '2': 6, '3': 4, '4': 2 });
  });
});
