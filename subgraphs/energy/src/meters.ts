/**
 * Meters and consent. The metering operator registers meters with the
 * activation code it prints in its letter; the household links the meter with
 * number and code. Data-minimal by default (monthly totals); 15-minute and live
 * values only after an opt-in that can be withdrawn, and withdrawing deletes
 * them. Only the owner reaches a meter: anyone else gets NOT_FOUND, as if it
 * did not exist. Every change of level is kept as a consent event.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { badInput, conflict, forbidden, HubError, notFound, requireViewer, type Viewer } from '@kaarst/kit';
import { METER_ID } from './domain/readings.ts';
import type { Meter, PrismaClient } from './generated/prisma/client.ts';
import { TRANSACTION } from './ingest.ts';
import { lockMeters } from './store/sql.ts';

const scryptAsync = promisify(scrypt) as (code: string, salt: Buffer, length: number) => Promise<Buffer>;
export const MAX_FAILED_CODES = 5;
export const LOCK_MS = 60 * 60_000;
export const DISTRICTS = ['Kaarst', 'Büttgen', 'Holzbüttgen', 'Vorst', 'Driesch'] as const;

/** Codes are printed in groups ("AB12-CD34"); case, spaces and dashes do not matter. */
const normaliseCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');

export async function hashActivationCode(code: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(normaliseCode(code), salt, 32);
  return `${salt.toString('hex')}:${hash.toString('hex')}`;
}

async function codeMatches(code: string, stored: string): Promise<boolean> {
  const [salt, hash] = stored.split(':');
  if (!salt || !hash) return false;
  const actual = await scryptAsync(normaliseCode(code), Buffer.from(salt, 'hex'), 32);
  return timingSafeEqual(actual, Buffer.from(hash, 'hex'));
}

export function checkMeterId(meterId: string): string {
  if (!METER_ID.test(meterId))
    throw badInput('A meter number has 3 to 64 letters, digits, dots or dashes.', 'meterId');
  return meterId;
}

/** The viewer's own meter, or NOT_FOUND (never FORBIDDEN: that would say the meter exists). */
export async function ownMeter(db: PrismaClient, viewer: Viewer | null, meterId: string): Promise<Meter> {
  const { id } = requireViewer(viewer);
  const meter = await db.meter.findUnique({ where: { id: meterId } });
  if (!meter || meter.ownerId !== id) throw notFound('The meter');
  return meter;
}

export async function requireFine(db: PrismaClient, viewer: Viewer | null, meterId: string): Promise<Meter> {
  const meter = await ownMeter(db, viewer, meterId);
  if (meter.dataLevel !== 'FINE')
    throw forbidden('15-minute and live values need your opt-in first (setMeterDataLevel FINE).');
  return meter;
}

export interface LinkInput {
  meterId: string;
  activationCode: string;
  label?: string | null;
  sector?: 'HOUSEHOLD' | 'BUSINESS' | null;
  householdSize?: number | null;
}

export async function linkMeter(db: PrismaClient, viewer: Viewer | null, input: LinkInput): Promise<Meter> {
  const { id: ownerId } = requireViewer(viewer);
  checkMeterId(input.meterId);
  if (input.activationCode.length > 64) throw badInput('The activation code is too long.', 'activationCode');
  if (input.label && input.label.length > 80) throw badInput('A label has at most 80 characters.', 'label');
  if (
    input.householdSize != null &&
    (!Number.isInteger(input.householdSize) || input.householdSize < 1 || input.householdSize > 20)
  )
    throw badInput('A household has 1 to 20 people.', 'householdSize');
  const wrong = () => notFound('A meter with this number and activation code');
  const outcome = await db.$transaction(async (tx) => {
    await lockMeters(tx, [input.meterId]);
    const meter = await tx.meter.findUnique({ where: { id: input.meterId } });
    if (!meter) return { error: wrong() };
    if (meter.lockedUntil && meter.lockedUntil.getTime() > Date.now())
      return {
        error: new HubError('FORBIDDEN', 'Too many wrong activation codes: try again in an hour.', {
          retryAfterSeconds: Math.ceil((meter.lockedUntil.getTime() - Date.now()) / 1000),
        }),
      };
    if (!(await codeMatches(input.activationCode, meter.activationCodeHash))) {
      const failed = meter.failedAttempts + 1;
      await tx.meter.update({
        where: { id: meter.id },
        data:
          failed >= MAX_FAILED_CODES
            ? { failedAttempts: 0, lockedUntil: new Date(Date.now() + LOCK_MS) }
            : { failedAttempts: failed },
      });
      return { error: wrong() };
    }
    if (meter.ownerId === ownerId) return { meter };
    if (meter.ownerId) return { error: conflict('This meter is linked to another account.') };
    await tx.consentEvent.create({ data: { meterId: meter.id, ownerId, level: 'MONTHLY' } });
    return {
      meter: await tx.meter.update({
        where: { id: meter.id },
        data: {
          ownerId,
          linkedAt: new Date(),
          failedAttempts: 0,
          lockedUntil: null,
          label: input.label ?? null,
          ...(input.sector ? { sector: input.sector } : {}),
          householdSize: input.householdSize ?? null,
        },
      }),
    };
  }, TRANSACTION);
  if ('error' in outcome) throw outcome.error;
  return outcome.meter;
}

/** Deletes the fine data of a meter: readings but the newest counter (its power too), finer rollups, load profiles. */
async function deleteFineData(tx: Pick<PrismaClient, '$executeRawUnsafe'>, meterId: string): Promise<void> {
  await tx.$executeRawUnsafe(
    `DELETE FROM reading WHERE "meterId" = $1 AND at <> COALESCE(
       (SELECT max(at) FROM reading WHERE "meterId" = $1 AND "importWh" IS NOT NULL), 'epoch'::timestamptz)`,
    meterId,
  );
  await tx.$executeRawUnsafe(`UPDATE reading SET "powerW" = NULL WHERE "meterId" = $1`, meterId);
  await tx.$executeRawUnsafe(`DELETE FROM rollup WHERE "meterId" = $1 AND resolution <> 'MONTH'`, meterId);
  await tx.$executeRawUnsafe(`DELETE FROM profile_value WHERE "meterId" = $1`, meterId);
}

export async function setDataLevel(
  db: PrismaClient,
  viewer: Viewer | null,
  meterId: string,
  level: 'MONTHLY' | 'FINE',
): Promise<Meter> {
  const meter = await ownMeter(db, viewer, meterId);
  if (meter.dataLevel === level) return meter;
  return db.$transaction(async (tx) => {
    // Ingest holds this lock while it stores a batch: after this, no fine value arrives for a MONTHLY meter.
    await lockMeters(tx, [meterId]);
    if (level === 'MONTHLY') await deleteFineData(tx, meterId);
    await tx.consentEvent.create({ data: { meterId, ownerId: meter.ownerId, level } });
    return tx.meter.update({
      where: { id: meterId },
      data: { dataLevel: level, fineSince: level === 'FINE' ? new Date() : null },
    });
  }, TRANSACTION);
}

/** Everything measured about a meter goes; the meter waits for its next household. */
export async function unlinkMeter(
  db: PrismaClient,
  viewer: Viewer | null,
  meterId: string,
): Promise<boolean> {
  const meter = await ownMeter(db, viewer, meterId);
  await db.$transaction(async (tx) => {
    await lockMeters(tx, [meterId]);
    await clearMeter(tx, meter.id);
    await tx.consentEvent.create({ data: { meterId, ownerId: meter.ownerId, level: 'MONTHLY' } });
  }, TRANSACTION);
  return true;
}

/** Deletes a meter's measurements, tariffs and keys and unlinks it (unlinking, account erasure). */
export async function clearMeter(
  tx: Pick<PrismaClient, '$executeRawUnsafe'>,
  meterId: string,
): Promise<void> {
  for (const table of ['reading', 'rollup', 'profile_value', 'ingest_refusal', 'tariff', 'gateway_key'])
    await tx.$executeRawUnsafe(`DELETE FROM ${table} WHERE "meterId" = $1`, meterId);
  await tx.$executeRawUnsafe(
    `UPDATE meter SET "ownerId" = NULL, "linkedAt" = NULL, label = NULL, "householdSize" = NULL,
       "dataLevel" = 'MONTHLY', "fineSince" = NULL, "capacityEurPerKwYear" = NULL WHERE id = $1`,
    meterId,
  );
}

export async function setCapacityCharge(
  db: PrismaClient,
  viewer: Viewer | null,
  meterId: string,
  eurPerKwYear: number | null | undefined,
): Promise<Meter> {
  await ownMeter(db, viewer, meterId);
  if (eurPerKwYear != null && !(eurPerKwYear >= 0 && eurPerKwYear <= 1000))
    throw badInput('A capacity charge is 0 to 1000 € per kW and year.', 'eurPerKwYear');
  return db.meter.update({ where: { id: meterId }, data: { capacityEurPerKwYear: eurPerKwYear ?? null } });
}
