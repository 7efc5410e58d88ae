/**
 * Device binding (the pass in the pocket, offline): the holder's app registers the
 * public half of a key it made in WebCrypto, the hub certifies it with the pass key,
 * and the app signs short-lived codes itself (@kaarst/pass-verify). The holder lists
 * and revokes their devices; revoked ones go on kaarstPassRevokedDevices until their
 * last certificate has expired anyway.
 */
import { badInput, HubError, isUniqueViolation, notFound, requireViewer, type Viewer } from '@kaarst/kit';
import { deviceKeyThumbprint, devicePublicJwk, issueDeviceCertificate } from '@kaarst/pass-verify';
import type { PassDevice, PrismaClient } from './generated/prisma/client.ts';
import { effectiveStatus, QUEUED_TRANSACTION } from './models.ts';
import type { PassSigningKey } from './signing-key.ts';

/** A certificate holds this long (the phone may stay offline so long); never past the pass. */
export const CERTIFICATE_DAYS = 30;
/** Devices one pass may carry at once (revoked ones not counted). */
export const MAX_DEVICES = 5;
const LABEL_MAX = 60;

function checkedLabel(label: string): string {
  const trimmed = label.trim();
  if (trimmed.length === 0 || trimmed.length > LABEL_MAX)
    throw badInput(`Name the device (1 to ${LABEL_MAX} characters).`, 'label');
  return trimmed;
}

/**
 * Binds the device key to the holder's active pass, or renews the certificate of the
 * device already bound with that key. The pass row is locked, so the device limit holds
 * when registrations race.
 */
export async function registerDevice(
  db: PrismaClient,
  key: PassSigningKey,
  viewer: Viewer | null,
  input: { publicKey: Record<string, unknown>; label: string },
  now = new Date(),
) {
  const holder = requireViewer(viewer);
  const jwk = devicePublicJwk(input.publicKey);
  if (!jwk)
    throw badInput('The device key must be the public half of an ECDSA P-256 key (JWK).', 'publicKey');
  const label = checkedLabel(input.label);
  const thumbprint = await deviceKeyThumbprint(jwk);
  const attempt = () =>
    db.$transaction(async (tx) => {
      const pass = await tx.kaarstPass.findFirst({
        where: { holderId: holder.id, status: { in: ['ACTIVE', 'SUSPENDED', 'PENDING'] } },
      });
      if (!pass) throw notFound('A Kaarst Pass of yours');
      const status = effectiveStatus(pass, now);
      if (status !== 'ACTIVE' || !pass.validUntil)
        throw new HubError('PASS_NOT_ACTIVE', `Your Kaarst Pass is ${status.toLowerCase()}, not active.`);
      await tx.$queryRaw`SELECT id FROM kaarst_pass WHERE id = ${pass.id}::uuid FOR UPDATE`;
      const cap = new Date(now.getTime() + CERTIFICATE_DAYS * 86_400_000);
      const expiresAt = new Date(Math.min(cap.getTime(), pass.validUntil.getTime()));
      expiresAt.setUTCMilliseconds(0);
      const known = await tx.passDevice.findUnique({
        where: { passId_keyThumbprint: { passId: pass.id, keyThumbprint: thumbprint } },
      });
      let device: PassDevice;
      if (known) {
        if (known.revokedAt)
          throw new HubError('CONFLICT', 'This device was revoked; the app makes a new key.', {
            reason: 'DEVICE_REVOKED',
          });
        device = await tx.passDevice.update({
          where: { id: known.id },
          data: { label, certificateExpiresAt: expiresAt },
        });
      } else {
        const live = await tx.passDevice.count({ where: { passId: pass.id, revokedAt: null } });
        if (live >= MAX_DEVICES)
          throw new HubError('CONFLICT', `At most ${MAX_DEVICES} devices carry a pass; revoke one first.`, {
            reason: 'TOO_MANY_DEVICES',
          });
        device = await tx.passDevice.create({
          data: {
            passId: pass.id,
            holderId: holder.id,
            label,
            publicJwk: { ...jwk },
            keyThumbprint: thumbprint,
            certificateExpiresAt: expiresAt,
          },
        });
      }
      const certificate = await issueDeviceCertificate(
        key.privateJwk,
        {
          passNumber: pass.number,
          passValidUntil: pass.validUntil,
          deviceId: device.id,
          devicePublicJwk: jwk,
          expiresAt,
        },
        now,
      );
      return { device, certificate, expiresAt };
    }, QUEUED_TRANSACTION);
  try {
    return await attempt();
  } catch (error) {
    // The same key registered twice at once: the unique index let one through; renew that one.
    if (!isUniqueViolation(error)) throw error;
    return attempt();
  }
}

/** The holder's devices, newest first. */
export function devicesOf(db: PrismaClient, viewer: Viewer | null) {
  const holder = requireViewer(viewer);
  return db.passDevice.findMany({ where: { holderId: holder.id }, orderBy: { registeredAt: 'desc' } });
}

/** The holder revokes their device; a second call answers the device as it is. */
export async function revokeDevice(db: PrismaClient, viewer: Viewer | null, id: string, now = new Date()) {
  const holder = requireViewer(viewer);
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound('The device');
  // Only the holder's own device: another person's id is not found (no hint it exists).
  await db.passDevice.updateMany({
    where: { id, holderId: holder.id, revokedAt: null },
    data: { revokedAt: now },
  });
  const device = await db.passDevice.findFirst({ where: { id, holderId: holder.id } });
  if (!device) throw notFound('The device');
  return device;
}

/** Revoked devices verifiers must refuse: those whose last certificate has not expired yet. */
export async function revokedDeviceIds(db: PrismaClient, now = new Date()): Promise<string[]> {
  const devices = await db.passDevice.findMany({
    where: { revokedAt: { not: null }, certificateExpiresAt: { gt: now } },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  return devices.map((device) => device.id);
}
