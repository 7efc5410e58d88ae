import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

/** Where a GTFS feed's files come from: a zip (the usual form) or a folder of .txt files (the sample). */
export interface GtfsSource {
  name: string;
  /** The file as a byte stream, or null when the feed lacks it. */
  open(file: string): Promise<Readable | null>;
  close(): Promise<void>;
}

/** A folder holding agency.txt, stops.txt, ... */
export function folderSource(dir: string): GtfsSource {
  return {
    name: path.basename(dir),
    open: async (file) => {
      const full = path.join(dir, file);
      return existsSync(full) ? createReadStream(full) : null;
    },
    close: async () => {},
  };
}

/**
 * A zip read through its central directory (yauzl): each file is opened on
 * demand in the order the importer needs, and inflated as a stream, so a large
 * feed never sits in memory as a whole.
 */
export async function zipSource(file: string): Promise<GtfsSource> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false }, (error, opened) =>
      error || !opened ? reject(error ?? new Error('cannot open zip')) : resolve(opened),
    ),
  );
  const entries = new Map<string, yauzl.Entry>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      // Some producers put the files in a folder inside the zip: the base name counts.
      if (!entry.fileName.endsWith('/')) entries.set(path.posix.basename(entry.fileName), entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve());
    zip.on('error', reject);
    zip.readEntry();
  });
  return {
    name: path.basename(file),
    open: async (name) => {
      const entry = entries.get(name);
      if (!entry) return null;
      return new Promise<Readable>((resolve, reject) =>
        zip.openReadStream(entry, (error, stream) =>
          error || !stream ? reject(error ?? new Error(`cannot read ${name}`)) : resolve(stream),
        ),
      );
    },
    close: async () => zip.close(),
  };
}

/** A zip file or a folder, by what the path is. */
export async function openSource(location: string): Promise<GtfsSource> {
  return statSync(location).isDirectory() ? folderSource(location) : zipSource(location);
}
