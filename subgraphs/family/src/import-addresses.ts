/**
 * `pnpm --filter @kaarst/family run import:addresses <file> [--sample]` (`hub.mjs import-addresses` in
 * the image): imports an HK-DE house
 * coordinates file (addresses.ts) into the family database (DATABASE_URL / FAMILY_DATABASE_URL,
 * else the embedded one in data/, which must not be in use by a running hub meanwhile).
 * Progress on stdout, bad lines (number and reason) on stderr; exit code 1 if any line was bad
 * (the good ones are imported), 2 on usage or an unreadable file. Running it again with the same
 * file changes nothing. `--sample` marks the rows as sample data (the sample file in data/).
 */
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createLogger, withTaskDatabase } from '@kaarst/kit';
import { importAddresses, municipalityKey } from './addresses.ts';
import { familySubgraph } from './subgraph.ts';

export async function run(args: string[]): Promise<number> {
  const file = args.find((arg) => !arg.startsWith('--'));
  if (!file) {
    process.stderr.write('usage: import-addresses <HK-DE file (Hauskoordinaten, UTF-8, ";")> [--sample]\n');
    return 2;
  }
  try {
    await access(file);
  } catch {
    process.stderr.write(`import:addresses: cannot read ${file}\n`);
    return 2;
  }
  const log = createLogger('family-import-addresses');
  return withTaskDatabase(familySubgraph, log, async (db) => {
    const reader = createInterface({
      input: createReadStream(file, 'utf8'),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    // Take the iterator now: lines (and the end) read before the first await would be lost.
    const iterator = reader[Symbol.asyncIterator]();
    const lines = { [Symbol.asyncIterator]: () => iterator };
    const result = await importAddresses(db, lines, {
      sample: args.includes('--sample'),
      progress: (line) => process.stdout.write(`${line}\n`),
    });
    for (const e of result.errors) process.stderr.write(`Zeile ${e.line}: ${e.message}\n`);
    process.stdout.write(
      `${result.lines} Zeilen: ${result.imported} Adressen übernommen, ${result.deleted} gelöscht, ` +
        `${result.otherMunicipalities} anderer Gemeinden übersprungen (Gemeinde ${municipalityKey()}), ` +
        `${result.errors.length} fehlerhaft\n`,
    );
    return result.errors.length > 0 ? 1 : 0;
  });
}
