import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';

/** Where a GTFS feed's files come from: a zip (the usual form) or a folder of .txt files (the sample). */
export interface GtfsSource {
  name: string;
  /** SHA-256 of a zip (hex), to recognise the same feed again. */
  sha256?: string;
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
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return {
    name: path.basename(file),
    sha256: hash.digest('hex'),
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

/** A zip file or a folder, by what the path is; an http(s) URL is downloaded first (and removed after). */
export async function openSource(location: string): Promise<GtfsSource> {
  if (/^https?:\/\//.test(location)) return downloadedSource(location);
  return statSync(location).isDirectory() ? folderSource(location) : zipSource(location);
}

/** Feeds of whole countries are some hundred MB; a download is given this long. */
const DOWNLOAD_TIMEOUT_MS = 15 * 60_000;

/** A zip fetched from a URL into a temporary folder (TMPDIR), read from there, deleted on close. */
async function downloadedSource(url: string): Promise<GtfsSource> {
  const folder = mkdtempSync(path.join(tmpdir(), 'kaarst-gtfs-'));
  const remove = () => rmSync(folder, { recursive: true, force: true });
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
    if (!response.ok || !response.body) throw new Error(`${url} answered HTTP ${response.status}`);
    const file = path.join(folder, path.basename(new URL(url).pathname) || 'feed.zip');
    await pipeline(
      Readable.fromWeb(response.body as import('node:stream/web').ReadableStream),
      createWriteStream(file),
    );
    const zip = await zipSource(file);
    return {
      ...zip,
      name: url,
      close: async () => {
        await zip.close();
        remove();
      },
    };
  } catch (error) {
    remove();
    throw error;
  }
}
