/** The import CLI as a user runs it: progress lines, errors by file and line, exit codes. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { testDatabase } from '@kaarst/kit/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { readFeed, TINY_FEED, zipFeed } from './feeds.ts';

const PACKAGE = fileURLToPath(new URL('..', import.meta.url));
const TSX = path.resolve(PACKAGE, '../../node_modules/.bin/tsx');

describe('transit: pnpm --filter @kaarst/transit import:gtfs <zip>', () => {
  const database = testDatabase('transit-cli');
  afterAll(() => database.dispose());
  // The CLI finds its database as the subgraph does: a URL, else the embedded one under HUB_DATA_DIR.
  const environment = {
    ...process.env,
    ...(database.databaseUrl
      ? { TRANSIT_DATABASE_URL: database.databaseUrl }
      : { HUB_DATA_DIR: database.embeddedDir, DATABASE_URL: '' }),
  };
  const importFeed = (zip: string) =>
    new Promise<{ code: number | null; out: string; err: string }>((resolve, reject) => {
      const child = spawn(TSX, ['src/cli/import-gtfs.ts', zip], { cwd: PACKAGE, env: environment });
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk) => {
        out += chunk;
      });
      child.stderr.on('data', (chunk) => {
        err += chunk;
      });
      child.on('error', reject);
      child.on('exit', (code) => resolve({ code, out, err }));
    });

  it('imports a clean feed with a progress line per file, then refuses a broken one and lists why', async () => {
    const clean = await importFeed(await zipFeed(readFeed(TINY_FEED)));
    expect(clean.code).toBe(0);
    expect(clean.err).toContain('stop_times.txt: 13 rows ✓');
    expect(clean.out).toMatch(/Imported feed\.zip in [\d.]+ s; it is now the active feed\./);

    const tiny = readFeed(TINY_FEED);
    const broken = await importFeed(
      await zipFeed({ ...tiny, 'trips.txt': `${tiny['trips.txt']}R1,WD,T9,Nowhere,7\n` }),
    );
    expect(broken.code).toBe(1);
    expect(broken.err).toContain('feed.zip has errors; nothing was stored:');
    expect(broken.err).toContain(
      'trips.txt:7 [wheelchair_accessible] wheelchair_accessible must be one of 0, 1, 2, got "7"',
    );
    expect(broken.err).toContain('trips.txt:7 [trip_id] trip "T9" has fewer than two stop_times');
  });
});
