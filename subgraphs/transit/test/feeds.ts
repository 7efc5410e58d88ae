/** Test feeds as zips: a fixture folder, with some files replaced or left out. */
import { createWriteStream, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunningSubgraph } from '@kaarst/kit';
import yazl from 'yazl';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { importGtfs } from '../src/gtfs/import.ts';
import type { GtfsSource } from '../src/gtfs/source.ts';
import type { TransitState } from '../src/state.ts';

export const TINY_FEED = fileURLToPath(new URL('./fixtures/tiny', import.meta.url));
/** Google's sample feed (fixtures/google-sample/README.md: source and licence). */
export const GOOGLE_SAMPLE_FEED = fileURLToPath(new URL('./fixtures/google-sample', import.meta.url));

export function readFeed(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]),
  );
}

/** Writes the files into a zip in a temporary folder and returns its path. */
export async function zipFeed(files: Record<string, string | null>): Promise<string> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'kaarst-gtfs-')), 'feed.zip');
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(files))
    if (content !== null) zip.addBuffer(Buffer.from(content), name);
  zip.end();
  await new Promise<void>((resolve, reject) =>
    zip.outputStream.pipe(createWriteStream(file)).on('close', resolve).on('error', reject),
  );
  return file;
}

/**
 * Imports a feed into a running test subgraph, whose queries use it at once
 * (a running subgraph looks for a newly active feed every 10 s on its own).
 */
export async function activateFeed(
  subgraph: RunningSubgraph<PrismaClient, TransitState>,
  source: GtfsSource,
) {
  const result = await importGtfs(subgraph.db, source);
  subgraph.services.timetable.invalidate();
  return result;
}
