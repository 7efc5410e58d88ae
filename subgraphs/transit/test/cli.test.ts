/** The import CLI as a user runs it: progress lines, errors by file and line, exit codes. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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
  const importFeed = (...args: string[]) =>
    new Promise<{ code: number | null; out: string; err: string }>((resolve, reject) => {
      const child = spawn(TSX, ['src/cli/import-gtfs.ts', ...args], { cwd: PACKAGE, env: environment });
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

  it('downloads a feed from a URL; --if-changed skips the same zip, imports a changed one', {
    timeout: 180_000,
  }, async () => {
    const tiny = readFeed(TINY_FEED);
    let zip = readFileSync(await zipFeed(tiny));
    const server = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/zip' }).end(zip),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/vrr/gtfs.zip`;
    try {
      const first = await importFeed('--if-changed', url);
      expect(first.code).toBe(0);
      expect(first.out).toMatch(/Imported http:\/\/127\.0\.0\.1:\d+\/vrr\/gtfs\.zip in [\d.]+ s/);
      const again = await importFeed('--if-changed', url);
      expect(again.code).toBe(0);
      expect(again.out).toMatch(/is the active feed already \(SHA-256 [0-9a-f]{12}…\); nothing to do\./);
      expect(again.err).not.toContain('stop_times.txt');
      zip = readFileSync(
        await zipFeed({ ...tiny, 'agency.txt': tiny['agency.txt']?.replace('Tiny', 'Small') ?? '' }),
      );
      const changed = await importFeed('--if-changed', url);
      expect(changed.code).toBe(0);
      expect(changed.err).toContain('stop_times.txt: 13 rows ✓');
    } finally {
      server.close();
    }
    const missing = await importFeed(url.replace('127.0.0.1', '127.0.0.1').replace(/:\d+\//, ':1/'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/could not be read/);
  });
});
