/**
 * RAPTOR (Delling, Pajor, Werneck: "Round-Based Public Transit Routing",
 * 2012): round k finds the earliest arrival at every stop with at most k
 * rides, scanning each pattern once from the first stop improved in round
 * k - 1. Labels are kept per round, so one search yields the Pareto set over
 * arrival and rides; run again for an earlier departure without a reset
 * (rRAPTOR), a label only counts when it beats every label with as many rides
 * or fewer of the later departures, which gives the Pareto set over
 * departure, arrival and rides (journeys.ts).
 *
 * As the Connection Scan before it: a change at one stop takes
 * MIN_CHANGE_SECONDS, one walk (a footpath) may follow each ride and precede
 * the first; wheelchairOnly keeps to trips with wheelchair_accessible = 1 and
 * boards, alights and walks only at stops with wheelchair_boarding = 1.
 * Times are whole seconds from the first service day's "noon minus 12 h".
 */
import { secondsToTargets } from './lower-bounds.ts';
import { MIN_CHANGE_SECONDS, type Timetable } from './model.ts';
import { Labels, NEVER, ROUNDS, wheelchairUsable } from './raptor-labels.ts';
import type { ServiceDay } from './service-days.ts';

/** Rides per journey at most (transfers + 1). */
export { MAX_RIDES, NEVER } from './raptor-labels.ts';

/** readyFrom: the stop was reached by a ride there; or it is an origin. Else the stop walked from. */
const BY_RIDE = -1;
const ORIGIN = -2;

export interface SearchSpace {
  origins: number[];
  targets: number[];
  wheelchairOnly: boolean;
  days: ServiceDay[];
  /** No boarding after this (seconds, as labels). */
  horizon: number;
}

/** A round's best arrival at the target: found in round `round` (<= its own), there at `stop`. */
export interface TargetLabel {
  arrival: number;
  round: number;
  stop: number;
  /** BY_RIDE, or the stop walked from. */
  from: number;
  walkSeconds: number;
}

const labelsOf = new WeakMap<Timetable, Labels>();

export class RaptorSearch {
  private readonly labels: Labels;
  private readonly usable: Uint8Array;
  private readonly isTarget: Uint8Array;
  /** Seconds to the target at the least, per stop (lower-bounds.ts). */
  private readonly toTarget: Int32Array;
  private readonly dayOffset: Int32Array;
  private readonly active: Uint8Array[];
  private readonly stopCount: number;
  readonly target: TargetLabel[] = [];
  /** The rounds whose target label the last run improved. */
  improved: number[] = [];
  /** Labels at or after this are useless (a walk straight to the target would be as fast). */
  bound = NEVER;
  /** How many stops the round before marked, and this round so far. */
  private before = 0;
  private nowCount = 0;

  constructor(
    readonly tt: Timetable,
    readonly space: SearchSpace,
  ) {
    this.stopCount = tt.stops.length;
    let labels = labelsOf.get(tt);
    if (!labels) {
      labels = new Labels(this.stopCount, tt.patternTripStart.length - 1);
      labelsOf.set(tt, labels);
    }
    this.labels = labels;
    this.usable = space.wheelchairOnly ? wheelchairUsable(tt) : new Uint8Array(this.stopCount).fill(1);
    this.isTarget = new Uint8Array(this.stopCount);
    for (const t of space.targets) this.isTarget[t] = 1;
    this.toTarget = secondsToTargets(tt, space.targets);
    const base = space.days[0]?.baseMs ?? 0;
    this.dayOffset = Int32Array.from(space.days, (day) => Math.round((day.baseMs - base) / 1000));
    this.active = space.days.map((day) => tt.calendar.activeOn(day));
    this.reset();
  }

  /** Forget every label (a new range of departures). */
  reset() {
    this.labels.ride.fill(NEVER);
    this.labels.ready.fill(NEVER);
    this.target.length = 0;
    for (let k = 0; k < ROUNDS; k++)
      this.target.push({ arrival: NEVER, round: k, stop: -1, from: BY_RIDE, walkSeconds: 0 });
  }

  usableStop(stop: number) {
    return this.usable[stop] === 1;
  }

  /** At least this many seconds from the stop to the target (NEVER: it cannot be reached). */
  secondsToTarget(stop: number) {
    return this.toTarget[stop] ?? NEVER;
  }

  /** One RAPTOR from the origins at `departure`, keeping the labels of later departures. */
  run(departure: number) {
    const { tt, labels } = this;
    const S = this.stopCount;
    this.improved = [];
    // A run that used up its rounds leaves its last marks: clear them.
    for (let n = 0; n < this.before; n++) labels.markedBefore[labels.listBefore[n] ?? 0] = 0;
    this.before = 0;
    // Anyone may leave an origin on foot; boarding there needs a usable stop (scanPattern).
    for (const origin of this.space.origins) {
      this.setReady(0, origin, departure, ORIGIN, 0);
      for (let f = tt.footpathStart[origin] ?? 0; f < (tt.footpathStart[origin + 1] ?? 0); f++) {
        const to = tt.footpathTo[f] ?? 0;
        const seconds = tt.footpathSeconds[f] ?? 0;
        if (this.usable[to] && departure + seconds + (this.toTarget[to] ?? NEVER) < this.bound)
          this.setReady(0, to, departure + seconds, origin, seconds);
      }
    }
    this.swapMarks();
    for (let k = 1; k < ROUNDS && this.before > 0; k++) {
      let improvedRides = 0;
      const patterns = this.collectPatterns();
      for (let n = 0; n < patterns; n++) {
        const pattern = labels.patternList[n] ?? 0;
        const from = labels.patternFrom[pattern] ?? 0;
        labels.patternFrom[pattern] = NEVER;
        improvedRides = this.scanPattern(k, pattern, from, improvedRides);
      }
      for (let n = 0; n < improvedRides; n++) {
        const stop = labels.rideImproved[n] ?? 0;
        labels.rideImprovedFlag[stop] = 0;
        const arrival = labels.ride[k * S + stop] ?? NEVER;
        for (let f = tt.footpathStart[stop] ?? 0; f < (tt.footpathStart[stop + 1] ?? 0); f++) {
          const to = tt.footpathTo[f] ?? 0;
          const seconds = tt.footpathSeconds[f] ?? 0;
          const at = arrival + seconds;
          if (!this.usable[to] || at + (this.toTarget[to] ?? NEVER) >= this.boundAt(k)) continue;
          this.setReady(k, to, at, stop, seconds);
          if (this.isTarget[to] && at < (this.target[k]?.arrival ?? NEVER))
            this.setTarget(k, at, to, stop, seconds);
        }
      }
      this.swapMarks();
    }
  }

  private boundAt(k: number) {
    return Math.min(this.bound, this.target[k]?.arrival ?? NEVER);
  }

  /** Patterns through the stops marked in the round before, each with the first such position. */
  private collectPatterns(): number {
    const { tt, labels } = this;
    let count = 0;
    for (let n = 0; n < this.before; n++) {
      const stop = labels.listBefore[n] ?? 0;
      for (let q = tt.stopPatternStart[stop] ?? 0; q < (tt.stopPatternStart[stop + 1] ?? 0); q++) {
        const pattern = tt.stopPatterns[q] ?? 0;
        const position = tt.stopPatternPositions[q] ?? 0;
        const known = labels.patternFrom[pattern] ?? NEVER;
        if (known === NEVER) labels.patternList[count++] = pattern;
        if (position < known) labels.patternFrom[pattern] = position;
      }
    }
    return count;
  }

  /** Rides along one pattern in round k, hopping on to an earlier trip wherever one can be caught. */
  private scanPattern(k: number, pattern: number, from: number, improvedCount: number): number {
    const { tt, labels, usable, toTarget, dayOffset } = this;
    const { patternStops, tripFirst, stArrival, stDeparture, stDropOff } = tt;
    const { ride, ready, markedBefore, rideImproved, rideImprovedFlag } = labels;
    const rideRow = k * this.stopCount;
    const readyRow = (k - 1) * this.stopCount;
    const stopsAt = tt.patternStopStart[pattern] ?? 0;
    const length = (tt.patternStopStart[pattern + 1] ?? 0) - stopsAt;
    let bound = this.boundAt(k);
    let trip = -1;
    let first = 0;
    let offset = 0;
    let day = 0;
    let boardedAt = -1;
    let count = improvedCount;
    for (let i = from; i < length; i++) {
      const stop = patternStops[stopsAt + i] ?? 0;
      if (trip >= 0) {
        const st = first + i;
        const arrival = offset + (stArrival[st] ?? 0);
        if (
          arrival < (ride[rideRow + stop] ?? NEVER) &&
          arrival + (toTarget[stop] ?? NEVER) < bound &&
          stDropOff[st] !== 1 &&
          usable[stop]
        ) {
          this.setRide(k, stop, arrival, boardedAt, st, day);
          if (!rideImprovedFlag[stop]) {
            rideImprovedFlag[stop] = 1;
            rideImproved[count++] = stop;
          }
          this.setReady(k, stop, arrival + MIN_CHANGE_SECONDS, BY_RIDE, 0);
          if (this.isTarget[stop] && arrival < (this.target[k]?.arrival ?? NEVER)) {
            this.setTarget(k, arrival, stop, BY_RIDE, 0);
            bound = this.boundAt(k);
          }
        }
      }
      if (!markedBefore[stop]) continue;
      const readyAt = ready[readyRow + stop] ?? NEVER;
      if (readyAt + (toTarget[stop] ?? NEVER) >= bound || !usable[stop]) continue;
      if (trip >= 0 && readyAt >= offset + (stDeparture[first + i] ?? 0)) continue;
      const found = this.earliestTrip(
        pattern,
        i,
        readyAt,
        trip < 0 ? NEVER : offset + (stDeparture[first + i] ?? 0),
      );
      if (found >= 0) {
        trip = found >> 2;
        day = found & 3;
        first = tripFirst[trip] ?? 0;
        offset = dayOffset[day] ?? 0;
        boardedAt = first + i;
      }
    }
    return count;
  }

  /**
   * The earliest trip of the pattern leaving position i at or after `ready`
   * (and before `before`) on any of the days, as trip << 2 | day; -1 if none.
   */
  private earliestTrip(pattern: number, i: number, ready: number, before: number): number {
    const { tt } = this;
    const low0 = tt.patternTripStart[pattern] ?? 0;
    const high0 = tt.patternTripStart[pattern + 1] ?? 0;
    let best = Math.min(before, this.space.horizon + 1);
    let found = -1;
    for (let d = 0; d < this.dayOffset.length; d++) {
      const offset = this.dayOffset[d] ?? 0;
      const seconds = ready - offset;
      let low = low0;
      let high = high0;
      while (low < high) {
        const mid = (low + high) >> 1;
        const t = tt.patternTrips[mid] ?? 0;
        if ((tt.stDeparture[(tt.tripFirst[t] ?? 0) + i] ?? 0) < seconds) low = mid + 1;
        else high = mid;
      }
      const active = this.active[d] as Uint8Array;
      for (let r = low; r < high0; r++) {
        const t = tt.patternTrips[r] ?? 0;
        const st = (tt.tripFirst[t] ?? 0) + i;
        const at = offset + (tt.stDeparture[st] ?? 0);
        if (at >= best) break;
        if (!active[tt.tripService[t] ?? 0]) continue;
        if (this.space.wheelchairOnly && tt.tripAccessible[t] !== 1) continue;
        if (tt.stPickup[st] === 1) continue;
        best = at;
        found = (t << 2) | d;
        break;
      }
    }
    return found;
  }

  private setRide(k: number, stop: number, arrival: number, board: number, exit: number, day: number) {
    const { labels } = this;
    const at = k * this.stopCount + stop;
    labels.rideBoard[at] = board;
    labels.rideExit[at] = exit;
    labels.rideDay[at] = day;
    for (let j = k; j < ROUNDS; j++) {
      const index = j * this.stopCount + stop;
      if ((labels.ride[index] ?? NEVER) <= arrival) break;
      labels.ride[index] = arrival;
      labels.rideRound[index] = k;
    }
  }

  private setReady(k: number, stop: number, time: number, from: number, walk: number) {
    const { labels } = this;
    const at = k * this.stopCount + stop;
    if ((labels.ready[at] ?? NEVER) <= time) return;
    labels.readyFrom[at] = from;
    labels.readyWalk[at] = walk;
    for (let j = k; j < ROUNDS; j++) {
      const index = j * this.stopCount + stop;
      if ((labels.ready[index] ?? NEVER) <= time) break;
      labels.ready[index] = time;
      labels.readyRound[index] = k;
    }
    if (!labels.markedNow[stop]) {
      labels.markedNow[stop] = 1;
      labels.listNow[this.nowCount++] = stop;
    }
  }

  private setTarget(k: number, arrival: number, stop: number, from: number, walk: number) {
    for (let j = k; j < ROUNDS; j++) {
      const label = this.target[j] as TargetLabel;
      if (label.arrival <= arrival) break;
      // A round with more rides that found nothing better answers with this label (round k's).
      label.arrival = arrival;
      label.round = k;
      if (j === k) {
        label.stop = stop;
        label.from = from;
        label.walkSeconds = walk;
        if (!this.improved.includes(k)) this.improved.push(k);
      }
    }
  }

  /** The stops marked in this round become the round before's. */
  private swapMarks() {
    const { labels } = this;
    for (let n = 0; n < this.before; n++) labels.markedBefore[labels.listBefore[n] ?? 0] = 0;
    for (let n = 0; n < this.nowCount; n++) {
      const stop = labels.listNow[n] ?? 0;
      labels.markedNow[stop] = 0;
      labels.markedBefore[stop] = 1;
      labels.listBefore[n] = stop;
    }
    this.before = this.nowCount;
    this.nowCount = 0;
  }

  /** The round whose own label a round's ride label at a stop is (labels pass on to later rounds). */
  rideLabel(k: number, stop: number) {
    const at = k * this.stopCount + stop;
    const round = this.labels.rideRound[at] ?? k;
    const own = round * this.stopCount + stop;
    return {
      round,
      arrival: this.labels.ride[at] ?? NEVER,
      board: this.labels.rideBoard[own] ?? -1,
      exit: this.labels.rideExit[own] ?? -1,
      day: this.labels.rideDay[own] ?? 0,
    };
  }

  readyLabel(k: number, stop: number) {
    const at = k * this.stopCount + stop;
    const round = this.labels.readyRound[at] ?? k;
    const own = round * this.stopCount + stop;
    return {
      round,
      time: this.labels.ready[at] ?? NEVER,
      from: this.labels.readyFrom[own] ?? ORIGIN,
      walkSeconds: this.labels.readyWalk[own] ?? 0,
    };
  }

  dayAt(index: number): ServiceDay {
    return this.space.days[index] as ServiceDay;
  }

  secondsOf(ms: number) {
    return Math.ceil((ms - (this.space.days[0]?.baseMs ?? 0)) / 1000);
  }

  msOf(seconds: number) {
    return (this.space.days[0]?.baseMs ?? 0) + seconds * 1000;
  }

  offsetOfDay(index: number) {
    return this.dayOffset[index] ?? 0;
  }

  isActive(day: number, trip: number) {
    return this.active[day]?.[this.tt.tripService[trip] ?? 0] === 1;
  }
}

export const READY_BY_RIDE = BY_RIDE;
export const READY_AT_ORIGIN = ORIGIN;
