/** The labels RAPTOR keeps per round and stop (raptor.ts), in typed arrays reused between queries. */
import type { Timetable } from './model.ts';

/** Rides per journey at most (transfers + 1). */
export const MAX_RIDES = 10;
export const ROUNDS = MAX_RIDES + 1;
export const NEVER = 0x7fffffff;

/** Per-round labels over all stops, allocated once per timetable and reused (queries run one at a time). */
export class Labels {
  readonly ride: Int32Array;
  readonly rideRound: Int8Array;
  readonly rideBoard: Int32Array;
  readonly rideExit: Int32Array;
  readonly rideDay: Int8Array;
  readonly ready: Int32Array;
  readonly readyRound: Int8Array;
  readonly readyFrom: Int32Array;
  readonly readyWalk: Int32Array;
  readonly markedBefore: Uint8Array;
  readonly markedNow: Uint8Array;
  readonly listBefore: Int32Array;
  readonly listNow: Int32Array;
  readonly rideImproved: Int32Array;
  readonly rideImprovedFlag: Uint8Array;
  readonly patternFrom: Int32Array;
  readonly patternList: Int32Array;
  constructor(stops: number, patterns: number) {
    const size = ROUNDS * stops;
    this.ride = new Int32Array(size);
    this.rideRound = new Int8Array(size);
    this.rideBoard = new Int32Array(size);
    this.rideExit = new Int32Array(size);
    this.rideDay = new Int8Array(size);
    this.ready = new Int32Array(size);
    this.readyRound = new Int8Array(size);
    this.readyFrom = new Int32Array(size);
    this.readyWalk = new Int32Array(size);
    this.markedBefore = new Uint8Array(stops);
    this.markedNow = new Uint8Array(stops);
    this.listBefore = new Int32Array(stops);
    this.listNow = new Int32Array(stops);
    this.rideImproved = new Int32Array(stops);
    this.rideImprovedFlag = new Uint8Array(stops);
    this.patternFrom = new Int32Array(patterns).fill(NEVER);
    this.patternList = new Int32Array(patterns);
  }
}

const wheelchairStops = new WeakMap<Timetable, Uint8Array>();

/** Per stop: 1 where a wheelchair user can board (wheelchair_boarding 1), built once per timetable. */
export function wheelchairUsable(tt: Timetable): Uint8Array {
  let usable = wheelchairStops.get(tt);
  if (!usable) {
    usable = Uint8Array.from(tt.stops, (stop) => (stop.wheelchairBoarding === 1 ? 1 : 0));
    wheelchairStops.set(tt, usable);
  }
  return usable;
}
