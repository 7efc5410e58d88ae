/**
 * Non-intrusive load monitoring after G. W. Hart, "Nonintrusive appliance load
 * monitoring" (Proc. IEEE, 1992), as NILMTK's hart_85 does it: find steady
 * states in the total power, take the steps between them as appliance
 * switchings, pair each switch-off with the switch-on it undoes, and cluster
 * the pairs by power into appliance signatures. Smart meters give active power
 * only (no reactive power), so clusters are by watts alone.
 */

export interface PowerSamples {
  /** Epoch ms, ascending, about one per second. */
  at: ArrayLike<number>;
  watts: ArrayLike<number>;
}

export interface Transition {
  at: number;
  /** Positive: something switched on. */
  deltaW: number;
}

export interface HartOptions {
  /** Samples within this of the running mean belong to the same steady state. */
  stateThresholdW: number;
  /** Steps smaller than this are noise (lamps, chargers): not appliances we can tell apart. */
  noiseLevelW: number;
  /** A steady state lasts at least this many samples; shorter ones are transients (inrush, ramps). */
  minSamples: number;
  /** No step is inferred across a hole in the data longer than this. */
  maxGapMs: number;
  /** An on/off pair matches within max(minToleranceW, toleranceShare × the larger step). */
  minToleranceW: number;
  toleranceShare: number;
  /** Switch-ons waiting longer than this for their switch-off are dropped. */
  maxOnMs: number;
  /** Pairs shorter than this are a motor's wobble or a transient, not an appliance's run. */
  minOnMs: number;
}

export const DEFAULT_HART: HartOptions = {
  stateThresholdW: 15,
  noiseLevelW: 70,
  minSamples: 3,
  maxGapMs: 10_000,
  minToleranceW: 30,
  toleranceShare: 0.1,
  maxOnMs: 12 * 3_600_000,
  minOnMs: 30_000,
};

/** Steps between steady states. A transient between two of them is skipped: the step is level to level. */
export function findTransitions(samples: PowerSamples, options: HartOptions = DEFAULT_HART): Transition[] {
  const transitions: Transition[] = [];
  const n = samples.at.length;
  let steadyMean: number | null = null; // the last steady level
  let changeAt = 0; // first sample after the last steady state
  let runSum = 0;
  let runCount = 0;
  let lastAt = Number.NEGATIVE_INFINITY;

  /** Ends the current run; a long enough run is a steady state, and the step to it is a transition. */
  const closeRun = (): boolean => {
    if (runCount < options.minSamples) return false;
    const mean = runSum / runCount;
    if (steadyMean !== null && Math.abs(mean - steadyMean) >= options.noiseLevelW)
      transitions.push({ at: changeAt, deltaW: mean - steadyMean });
    steadyMean = mean;
    return true;
  };

  for (let i = 0; i < n; i++) {
    const at = samples.at[i] as number;
    const watts = samples.watts[i] as number;
    if (at - lastAt > options.maxGapMs) {
      // A hole: what happened inside it is unknown.
      steadyMean = null;
      runCount = 0;
    }
    lastAt = at;
    if (runCount > 0 && Math.abs(watts - runSum / runCount) < options.stateThresholdW) {
      runSum += watts;
      runCount++;
      continue;
    }
    // A new run starts here. After a steady state this sample is where the change began;
    // after a transient the change began earlier and changeAt stays.
    if (runCount === 0 || closeRun()) changeAt = at;
    runSum = watts;
    runCount = 1;
  }
  closeRun();
  return transitions;
}

export interface Activation {
  on: number;
  off: number;
  /** Mean of the on and off step, in W. */
  powerW: number;
}

/**
 * Pairs each switch-off with a waiting switch-on of about the same size: the
 * closest in watts, the latest of equals (the appliance switched on last is the
 * likelier one to go off first when two are alike).
 */
export function pairTransitions(
  transitions: Transition[],
  options: HartOptions = DEFAULT_HART,
): Activation[] {
  const waiting: Transition[] = [];
  const activations: Activation[] = [];
  for (const t of transitions) {
    while (waiting.length > 0 && t.at - (waiting[0] as Transition).at > options.maxOnMs) waiting.shift();
    if (t.deltaW > 0) {
      waiting.push(t);
      continue;
    }
    const off = -t.deltaW;
    let best = -1;
    let bestMismatch = Number.POSITIVE_INFINITY;
    for (let i = waiting.length - 1; i >= 0; i--) {
      const on = (waiting[i] as Transition).deltaW;
      const mismatch = Math.abs(on - off);
      const tolerance = Math.max(options.minToleranceW, options.toleranceShare * Math.max(on, off));
      if (mismatch <= tolerance && mismatch < bestMismatch) {
        best = i;
        bestMismatch = mismatch;
      }
    }
    if (best < 0) continue;
    const [on] = waiting.splice(best, 1) as [Transition];
    if (t.at - on.at >= options.minOnMs)
      activations.push({ on: on.at, off: t.at, powerW: (on.deltaW + off) / 2 });
  }
  return activations;
}
