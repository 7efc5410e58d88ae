/**
 * Gateway keys (the owner's) and the metering operator's registration of
 * meters (staff, audited).
 */
import { auditEntryData, badInput, notFound, requireRole, requireViewer, type Viewer } from '@kaarst/kit';
import type { PrismaClient } from './generated/prisma/client.ts';
import { checkMeterId, DISTRICTS, hashActivationCode, ownMeter } from './meters.ts';
import { hashGatewayKey, newGatewayKey } from './push-routes.ts';

export const MAX_KEYS_PER_METER = 5;
export const MAX_REGISTRATIONS = 1000;

export async function createGatewayKey(
  db: PrismaClient,
  viewer: Viewer | null,
  meterId: string,
  name: string,
) {
  await ownMeter(db, viewer, meterId);
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > 80) throw badInput('A key name has 1 to 80 characters.', 'name');
  const active = await db.gatewayKey.count({ where: { meterId, revokedAt: null } });
  if (active >= MAX_KEYS_PER_METER)
    throw badInput(`At most ${MAX_KEYS_PER_METER} active keys per meter.`, 'meterId');
  const key = newGatewayKey();
  const gatewayKey = await db.gatewayKey.create({
    data: { meterId, name: trimmed, keyHash: hashGatewayKey(key) },
  });
  return { key, gatewayKey };
}

export async function revokeGatewayKey(db: PrismaClient, viewer: Viewer | null, id: string) {
  const { id: ownerId } = requireViewer(viewer);
  const key = /^[0-9a-f-]{36}$/i.test(id)
    ? await db.gatewayKey.findUnique({ where: { id }, include: { meter: { select: { ownerId: true } } } })
    : null;
  if (!key || key.meter.ownerId !== ownerId) throw notFound('The key');
  if (key.revokedAt) return key;
  return db.gatewayKey.update({ where: { id }, data: { revokedAt: new Date() } });
}

export interface Registration {
  meterId: string;
  activationCode: string;
  district: string;
  sector?: 'HOUSEHOLD' | 'BUSINESS' | null;
}

/** New meters are created; known ones get the new code and place (their owner stays). */
export async function registerMeters(
  db: PrismaClient,
  viewer: Viewer | null,
  input: Registration[],
): Promise<number> {
  const staff = requireRole(viewer, 'staff');
  if (input.length > MAX_REGISTRATIONS)
    throw badInput(`At most ${MAX_REGISTRATIONS} meters at once.`, 'input');
  for (const [i, r] of input.entries()) {
    checkMeterId(r.meterId);
    if (!(DISTRICTS as readonly string[]).includes(r.district))
      throw badInput(`district is one of ${DISTRICTS.join(', ')}.`, `input[${i}].district`);
    if (r.activationCode.replace(/[\s-]/g, '').length < 8 || r.activationCode.length > 64)
      throw badInput('An activation code has at least 8 characters.', `input[${i}].activationCode`);
  }
  const hashes = await Promise.all(input.map((r) => hashActivationCode(r.activationCode)));
  await db.$transaction(async (tx) => {
    for (const [i, r] of input.entries()) {
      const data = {
        activationCodeHash: hashes[i] as string,
        district: r.district,
        failedAttempts: 0,
        lockedUntil: null,
        ...(r.sector ? { sector: r.sector } : {}),
      };
      await tx.meter.upsert({ where: { id: r.meterId }, create: { id: r.meterId, ...data }, update: data });
      await tx.auditEntry.create({
        data: auditEntryData(staff, 'energy.registerMeter', { type: 'Meter', id: r.meterId }),
      });
    }
  });
  return input.length;
}
