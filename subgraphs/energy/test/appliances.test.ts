import { describe, expect, it } from 'vitest';
import { detectAppliances, scoreDetection } from '../src/domain/appliances.ts';
import { findTransitions, pairTransitions } from '../src/domain/hart.ts';
import { generateHousehold, quarterHours } from '../src/domain/synthetic.ts';

const START = Date.parse('2026-01-05T00:00:00+01:00');

function series(levels: Array<[seconds: number, watts: number]>) {
  const at: number[] = [];
  const watts: number[] = [];
  let t = START;
  for (const [seconds, w] of levels)
    for (let s = 0; s < seconds; s++) {
      at.push(t);
      watts.push(w + ((s * 7) % 5) - 2); // a little deterministic noise
      t += 1000;
    }
  return { at, watts };
}

describe("Hart's steps and pairs", () => {
  it('finds level-to-level steps, skipping transients and small noise, and pairs overlapping appliances', () => {
    // base 100 W; fridge +90 W; kettle +2000 W (through a 2-sample inrush) while the fridge runs; lamp +20 W.
    const samples = series([
      [60, 100],
      [60, 190],
      [1, 2600],
      [1, 2400],
      [120, 2190],
      [60, 190],
      [30, 210],
      [60, 120],
    ]);
    const steps = findTransitions(samples);
    expect(steps.map((s) => Math.round(s.deltaW / 10) * 10)).toEqual([90, 2000, -2000, -90]);
    expect(steps[1]?.at).toBe(START + 120_000); // where the inrush began
    const pairs = pairTransitions(steps);
    expect(pairs.map((p) => [Math.round(p.powerW / 10) * 10, (p.off - p.on) / 1000])).toEqual([
      [2000, 122],
      [90, 272], // switched off at 332 s, after the lamp's 30 s
    ]);
  });

  it('infers no step across a hole in the data', () => {
    const before = series([[30, 100]]);
    const after = series([[30, 2100]]);
    const samples = {
      at: [...before.at, ...after.at.map((t) => t + 3_600_000)],
      watts: [...before.watts, ...after.watts],
    };
    expect(findTransitions(samples)).toEqual([]);
  });
});

describe('appliance detection on the synthetic household (seed 20, 14 days of 1 s power)', () => {
  const household = generateHousehold({ seed: 20, start: START, days: 14 });

  it('is the same household for the same seed', () => {
    const sum = (w: Float32Array) => w.reduce((total, x, i) => total + x * ((i % 97) + 1), 0);
    const once = generateHousehold({ seed: 20, start: START, days: 2 });
    const again = generateHousehold({ seed: 20, start: START, days: 2 });
    const other = generateHousehold({ seed: 21, start: START, days: 2 });
    expect(sum(again.watts)).toBe(sum(once.watts));
    expect(again.truth).toEqual(once.truth);
    expect(sum(other.watts)).not.toBe(sum(once.watts));
  });

  it('finds each appliance with precision and recall of at least 0.8, and its energy within 30 %', () => {
    const result = detectAppliances({ at: household.at, watts: household.watts }, 32);
    const scores = scoreDetection(result.signatures, household.truth);
    expect(scores.map((s) => s.appliance).sort()).toEqual([
      'fridge',
      'heat pump',
      'kettle',
      'oven',
      'tv',
      'washing machine',
    ]);
    for (const score of scores) {
      expect(score.recall, score.appliance).toBeGreaterThanOrEqual(0.8);
      expect(score.precision ?? 0, score.appliance).toBeGreaterThanOrEqual(0.8);
      expect(Math.abs(score.estimatedKwh - score.trueKwh) / score.trueKwh, score.appliance).toBeLessThan(0.3);
    }
    const kinds = result.signatures.slice(0, 2).map((s) => s.kind);
    expect(kinds).toEqual(['HEAT_PUMP', 'COOLING']);
    const heatPump = result.signatures[0];
    expect(heatPump?.eurPerMonth).toBeCloseTo(((heatPump?.kwhPerMonth ?? 0) * 32) / 100);
  });

  it('finds nothing of an appliance the household does not have', () => {
    const flat = generateHousehold({ seed: 7, start: START, days: 3, without: ['heat pump', 'oven'] });
    const result = detectAppliances({ at: flat.at, watts: flat.watts }, 32);
    expect(result.signatures.some((s) => s.powerW > 2500)).toBe(false);
    expect(quarterHours(flat).importWh).toHaveLength(3 * 96);
  });
});
