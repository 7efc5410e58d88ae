/**
 * A generated GTFS feed for the benchmark: 5,000 stops on a 50 x 100 grid
 * 350 m apart (so neighbours are within walking distance), lines along rows
 * and columns of 25 stops each, both directions, every 40 minutes from 05:00
 * to 21:40 on one daily service: 400 lines, 20,020 trips, 500,500 stop_times.
 * Some stops and trips are not wheelchair-accessible (fixed pseudo-random).
 */
import { createWriteStream } from 'node:fs';
import { PassThrough } from 'node:stream';
import yazl from 'yazl';

export const COLUMNS = 50;
export const ROWS = 100;
const SPACING_DEG_LAT = 350 / 111_195;
const SPACING_DEG_LON = 350 / (111_195 * Math.cos((51.2 * Math.PI) / 180));
const LINE_STOPS = 25;
const SECONDS_PER_STOP = 120;
const FIRST = 5 * 3600;
const LAST = 21 * 3600 + 40 * 60;
const HEADWAY = 40 * 60;

export const stopId = (row: number, column: number) => `s${row}_${column}`;

/** A small deterministic generator, so every run builds the same feed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const hms = (seconds: number) =>
  [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60]
    .map((n) => String(n).padStart(2, '0'))
    .join(':');

/** The lines: runs of LINE_STOPS neighbouring stops along a row or a column. */
function lines(): string[][] {
  const result: string[][] = [];
  for (let row = 0; row < ROWS; row++)
    for (let start = 0; start < COLUMNS; start += LINE_STOPS)
      result.push(Array.from({ length: LINE_STOPS }, (_, k) => stopId(row, start + k)));
  for (let column = 0; column < COLUMNS; column++)
    for (let start = 0; start < ROWS; start += LINE_STOPS)
      result.push(Array.from({ length: LINE_STOPS }, (_, k) => stopId(start + k, column)));
  return result;
}

/** Writes the feed as a zip; returns its counts. stop_times.txt is streamed, never held whole. */
export async function writeBenchFeed(
  file: string,
): Promise<{ stops: number; trips: number; stopTimes: number }> {
  const zip = new yazl.ZipFile();
  const done = new Promise<void>((resolve, reject) =>
    zip.outputStream.pipe(createWriteStream(file)).on('close', resolve).on('error', reject),
  );
  const next = random(42);
  zip.addBuffer(
    Buffer.from(
      'agency_id,agency_name,agency_url,agency_timezone\nbench,Generated benchmark network,https://example.invalid,Europe/Berlin\n',
    ),
    'agency.txt',
  );
  const stops = ['stop_id,stop_name,stop_lat,stop_lon,wheelchair_boarding'];
  for (let row = 0; row < ROWS; row++)
    for (let column = 0; column < COLUMNS; column++)
      stops.push(
        `${stopId(row, column)},Stop ${row}/${column},${(51 + row * SPACING_DEG_LAT).toFixed(6)},${(6.5 + column * SPACING_DEG_LON).toFixed(6)},${next() < 0.85 ? 1 : 2}`,
      );
  zip.addBuffer(Buffer.from(`${stops.join('\n')}\n`), 'stops.txt');
  zip.addBuffer(
    Buffer.from(
      'service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\ndaily,1,1,1,1,1,1,1,20260101,20271231\n',
    ),
    'calendar.txt',
  );
  const all = lines();
  zip.addBuffer(
    Buffer.from(
      `route_id,route_short_name,route_type\n${all.map((_, i) => `r${i},${i + 1},3`).join('\n')}\n`,
    ),
    'routes.txt',
  );
  const trips = ['route_id,service_id,trip_id,trip_headsign,wheelchair_accessible'];
  const stopTimes = new PassThrough();
  zip.addReadStream(stopTimes, 'stop_times.txt');
  stopTimes.write('trip_id,arrival_time,departure_time,stop_id,stop_sequence\n');
  let tripCount = 0;
  let stopTimeCount = 0;
  for (const [index, line] of all.entries()) {
    for (const direction of [0, 1]) {
      const path = direction === 0 ? line : [...line].reverse();
      // Lines start at staggered minutes, so connections are spread over the hour.
      for (let start = FIRST + ((index * 7) % 40) * 60; start <= LAST; start += HEADWAY) {
        const tripId = `t${tripCount++}`;
        trips.push(`r${index},daily,${tripId},${path.at(-1)},${next() < 0.7 ? 1 : 2}`);
        let chunk = '';
        path.forEach((stop, k) => {
          const time = hms(start + k * SECONDS_PER_STOP);
          chunk += `${tripId},${time},${time},${stop},${k + 1}\n`;
        });
        stopTimeCount += path.length;
        if (!stopTimes.write(chunk)) await new Promise((r) => stopTimes.once('drain', r));
      }
    }
  }
  stopTimes.end();
  zip.addBuffer(Buffer.from(`${trips.join('\n')}\n`), 'trips.txt');
  zip.end();
  await done;
  return { stops: ROWS * COLUMNS, trips: tripCount, stopTimes: stopTimeCount };
}
