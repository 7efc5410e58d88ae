/**
 * A synthetic household, made from known appliances with a fixed seed, so that
 * appliance detection can be measured against the truth (precision and recall
 * per appliance) and benchmarks have realistic data. One-second power with
 * measurement noise, small loads below the detection threshold, inrush spikes,
 * a heat pump that ramps up, an oven that cycles, and a washing machine whose
 * drum motor wobbles. All of it invented, none of it a measured household.
 */
import { seededRandom } from '@kaarst/kit/common';
import { DAY, HOUR, MINUTE } from './time.ts';

export type ApplianceName = 'fridge' | 'kettle' | 'washing machine' | 'heat pump' | 'tv' | 'oven';

export interface TrueActivation {
  appliance: ApplianceName;
  on: number;
  off: number;
  powerW: number;
}

export interface SyntheticHousehold {
  start: number;
  at: Float64Array;
  watts: Float32Array;
  truth: TrueActivation[];
}

export interface HouseholdOptions {
  seed: number;
  start: number;
  days: number;
  /** Leave out appliances, e.g. a flat without heat pump. */
  without?: ApplianceName[];
}

export function generateHousehold({ seed, start, days, without = [] }: HouseholdOptions): SyntheticHousehold {
  const random = seededRandom(seed); // the same seed gives the same household
  const between = (low: number, high: number) => low + (high - low) * random();
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const seconds = Math.round((days * DAY) / 1000);
  const watts = new Float32Array(seconds);
  const truth: TrueActivation[] = [];
  const end = start + days * DAY;

  /** Adds `w` watts over [from, to) (ms); `record` puts it in the truth. */
  const run = (appliance: ApplianceName | null, from: number, to: number, w: number, record = true) => {
    const a = Math.max(0, Math.floor((from - start) / 1000));
    const b = Math.min(seconds, Math.floor((to - start) / 1000));
    for (let s = a; s < b; s++) watts[s] = (watts[s] ?? 0) + w;
    if (appliance && record && b > a)
      truth.push({ appliance, on: start + a * 1000, off: start + b * 1000, powerW: w });
  };
  const spike = (at: number, w: number, secondsLong: number) =>
    run(null, at, at + secondsLong * 1000, w, false);
  const has = (name: ApplianceName) => !without.includes(name);

  // Always on: router, standby, circulation pump.
  run(null, start, end, 65, false);
  // Lamps and chargers: small steps the detector should leave alone.
  for (let t = start; t < end; t += between(10, 40) * MINUTE)
    run(null, t, t + between(10, 120) * MINUTE, between(5, 40), false);

  if (has('fridge')) {
    const power = 95;
    for (let t = start + between(0, 30) * MINUTE; t < end; ) {
      const on = between(11, 19) * MINUTE;
      run('fridge', t, t + on, power + normal() * 2);
      spike(t, 250, 2); // compressor inrush: two seconds, a transient
      t += on + between(27, 43) * MINUTE;
    }
  }
  for (let day = start; day < end; day += DAY) {
    if (has('kettle'))
      for (const hour of [7, 10, 15, 20]) {
        if (random() < 0.15) continue;
        const at = day + (hour + between(-0.8, 0.8)) * HOUR;
        run('kettle', at, at + between(2.2, 4) * MINUTE, 2200 + normal() * 25);
      }
    if (has('tv')) {
      const at = day + between(18.5, 20.5) * HOUR;
      run('tv', at, at + between(1.5, 3.5) * HOUR, 120 + normal() * 3);
    }
    const weekday = Math.floor((day - start) / DAY) % 7;
    if (has('washing machine') && [0, 2, 5].includes(weekday)) {
      let t = day + between(9, 17) * HOUR;
      run(null, t, t + 5 * MINUTE, 30, false); // filling
      t += 5 * MINUTE;
      const heat = between(14, 22) * MINUTE;
      run('washing machine', t, t + heat, 1950 + normal() * 20);
      t += heat;
      // The drum turns both ways: a motor wobbling between 100 and 220 W every 20-40 s.
      for (const stop = t + 60 * MINUTE; t < stop; t += between(20, 40) * 1000)
        run(null, t, t + 15_000, between(100, 220), false);
      run(null, t, t + 9 * MINUTE, 450, false); // spin
    }
    if (has('oven') && [3, 6].includes(weekday)) {
      // The thermostat cycles the element while baking.
      const stop = day + between(17, 18) * HOUR + between(45, 60) * MINUTE;
      for (let t = stop - 55 * MINUTE; t < stop; ) {
        const on = t === stop - 55 * MINUTE ? 12 * MINUTE : between(3, 5) * MINUTE;
        run('oven', t, t + on, 2900 + normal() * 30);
        t += on + between(1.5, 3) * MINUTE;
      }
    }
  }
  if (has('heat pump'))
    for (let t = start + between(0, 60) * MINUTE; t < end; ) {
      const on = between(35, 70) * MINUTE;
      const power = 2600 + normal() * 30;
      // The compressor ramps up over 30 s: transients before the steady level.
      for (let s = 0; s < 30; s++) run(null, t + s * 1000, t + (s + 1) * 1000, (power * s) / 30, false);
      run(null, t + 30_000, t + on, power, false);
      truth.push({ appliance: 'heat pump', on: t, off: t + on, powerW: power });
      t += on + between(40, 110) * MINUTE;
    }

  const at = new Float64Array(seconds);
  for (let s = 0; s < seconds; s++) {
    at[s] = start + s * 1000;
    watts[s] = Math.max(0, (watts[s] ?? 0) + normal() * 4);
  }
  truth.sort((a, b) => a.on - b.on);
  return { start, at, watts, truth };
}

/** 15-minute energy (Wh) of one-second power, as a meter's load profile would show it. */
export function quarterHours(household: SyntheticHousehold): { starts: number[]; importWh: number[] } {
  const starts: number[] = [];
  const importWh: number[] = [];
  for (let s = 0; s < household.watts.length; s += 900) {
    let wh = 0;
    for (let k = s; k < Math.min(s + 900, household.watts.length); k++)
      wh += (household.watts[k] as number) / 3600;
    starts.push(household.start + s * 1000);
    importWh.push(wh);
  }
  return { starts, importWh };
}
