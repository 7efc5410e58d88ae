/**
 * Addresses for the Kita search "near this address": the official house coordinates
 * (Hauskoordinaten) of the Liegenschaftskataster, imported from their text delivery, and prefix
 * suggestions on "street number" in Kaarst. The hub has no network and uses no online geocoder.
 *
 * The format read is the AdV's "Hauskoordinaten Deutschland (HK-DE)" (Datenformatbeschreibung
 * HK-DE, version 4.2 of 2019-07-01; summarised by the ZSHH's "Formatvorgabe Hauskoordinaten
 * Deutschland" at geobasis-bb.de and in the list at code-knacker.de/hauskoordinaten.htm),
 * which Geobasis NRW delivers for NRW: a UTF-8 text file, one address per line, 18 fields
 * separated by ";" (lines starting with "#" are comments):
 *
 *   1 NBA  record kind: N new, A changed, L to delete (may be empty)
 *   2 OI   record id, 16 characters          3 QUA quality: A, B or C
 *   4 LAN  Land key, 2 digits (NRW: 05)      5 RBZ Regierungsbezirk, 1 digit
 *   6 KRS  Kreis, 2 digits                   7 GMD Gemeinde, 3 digits (Kaarst: 05 1 62 016)
 *   8 OTT  Ortsteil key, 4 digits            9 SSS street key, 5 characters
 *  10 HNR  house number, digits             11 ADZ addition (e.g. "a"), may be empty
 *  12 East ETRS89/UTM, "EEEEEEEE,EEE" (8 digits: the zone, 32, before the 6-digit easting)
 *  13 North ETRS89/UTM, "NNNNNNN,NNN"
 *  14 STN  street name                      15 PLZ postal code
 *  16 ONM  postal locality                  17 ZON addition to it    18 POT postal district
 *
 * NRW's open "Gebäudereferenzen" (gebref) carry the same first 13 fields without the postal
 * ones and with street names in a separate key file: not read here (no street name per line).
 * Coordinates are ETRS89/UTM zone 32 (EPSG:4647 with the zone before the easting, EPSG:25832
 * without); they are turned into WGS84 degrees with proj4 (ETRS89 and WGS84 differ by well
 * under a metre, nothing for a radius search).
 *
 * An address is keyed by municipality, street key, number and addition (the OI may change
 * between deliveries): importing the same file twice changes nothing; an "L" line deletes.
 * Only rows of the town (HUB_MUNICIPALITY_KEY, default Kaarst's 05162016) are kept; rows of
 * other municipalities are counted and skipped, so the file for all of NRW can be given.
 */
import { badInput } from '@kaarst/kit';
import proj4 from 'proj4';
import { TX } from './applications.ts';
import type { Address, PrismaClient } from './generated/prisma/client.ts';

export const KAARST_MUNICIPALITY = '05162016';
export const municipalityKey = () => process.env.HUB_MUNICIPALITY_KEY ?? KAARST_MUNICIPALITY;

const WGS84 = 'EPSG:4326';
const utmZone = (zone: number) =>
  `+proj=utm +zone=${zone} +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs`;

/** ETRS89/UTM (zone, easting without the zone, northing) to WGS84 degrees. */
export function utmToWgs84(zone: number, east: number, north: number) {
  const [longitude, latitude] = proj4(utmZone(zone), WGS84, [east, north]) as [number, number];
  return { latitude, longitude };
}

/** WGS84 degrees to ETRS89/UTM (used to write the sample file and by the tests). */
export function wgs84ToUtm(zone: number, latitude: number, longitude: number) {
  const [east, north] = proj4(WGS84, utmZone(zone), [longitude, latitude]) as [number, number];
  return { east, north };
}

export interface AddressRow {
  kind: 'N' | 'A' | 'L';
  recordId: string;
  municipality: string;
  streetKey: string;
  street: string;
  houseNumber: string;
  addition: string;
  postalCode: string | null;
  locality: string | null;
  latitude: number;
  longitude: number;
}

export type ParsedLine = { row: AddressRow } | { error: string } | { skip: true };

/** "32345678,123" or "345678.5" → zone and easting; "5678901,234" → northing. */
function parseNumber(value: string): number | null {
  const v = value.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(v) ? Number(v) : null;
}

/** One line of an HK-DE file: an address, an error in words (German), or nothing (blank, comment). */
export function parseAddressLine(line: string): ParsedLine {
  const text = line.replace(/^\uFEFF/, '').replace(/\r$/, '');
  if (text.trim() === '' || text.startsWith('#')) return { skip: true };
  const f = text.split(';').map((s) => s.trim());
  if (f.length < 14)
    return { error: `${f.length} Felder statt 18 (HK-DE: NBA;OI;QUA;LAN;…;Ost;Nord;Straße;PLZ;Ort;…)` };
  const [nba, oi, _qua, lan, rbz, krs, gmd, _ott, sss, hnr, adz, east, north, stn, plz, onm] = f as [
    string,
    ...string[],
  ] as string[];
  const kind = (nba || 'N').toUpperCase();
  if (kind !== 'N' && kind !== 'A' && kind !== 'L')
    return { error: `Kennung „${nba}“ ist nicht N, A oder L` };
  if (!oi) return { error: 'keine Datensatznummer (OI)' };
  if (
    !/^\d{2}$/.test(lan ?? '') ||
    !/^\d$/.test(rbz ?? '') ||
    !/^\d{2}$/.test(krs ?? '') ||
    !/^\d{3}$/.test(gmd ?? '')
  )
    return { error: `Gemeindeschlüssel „${lan}${rbz}${krs}${gmd}“ ist nicht 2+1+2+3 Ziffern` };
  if (!sss) return { error: 'kein Straßenschlüssel' };
  if (!/^\d{1,5}$/.test(hnr ?? '')) return { error: `Hausnummer „${hnr}“ ist keine Zahl` };
  if ((adz ?? '').length > 10) return { error: `Adressierungszusatz „${adz}“ ist zu lang` };
  if (!stn) return { error: 'kein Straßenname' };
  const e = parseNumber(east ?? '');
  const n = parseNumber(north ?? '');
  if (e === null) return { error: `Ostwert „${east}“ ist keine Zahl` };
  if (n === null) return { error: `Nordwert „${north}“ ist keine Zahl` };
  // 8 digits before the decimal point: the zone (32 in NRW) precedes the easting.
  const zone = e >= 10_000_000 ? Math.floor(e / 1_000_000) : 32;
  const easting = e >= 10_000_000 ? e - zone * 1_000_000 : e;
  if (zone < 1 || zone > 60 || easting < 100_000 || easting > 900_000)
    return { error: `Ostwert „${east}“ liegt in keiner UTM-Zone` };
  if (n < 0 || n > 9_400_000) return { error: `Nordwert „${north}“ liegt außerhalb des Gitters` };
  const { latitude, longitude } = utmToWgs84(zone, easting, n);
  return {
    row: {
      kind,
      recordId: oi,
      municipality: `${lan}${rbz}${krs}${gmd}`,
      streetKey: sss,
      street: stn,
      houseNumber: String(Number(hnr)),
      addition: (adz ?? '').toLowerCase(),
      postalCode: plz || null,
      locality: onm || null,
      latitude,
      longitude,
    },
  };
}

/** What the suggestions match: lower case, "straße"/"str." alike, single spaces. */
export function searchKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/stra(ß|ss)e\b/g, 'str')
    .replace(/\bstr\./g, 'str')
    .replace(/[.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const addressSearch = (street: string, number: string, addition: string) =>
  searchKey(`${street} ${number}${addition}`);

export interface ImportResult {
  lines: number;
  imported: number;
  deleted: number;
  otherMunicipalities: number;
  errors: { line: number; message: string }[];
}

export interface ImportOptions {
  sample?: boolean;
  progress?: (line: string) => void;
  /** A progress line after each batch of this many lines (default 5,000). */
  progressEvery?: number;
}

/**
 * Imports the lines of an HK-DE file: upserts (in batches, each in one transaction) every
 * address of the town, deletes "L" lines; bad lines are reported with their number and
 * imported nothing. An official (non-sample) import removes the sample addresses.
 */
export async function importAddresses(
  db: PrismaClient,
  lines: AsyncIterable<string> | Iterable<string>,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const town = municipalityKey();
  const result: ImportResult = { lines: 0, imported: 0, deleted: 0, otherMunicipalities: 0, errors: [] };
  const every = options.progressEvery ?? 5_000;
  let batch: AddressRow[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const rows = batch;
    batch = [];
    // One transaction per batch (an interactive one: a busy machine may wait for its
    // connection longer than a batch transaction's default allows).
    await db.$transaction(async (tx) => {
      for (const r of rows) {
        const key = {
          municipality: r.municipality,
          streetKey: r.streetKey,
          houseNumber: r.houseNumber,
          addition: r.addition,
        };
        if (r.kind === 'L') {
          await tx.address.deleteMany({ where: key });
          continue;
        }
        const data = {
          recordId: r.recordId,
          street: r.street,
          postalCode: r.postalCode,
          locality: r.locality,
          latitude: r.latitude,
          longitude: r.longitude,
          search: addressSearch(r.street, r.houseNumber, r.addition),
          sample: options.sample ?? false,
        };
        await tx.address.upsert({
          where: { municipality_streetKey_houseNumber_addition: key },
          create: { ...key, ...data },
          update: data,
        });
      }
    }, TX);
    for (const r of rows) r.kind === 'L' ? result.deleted++ : result.imported++;
  };
  if (!options.sample) await db.address.deleteMany({ where: { municipality: town, sample: true } });
  for await (const line of lines) {
    result.lines++;
    const parsed = parseAddressLine(line);
    if ('error' in parsed) result.errors.push({ line: result.lines, message: parsed.error });
    else if ('row' in parsed) {
      if (parsed.row.municipality !== town) result.otherMunicipalities++;
      else batch.push(parsed.row);
    }
    if (batch.length >= 500) await flush();
    if (result.lines % every === 0)
      options.progress?.(
        `${result.lines} Zeilen gelesen, ${result.imported + batch.length} Adressen, ${result.errors.length} fehlerhaft`,
      );
  }
  await flush();
  return result;
}

export const MAX_SUGGESTIONS = 20;

/** Addresses of the town whose "street number" starts with the prefix, by street and number. */
export async function addressSuggestions(db: PrismaClient, prefix: string, first: number) {
  if (!Number.isInteger(first) || first < 1 || first > MAX_SUGGESTIONS)
    throw badInput(`first must be from 1 to ${MAX_SUGGESTIONS}.`, 'first');
  if (prefix.length > 200) throw badInput('prefix must be at most 200 characters.', 'prefix');
  const key = searchKey(prefix);
  if (key.length < 2) return [];
  const pattern = `${key.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  // street, then the number as a number (2 before 10), then the addition
  return db.$queryRaw<Address[]>`
    SELECT * FROM "address"
    WHERE "municipality" = ${municipalityKey()} AND "search" LIKE ${pattern}
    ORDER BY "street", "houseNumber"::int, "addition", "id"
    LIMIT ${first}`;
}

export const addressLabel = (a: {
  street: string;
  houseNumber: string;
  addition: string;
  postalCode: string | null;
  locality: string | null;
}) =>
  `${a.street} ${a.houseNumber}${a.addition}${a.postalCode || a.locality ? `, ${[a.postalCode, a.locality].filter(Boolean).join(' ')}` : ''}`;
