/**
 * A generated network in memory (no database), for planner tests: stops on a
 * grid 350 m apart (neighbours are within walking distance), lines along rows
 * and columns in both directions, every `headway` minutes at staggered
 * minutes, on one daily service. Some stops and trips are not
 * wheelchair-accessible, and every fourth line has an express leaving two
 * minutes after each ordinary trip that overtakes it (so patterns split).
 */
import { assembleTimetable } from '../src/timetable/assemble.ts';
import { allocateStopTimes } from '../src/timetable/frequencies.ts';
import type { StopInfo, Timetable, TripInfo } from '../src/timetable/model.ts';
import { ServiceCalendar } from '../src/timetable/service-days.ts';

export interface GridOptions {
  rows: number;
  columns: number;
  lineStops: number;
  headwayMinutes: number;
  seed?: number;
}

export function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

export function gridNetwork({ rows, columns, lineStops, headwayMinutes, seed = 42 }: GridOptions): Timetable {
  const next = random(seed);
  const dLat = 350 / 111_195;
  const dLon = 350 / (111_195 * Math.cos((51.2 * Math.PI) / 180));
  const id = (r: number, c: number) => r * columns + c;
  const stops: StopInfo[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < columns; c++)
      stops.push({
        id: `s${r}_${c}`,
        name: `Stop ${r}/${c}`,
        latitude: 51 + r * dLat,
        longitude: 6.5 + c * dLon,
        locationType: 0,
        parent: -1,
        wheelchairBoarding: next() < 0.85 ? 1 : 2,
        zones: [],
      });
  const lines: number[][] = [];
  for (let r = 0; r < rows; r++)
    for (let s = 0; s + lineStops <= columns; s += lineStops)
      lines.push(Array.from({ length: lineStops }, (_, k) => id(r, s + k)));
  for (let c = 0; c < columns; c++)
    for (let s = 0; s + lineStops <= rows; s += lineStops)
      lines.push(Array.from({ length: lineStops }, (_, k) => id(s + k, c)));
  const runs: Array<{ info: TripInfo; stops: number[]; times: number[] }> = [];
  const addTrip = (route: number, path: number[], start: number, secondsPerStop: number) =>
    runs.push({
      info: {
        id: `t${runs.length}`,
        gtfsId: `t${runs.length}`,
        route,
        service: 0,
        headsign: null,
        directionId: null,
        wheelchairAccessible: next() < 0.7 ? 1 : 2,
        firstStopTime: -1,
        lastStopTime: -1,
        frequency: null,
      },
      stops: path,
      times: path.map((_, k) => start + k * secondsPerStop),
    });
  const headway = headwayMinutes * 60;
  lines.forEach((line, index) => {
    for (const path of [line, [...line].reverse()])
      for (let start = 5 * 3600 + ((index * 7) % headwayMinutes) * 60; start <= 22 * 3600; start += headway) {
        addTrip(index, path, start, 120);
        if (index % 4 === 0) addTrip(index, path, start + 120, 60);
      }
  });
  const st = allocateStopTimes(runs.reduce((n, run) => n + run.stops.length, 0));
  let at = 0;
  const trips = runs.map(({ info, stops: path, times }, t) => {
    info.firstStopTime = at;
    path.forEach((stop, k) => {
      st.stop[at] = stop;
      st.trip[at] = t;
      st.sequence[at] = k + 1;
      st.arrival[at] = times[k] ?? 0;
      st.departure[at] = times[k] ?? 0;
      at++;
    });
    info.lastStopTime = at - 1;
    return info;
  });
  return assembleTimetable({
    feedId: 1,
    timezone: 'Europe/Berlin',
    stops,
    stopIndex: new Map(stops.map((s, i) => [s.id, i])),
    routes: lines.map((_, i) => ({
      id: `r${i}`,
      agencyId: null,
      shortName: `${i + 1}`,
      longName: null,
      type: 3,
    })),
    trips,
    calendar: new ServiceCalendar(
      ['daily'],
      [{ weekdays: 127, startDate: '20260101', endDate: '20271231' }],
      [undefined],
    ),
    st,
    zones: [],
  });
}
