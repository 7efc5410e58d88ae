/**
 * GTFS static import: streams each file of the feed (zip or folder) through a
 * CSV parser, checks every row, and writes rows in batches as a new feed
 * version beside the active one. Policy: a feed with any error stores nothing
 * (its staged rows are deleted and the active feed stays); a clean feed
 * becomes the active one in one transaction and the previous one is removed.
 */
import { parse } from 'csv-parse';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { FeedError, Report } from './fields.ts';
import { RowReader } from './fields.ts';
import { overlappingFrequencies, readArea, readFrequency, readStopArea } from './optional-rows.ts';
import {
  emptyIndex,
  type FeedIndex,
  readAgency,
  readCalendar,
  readCalendarDate,
  readRoute,
  readStop,
  readStopTime,
  readTrip,
} from './rows.ts';
import type { GtfsSource } from './source.ts';

export interface ImportProgress {
  file: string;
  rows: number;
  done: boolean;
}

export interface ImportOptions {
  onProgress?(progress: ImportProgress): void;
  /** Stop reading after this many errors (default 200): the list is for fixing a feed, not for counting. */
  maxErrors?: number;
  /** Rows per INSERT (default 2000). */
  batchSize?: number;
}

export type ImportResult =
  | { ok: true; feedId: number; counts: Record<string, number> }
  | { ok: false; errors: FeedError[]; truncated: boolean };

type Reader = (row: RowReader, index: FeedIndex, report: Report, line: number) => Record<string, unknown>;
type Store = (db: PrismaClient, rows: Array<Record<string, unknown>>) => Promise<unknown>;

interface FileSpec {
  file: string;
  required: boolean;
  read: Reader;
  store: Store;
}

// biome-ignore lint/suspicious/noExplicitAny: rows are built by the readers for exactly these tables
type AnyRows = any;

/** In the order the references need: each file refers only to files before it. */
const FILES: FileSpec[] = [
  {
    file: 'agency.txt',
    required: true,
    read: readAgency,
    store: (db, data: AnyRows) => db.agency.createMany({ data }),
  },
  {
    file: 'stops.txt',
    required: true,
    read: readStop,
    store: (db, data: AnyRows) => db.stop.createMany({ data }),
  },
  {
    file: 'routes.txt',
    required: true,
    read: readRoute,
    store: (db, data: AnyRows) => db.route.createMany({ data }),
  },
  {
    file: 'calendar.txt',
    required: false,
    read: readCalendar,
    store: (db, data: AnyRows) => db.serviceCalendar.createMany({ data }),
  },
  {
    file: 'calendar_dates.txt',
    required: false,
    read: readCalendarDate,
    store: (db, data: AnyRows) => db.calendarDate.createMany({ data }),
  },
  {
    file: 'trips.txt',
    required: true,
    read: readTrip,
    store: (db, data: AnyRows) => db.trip.createMany({ data }),
  },
  {
    file: 'stop_times.txt',
    required: true,
    read: readStopTime,
    store: (db, data: AnyRows) => db.stopTime.createMany({ data }),
  },
  {
    file: 'frequencies.txt',
    required: false,
    read: readFrequency,
    store: (db, data: AnyRows) => db.frequency.createMany({ data }),
  },
  {
    file: 'areas.txt',
    required: false,
    read: readArea,
    store: (db, data: AnyRows) => db.area.createMany({ data }),
  },
  {
    file: 'stop_areas.txt',
    required: false,
    read: readStopArea,
    store: (db, data: AnyRows) => db.stopArea.createMany({ data }),
  },
];

const PROGRESS_EVERY = 50_000;

class ErrorList {
  readonly errors: FeedError[] = [];
  truncated = false;
  constructor(private readonly max: number) {}
  add(error: FeedError) {
    if (this.errors.length < this.max) this.errors.push(error);
    else this.truncated = true;
  }
  get full() {
    return this.truncated;
  }
}

export async function importGtfs(
  db: PrismaClient,
  source: GtfsSource,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const errors = new ErrorList(options.maxErrors ?? 200);
  const batchSize = options.batchSize ?? 2000;
  const index = emptyIndex();
  const counts: Record<string, number> = {};
  const feed = await db.feed.create({ data: { source: source.name } });
  try {
    const present = new Map<string, boolean>();
    for (const spec of FILES) {
      const stream = await source.open(spec.file);
      present.set(spec.file, stream !== null);
      if (!stream) {
        if (spec.required) errors.add({ file: spec.file, line: 0, message: `${spec.file} is missing` });
        continue;
      }
      if (spec.file === 'trips.txt' && !present.get('calendar.txt') && !present.get('calendar_dates.txt'))
        errors.add({
          file: 'calendar.txt',
          line: 0,
          message: 'calendar.txt or calendar_dates.txt is required',
        });
      counts[spec.file] = await readFile(db, feed.id, spec, stream, index, errors, batchSize, options);
      if (spec.file === 'stops.txt') checkParents(index, errors);
      if (errors.full) break;
    }
    // Without stop_times.txt every trip would be reported as empty: the missing file says it.
    if (present.get('stop_times.txt')) checkTrips(index, errors);
    for (const overlap of overlappingFrequencies(index.frequencies))
      errors.add({
        file: 'frequencies.txt',
        line: overlap.line,
        field: 'start_time',
        message: `the interval overlaps another of trip "${overlap.tripId}"`,
      });
    if (index.timezones.size > 1)
      errors.add({
        file: 'agency.txt',
        line: 0,
        field: 'agency_timezone',
        message: 'all agencies must share one agency_timezone',
      });
    if (errors.errors.length > 0) {
      await db.feed.delete({ where: { id: feed.id } });
      return { ok: false, errors: errors.errors, truncated: errors.truncated };
    }
    const timezone = [...index.timezones][0] ?? 'Europe/Berlin';
    await db.$transaction([
      db.feed.deleteMany({ where: { status: 'ACTIVE' } }),
      db.feed.update({
        where: { id: feed.id },
        data: { status: 'ACTIVE', activeAt: new Date(), timezone, counts, sha256: source.sha256 ?? null },
      }),
    ]);
    return { ok: true, feedId: feed.id, counts };
  } catch (error) {
    await db.feed.delete({ where: { id: feed.id } }).catch(() => {});
    throw error;
  } finally {
    await source.close();
  }
}

async function readFile(
  db: PrismaClient,
  feedId: number,
  spec: FileSpec,
  stream: NodeJS.ReadableStream,
  index: FeedIndex,
  errors: ErrorList,
  batchSize: number,
  options: ImportOptions,
): Promise<number> {
  const parser = stream.pipe(
    parse({
      bom: true,
      columns: (header: string[]) => header.map((name) => name.trim()),
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    }),
  );
  let batch: Array<Record<string, unknown>> = [];
  let rows = 0;
  const flush = async () => {
    // Once the feed has an error nothing more is written: it will be deleted anyway.
    if (batch.length > 0 && errors.errors.length === 0) await spec.store(db, batch);
    batch = [];
  };
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number };
    }>) {
      const line = info.lines;
      const report: Report = (field, message) =>
        errors.add({ file: spec.file, line, ...(field ? { field } : {}), message });
      const row = spec.read(new RowReader(record, report), index, report, line);
      batch.push({ ...row, feedId });
      rows++;
      if (batch.length >= batchSize) await flush();
      if (rows % PROGRESS_EVERY === 0) options.onProgress?.({ file: spec.file, rows, done: false });
      if (errors.full) break;
    }
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 0;
    errors.add({ file: spec.file, line, message: `not valid CSV: ${(error as Error).message}` });
    parser.destroy();
  }
  await flush();
  options.onProgress?.({ file: spec.file, rows, done: true });
  return rows;
}

function checkParents(index: FeedIndex, errors: ErrorList) {
  for (const [id, parent, line] of index.parents) {
    const type = index.stops.get(parent);
    if (type === undefined)
      errors.add({
        file: 'stops.txt',
        line,
        field: 'parent_station',
        message: `parent_station "${parent}" of "${id}" is not in stops.txt`,
      });
    else if (type !== 1 && index.stops.get(id) !== 4)
      errors.add({
        file: 'stops.txt',
        line,
        field: 'parent_station',
        message: `parent_station "${parent}" is not a station (location_type 1)`,
      });
  }
}

function checkTrips(index: FeedIndex, errors: ErrorList) {
  for (const [id, trip] of index.trips) {
    if (trip.stopTimes < 2)
      errors.add({
        file: 'trips.txt',
        line: trip.line,
        field: 'trip_id',
        message: `trip "${id}" has fewer than two stop_times`,
      });
    else if (!trip.firstTimed || !trip.lastTimed)
      errors.add({
        file: 'trips.txt',
        line: trip.line,
        field: 'trip_id',
        message: `trip "${id}" needs times at its first and last stop`,
      });
  }
}
