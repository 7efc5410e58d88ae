/**
 * Addresses from the official house coordinates (HK-DE lines, src/addresses.ts): the import
 * (good and bad lines, other municipalities, deletions, run twice changes nothing), the
 * coordinates turned into degrees, the task's exit codes and lines, and the graph's prefix
 * suggestions in Kaarst.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { generateHubKeys, type HubKeys, type RunningSubgraph } from '@kaarst/kit';
import { startTestSubgraph } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importAddresses, parseAddressLine, searchKey, utmToWgs84, wgs84ToUtm } from '../src/addresses.ts';
import { haversineKm } from '../src/directory.ts';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { familySubgraph } from '../src/subgraph.ts';
import { askers } from './ask.ts';

/** An HK-DE line of Kaarst (05 1 62 016) at the given point, zone 32 before the easting. */
function line(
  fields: {
    street: string;
    number: string;
    addition?: string;
    key?: string;
    gmd?: string;
    oi?: string;
    nba?: string;
  },
  point = { latitude: 51.2283, longitude: 6.6176 },
): string {
  const { east, north } = wgs84ToUtm(32, point.latitude, point.longitude);
  return [
    fields.nba ?? 'N',
    fields.oi ?? `DENWTEST${fields.street.slice(0, 4)}${fields.number}`.padEnd(16, '0').slice(0, 16),
    'A',
    '05',
    '1',
    '62',
    fields.gmd ?? '016',
    '0000',
    fields.key ?? '00123',
    fields.number,
    fields.addition ?? '',
    (32_000_000 + east).toFixed(3).replace('.', ','),
    north.toFixed(3).replace('.', ','),
    fields.street,
    '41564',
    'Kaarst',
    '',
    '',
  ].join(';');
}

const SUGGEST = `query ($prefix: String!, $first: Int) {
  familyAddressSuggestions(prefix: $prefix, first: $first) { id street houseNumber label latitude longitude sample } }`;

describe('family: addresses from the official house coordinates', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient>;
  const { ask, codes } = askers(() => ({ url: subgraph.url, keys }));

  beforeAll(async () => {
    keys = await generateHubKeys();
    subgraph = await startTestSubgraph(familySubgraph, { keys });
  });
  afterAll(() => subgraph?.close());

  it('turns ETRS89/UTM 32 into degrees (the zone before the easting or not)', () => {
    // The town hall's square, about: there and back within a millimetre.
    const { east, north } = wgs84ToUtm(32, 51.2283, 6.6176);
    expect(east).toBeGreaterThan(333_000);
    expect(east).toBeLessThan(334_500);
    expect(north).toBeGreaterThan(5_677_000);
    expect(north).toBeLessThan(5_679_000);
    const back = utmToWgs84(32, east, north);
    expect(haversineKm(back, { latitude: 51.2283, longitude: 6.6176 })).toBeLessThan(1e-6);
    const withZone = parseAddressLine(line({ street: 'Am Neumarkt', number: '2' }));
    const plain = parseAddressLine(
      line({ street: 'Am Neumarkt', number: '2' }).replace(/;32(\d{6},)/, ';$1'),
    );
    if (!('row' in withZone) || !('row' in plain)) throw new Error('not parsed');
    expect(haversineKm(withZone.row, { latitude: 51.2283, longitude: 6.6176 })).toBeLessThan(0.001);
    expect(haversineKm(plain.row, withZone.row)).toBeLessThan(1e-6);
  });

  it('names the reason of each bad line', () => {
    const good = line({ street: 'Am Neumarkt', number: '2' });
    const f = good.split(';');
    const bad = (i: number, value: string) =>
      parseAddressLine(f.map((v, j) => (j === i ? value : v)).join(';'));
    expect(parseAddressLine('N;DENW;A;05;1;62')).toEqual({
      error: expect.stringMatching(/^6 Felder statt 18/),
    });
    expect(bad(0, 'X')).toEqual({ error: 'Kennung „X“ ist nicht N, A oder L' });
    expect(bad(9, '12b')).toEqual({ error: 'Hausnummer „12b“ ist keine Zahl' });
    expect(bad(11, 'abc')).toEqual({ error: 'Ostwert „abc“ ist keine Zahl' });
    expect(bad(12, '')).toEqual({ error: 'Nordwert „“ ist keine Zahl' });
    expect(bad(11, '32000001,0')).toEqual({ error: 'Ostwert „32000001,0“ liegt in keiner UTM-Zone' });
    expect(bad(6, '16')).toEqual({ error: expect.stringMatching(/^Gemeindeschlüssel/) });
    expect(bad(13, '')).toEqual({ error: 'kein Straßenname' });
    expect(parseAddressLine('# a comment')).toEqual({ skip: true });
    expect(parseAddressLine('   ')).toEqual({ skip: true });
  });

  it('suggests Kaarst addresses by street and number prefix, number order, sample marked', async () => {
    // The sample file is in place (demo data), marked as sample (an official import, in the
    // next test, removes it).
    const sample = await ask(null, SUGGEST, { prefix: 'Neusser Str' });
    expect(sample.errors).toBeUndefined();
    expect(sample.data.familyAddressSuggestions.map((a: { label: string }) => a.label)).toEqual([
      'Neusser Straße 12, 41564 Kaarst',
      'Neusser Straße 12a, 41564 Kaarst',
      'Neusser Straße 40, 41564 Kaarst',
    ]);
    expect(sample.data.familyAddressSuggestions.every((a: { sample: boolean }) => a.sample)).toBe(true);
    // "Straße", "Str." and "str" alike; the number narrows; case does not matter.
    const narrowed = await ask(null, SUGGEST, { prefix: 'neusser straße 4' });
    expect(narrowed.data.familyAddressSuggestions.map((a: { houseNumber: string }) => a.houseNumber)).toEqual(
      ['40'],
    );
    const numbers = await ask(null, SUGGEST, { prefix: 'Am Neumarkt' });
    expect(numbers.data.familyAddressSuggestions.map((a: { houseNumber: string }) => a.houseNumber)).toEqual([
      '2',
      '4',
      '10',
    ]);
    const limited = await ask(null, SUGGEST, { prefix: 'Am Neumarkt', first: 1 });
    expect(limited.data.familyAddressSuggestions).toHaveLength(1);
    // Other towns' rows are never imported; too short, nothing found, LIKE characters are text.
    expect((await ask(null, SUGGEST, { prefix: 'N' })).data.familyAddressSuggestions).toEqual([]);
    expect((await ask(null, SUGGEST, { prefix: 'Zzz' })).data.familyAddressSuggestions).toEqual([]);
    expect((await ask(null, SUGGEST, { prefix: '%%' })).data.familyAddressSuggestions).toEqual([]);
    expect((await ask(null, SUGGEST, { prefix: 'A_ Neumarkt' })).data.familyAddressSuggestions).toEqual([]);
    expect(await codes(null, SUGGEST, { prefix: 'Am', first: 0 })).toEqual(['BAD_USER_INPUT']);
    expect(await codes(null, SUGGEST, { prefix: 'Am', first: 21 })).toEqual(['BAD_USER_INPUT']);
    expect(searchKey('Neusser Str. 12')).toBe('neusser str 12');
  });

  it('imports the good lines of Kaarst, reports the bad ones, and a second run changes nothing', async () => {
    const db = subgraph.db;
    const file = [
      '# NBA;OI;…',
      line({ street: 'Teststraße', number: '1', key: '00777', oi: 'DENWTESTIMPORT01' }),
      line({ street: 'Teststraße', number: '1', addition: 'a', key: '00777', oi: 'DENWTESTIMPORT02' }),
      line({ street: 'Teststraße', number: 'eins', key: '00777' }),
      line({ street: 'Neuss-Weg', number: '3', key: '00778', gmd: '024' }), // Neuss: another town
      line({ street: 'Teststraße', number: '2', key: '00777', oi: 'DENWTESTIMPORT03' }),
    ];
    const progress: string[] = [];
    const first = await importAddresses(db, file, { progress: (l) => progress.push(l), progressEvery: 2 });
    expect(first).toEqual({
      lines: 6,
      imported: 3,
      deleted: 0,
      otherMunicipalities: 1,
      errors: [{ line: 4, message: 'Hausnummer „eins“ ist keine Zahl' }],
    });
    expect(progress).toEqual([
      '2 Zeilen gelesen, 1 Adressen, 0 fehlerhaft',
      '4 Zeilen gelesen, 2 Adressen, 1 fehlerhaft',
      '6 Zeilen gelesen, 3 Adressen, 1 fehlerhaft',
    ]);
    const snapshot = async () =>
      (
        await db.address.findMany({
          where: { streetKey: '00777' },
          orderBy: [{ houseNumber: 'asc' }, { addition: 'asc' }],
        })
      ).map(({ updatedAt: _u, ...a }) => a);
    const before = await snapshot();
    expect(
      before.map((a) => `${a.street} ${a.houseNumber}${a.addition} ${a.municipality} ${a.sample}`),
    ).toEqual(['Teststraße 1 05162016 false', 'Teststraße 1a 05162016 false', 'Teststraße 2 05162016 false']);
    expect(await db.address.count({ where: { streetKey: '00778' } })).toBe(0);
    // The same file again: the same rows, same ids, nothing added.
    const again = await importAddresses(db, file);
    expect(again.imported).toBe(3);
    expect(await snapshot()).toEqual(before);
    // A changed delivery: a new record id and position for 2 ("A"), 1a deleted ("L").
    await importAddresses(db, [
      line(
        { street: 'Teststraße', number: '2', key: '00777', oi: 'DENWTESTIMPORT09', nba: 'A' },
        { latitude: 51.2, longitude: 6.6 },
      ),
      line({ street: 'Teststraße', number: '1', addition: 'a', key: '00777', nba: 'L' }),
    ]);
    const after = await snapshot();
    expect(after.map((a) => `${a.houseNumber}${a.addition}`)).toEqual(['1', '2']);
    const two = after.find((a) => a.houseNumber === '2');
    expect(two?.id).toBe(before[2]?.id);
    expect(two?.recordId).toBe('DENWTESTIMPORT09');
    expect(two?.latitude).toBeCloseTo(51.2, 6);
  });

  it('runs as a task: progress and summary, bad lines on stderr with exit code 1, usage 2', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hk-'));
    const file = path.join(dir, 'hk.txt');
    writeFileSync(
      file,
      `${[line({ street: 'Taskweg', number: '5', key: '00999' }), 'N;kaputt'].join('\n')}\n`,
    );
    const run = promisify(execFile);
    const cli = path.join(import.meta.dirname, '..', 'src', 'import-addresses-cli.ts');
    // the task on an embedded database of its own (never the test run's PostgreSQL schema)
    const { DATABASE_URL: _url, FAMILY_DATABASE_URL: _familyUrl, ...rest } = process.env;
    const env = { ...rest, HUB_DATA_DIR: dir };
    const failed = await run('npx', ['tsx', cli, file], { env }).catch((e) => e);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain(
      '2 Zeilen: 1 Adressen übernommen, 0 gelöscht, 0 anderer Gemeinden übersprungen',
    );
    expect(failed.stderr).toContain('Zeile 2: 2 Felder statt 18');
    const usage = await run('npx', ['tsx', cli], { env }).catch((e) => e);
    expect(usage.code).toBe(2);
    const missing = await run('npx', ['tsx', cli, path.join(dir, 'none.txt')], { env }).catch((e) => e);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read');
  }, 120_000);
});
