/**
 * Writes sample/kaarst/*.txt, the project's sample GTFS feed: real stop names
 * and rough positions in Kaarst and Neuss, invented lines K1 and K2 and
 * invented S28 times, invented fare areas. Sample data, not a timetable of any operator.
 * Run: pnpm exec tsx sample/make-kaarst-sample.ts (from subgraphs/transit).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'kaarst');
const csv = (rows: Array<Array<string | number>>) => `${rows.map((row) => row.join(',')).join('\n')}\n`;
const hms = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;

// id, name, lat, lon, wheelchair_boarding (Driesch: not step-free in this sample; Büttgen Rathaus: unknown)
const stops: Array<[string, string, number, number, number]> = [
  ['ka_see', 'Kaarster See', 51.2345, 6.6405, 1],
  ['ka_bf', 'Kaarst Bahnhof', 51.2313, 6.631, 1],
  ['ka_rathaus', 'Kaarst Rathaus', 51.2296, 6.6178, 1],
  ['ka_neumarkt', 'Kaarst Am Neumarkt', 51.2285, 6.6192, 1],
  ['hb_linden', 'Holzbüttgen Lindenplatz', 51.2233, 6.647, 1],
  ['bu_rathaus', 'Büttgen Rathaus', 51.199, 6.6, 0],
  ['bu_bf', 'Büttgen Bahnhof', 51.1962, 6.603, 1],
  ['vo_kirche', 'Vorst St. Eustachius', 51.244, 6.569, 1],
  ['driesch', 'Driesch', 51.237, 6.59, 2],
  ['ne_hbf', 'Neuss Hbf', 51.204, 6.684, 1],
];

// route id, short name, long name, type, stops with minutes from the first
const lines: Array<{ id: string; short: string; long: string; type: number; path: Array<[string, number]> }> =
  [
    {
      id: 's28',
      short: 'S28',
      long: 'Kaarster See – Neuss Hbf (sample times)',
      type: 2,
      path: [
        ['ka_see', 0],
        ['ka_bf', 3],
        ['hb_linden', 7],
        ['ne_hbf', 17],
      ],
    },
    {
      id: 'k1',
      short: 'K1',
      long: 'Vorst – Kaarst – Büttgen (sample line)',
      type: 3,
      path: [
        ['vo_kirche', 0],
        ['driesch', 6],
        ['ka_rathaus', 12],
        ['ka_bf', 16],
        ['hb_linden', 21],
        ['bu_rathaus', 27],
        ['bu_bf', 30],
      ],
    },
    {
      id: 'k2',
      short: 'K2',
      long: 'Kaarst – Büttgen – Neuss (sample line)',
      type: 3,
      path: [
        ['ka_neumarkt', 0],
        ['bu_bf', 10],
        ['ne_hbf', 25],
      ],
    },
  ];

// service, first departure (minutes after midnight), last, headway
const services: Record<string, Array<[string, number, number, number]>> = {
  s28: [
    ['werktag', 300, 1460, 20],
    ['wochenende', 360, 1400, 30],
  ],
  k1: [
    ['werktag', 360, 1290, 30],
    ['wochenende', 420, 1260, 60],
  ],
  k2: [
    ['werktag', 365, 1265, 60],
    ['wochenende', 425, 1205, 120],
  ],
};

const trips: Array<Array<string | number>> = [
  ['route_id', 'service_id', 'trip_id', 'trip_headsign', 'direction_id', 'wheelchair_accessible'],
];
const stopTimes: Array<Array<string | number>> = [
  ['trip_id', 'arrival_time', 'departure_time', 'stop_id', 'stop_sequence'],
];
for (const line of lines) {
  for (const [service, first, last, headway] of services[line.id] ?? []) {
    for (const direction of [0, 1]) {
      const path =
        direction === 0
          ? line.path
          : [...line.path]
              .reverse()
              .map(([s, m]) => [s, (line.path.at(-1)?.[1] ?? 0) - m] as [string, number]);
      let n = 0;
      for (let start = first; start <= last; start += headway, n++) {
        const tripId = `${line.id}_${service}_${direction}_${hms(start).slice(0, 5).replace(':', '')}`;
        const name = stops.find(([id]) => id === path.at(-1)?.[0])?.[1] ?? '';
        // Every third K1 trip is run with an older bus without a ramp (sample).
        const accessible = line.id === 'k1' && n % 3 === 2 ? 2 : 1;
        trips.push([line.id, service, tripId, name, direction, accessible]);
        path.forEach(([stop, minutes], sequence) => {
          stopTimes.push([tripId, hms(start + minutes), hms(start + minutes), stop, sequence + 1]);
        });
      }
    }
  }
}

const files: Record<string, string> = {
  'agency.txt': csv([
    ['agency_id', 'agency_name', 'agency_url', 'agency_timezone', 'agency_lang'],
    [
      'kaarst-sample',
      '"Kaarst Beispielverkehr (SAMPLE DATA, invented times)"',
      'https://kaarst-hub.invalid/sample-gtfs',
      'Europe/Berlin',
      'de',
    ],
  ]),
  'stops.txt': csv([
    ['stop_id', 'stop_name', 'stop_lat', 'stop_lon', 'location_type', 'wheelchair_boarding'],
    ...stops.map(([id, name, lat, lon, wheelchair]) => [id, name, lat, lon, 0, wheelchair]),
  ]),
  'routes.txt': csv([
    ['route_id', 'agency_id', 'route_short_name', 'route_long_name', 'route_type'],
    ...lines.map((line) => [line.id, 'kaarst-sample', line.short, `"${line.long}"`, line.type]),
  ]),
  'calendar.txt': csv([
    [
      'service_id',
      'monday',
      'tuesday',
      'wednesday',
      'thursday',
      'friday',
      'saturday',
      'sunday',
      'start_date',
      'end_date',
    ],
    ['werktag', 1, 1, 1, 1, 1, 0, 0, '20260101', '20271231'],
    ['wochenende', 0, 0, 0, 0, 0, 1, 1, '20260101', '20271231'],
  ]),
  // Public holidays run the weekend timetable.
  'calendar_dates.txt': csv([
    ['service_id', 'date', 'exception_type'],
    ...['20261225', '20270101', '20270326', '20270329'].flatMap((date) => [
      ['werktag', date, 2],
      ['wochenende', date, 1],
    ]),
  ]),
  'trips.txt': csv(trips),
  'stop_times.txt': csv(stopTimes),
  // Fare areas (GTFS fares v2), invented for the sample: the town of Kaarst (the Kaarst Pass's
  // free-ride zone, id "kaarst" as @kaarst/pass-verify names it) and Neuss.
  'areas.txt': csv([
    ['area_id', 'area_name'],
    ['kaarst', 'Kaarst (Stadtgebiet)'],
    ['neuss', 'Neuss'],
  ]),
  'stop_areas.txt': csv([
    ['area_id', 'stop_id'],
    ...stops.map(([id]) => [id === 'ne_hbf' ? 'neuss' : 'kaarst', id]),
  ]),
};
for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
console.log(`${trips.length - 1} trips, ${stopTimes.length - 1} stop_times written to ${dir}`);
