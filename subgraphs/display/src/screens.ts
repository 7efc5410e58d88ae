/**
 * The five screens, their credentials (only a hash of each secret is stored; a credential
 * reads its own screen, never changes anything, and can be revoked), heartbeats and fleet health.
 */
import { createHash, randomBytes } from 'node:crypto';
import { badInput, forbidden, notFound } from '@kaarst/kit';
import type { PrismaClient, Screen } from './generated/prisma/client.ts';
import type { ScreenHealthModel } from './models.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: string) => UUID.test(id);

const hashSecret = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('hex');

export function text(value: string, field: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length < 1 || trimmed.length > max)
    throw badInput(`${field} must be 1 to ${max} characters.`, field);
  return trimmed;
}

export const listScreens = (db: PrismaClient) => db.screen.findMany({ orderBy: { id: 'asc' } });
export const screenById = (db: PrismaClient, id: string) => db.screen.findUnique({ where: { id } });

/**
 * The screen, when `secret` is one of its credentials and not revoked:
 * unknown screen NOT_FOUND; wrong, foreign or revoked credential FORBIDDEN.
 */
export async function authorizeScreen(db: PrismaClient, screenId: string, secret: string): Promise<Screen> {
  const screen = await screenById(db, screenId);
  if (!screen) throw notFound('The screen');
  if (secret.length > 200) throw forbidden('This is not a valid credential for this screen.');
  const credential = await db.screenCredential.findUnique({ where: { secretHash: hashSecret(secret) } });
  if (!credential || credential.screenId !== screenId)
    throw forbidden('This is not a valid credential for this screen.');
  if (credential.revokedAt) throw forbidden('This display credential has been revoked.');
  return screen;
}

/**
 * The check at every event of a screen's subscription: one query, the credential still this
 * screen's and not revoked (the screen itself was checked at subscribe; screens are never deleted).
 */
export function credentialCheck(db: PrismaClient, screenId: string, secret: string): () => Promise<void> {
  const secretHash = hashSecret(secret);
  return async () => {
    const credential = await db.screenCredential.findUnique({
      where: { secretHash },
      select: { screenId: true, revokedAt: true },
    });
    if (!credential || credential.screenId !== screenId)
      throw forbidden('This is not a valid credential for this screen.');
    if (credential.revokedAt) throw forbidden('This display credential has been revoked.');
  };
}

export async function issueCredential(db: PrismaClient, screenId: string, fixedSecret?: string) {
  if (!(await screenById(db, screenId))) throw notFound('The screen');
  const secret = fixedSecret ?? `kd_${randomBytes(32).toString('base64url')}`;
  const credential = await db.screenCredential.create({ data: { screenId, secretHash: hashSecret(secret) } });
  return { secret, credential };
}

export async function revokeCredential(db: PrismaClient, id: string) {
  if (!isUuid(id)) throw notFound('The credential');
  const credential = await db.screenCredential.findUnique({ where: { id } });
  if (!credential) throw notFound('The credential');
  if (credential.revokedAt) return credential;
  return db.screenCredential.update({ where: { id }, data: { revokedAt: new Date() } });
}

export const credentialsOf = (db: PrismaClient, screenId: string) =>
  db.screenCredential.findMany({ where: { screenId }, orderBy: { issuedAt: 'asc' } });

// --- Fleet health ----------------------------------------------------------------

export async function heartbeat(
  db: PrismaClient,
  input: { screenId: string; credential: string; clientVersion: string; showing: string },
): Promise<ScreenHealthModel> {
  const screen = await authorizeScreen(db, input.screenId, input.credential);
  const clientVersion = text(input.clientVersion, 'clientVersion', 40);
  const showing = text(input.showing, 'showing', 80);
  const lastSeenAt = new Date();
  const updated = await db.screen.update({
    where: { id: screen.id },
    data: { lastSeenAt, clientVersion, showing },
  });
  return { screen: updated, lastSeenAt, clientVersion, showing, online: true };
}

export async function fleetHealth(db: PrismaClient, offlineAfterSeconds: number, now = new Date()) {
  if (!Number.isInteger(offlineAfterSeconds) || offlineAfterSeconds < 1 || offlineAfterSeconds > 86_400)
    throw badInput('offlineAfterSeconds is 1 to 86400.', 'offlineAfterSeconds');
  return (await listScreens(db)).map(
    (screen): ScreenHealthModel => ({
      screen,
      lastSeenAt: screen.lastSeenAt,
      clientVersion: screen.clientVersion,
      showing: screen.showing,
      online:
        screen.lastSeenAt !== null &&
        now.getTime() - screen.lastSeenAt.getTime() <= offlineAfterSeconds * 1000,
    }),
  );
}
