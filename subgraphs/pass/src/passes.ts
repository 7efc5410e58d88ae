/**
 * The life of a Kaarst Pass: application (approved at once for a Kaarst address,
 * else by staff), suspension, revocation, reactivation. Every staff action is
 * audited in the same transaction as the change.
 */
import {
  auditEntryData,
  badInput,
  conflict,
  HubError,
  isUniqueViolation,
  notFound,
  requireRole,
  requireViewer,
  type Viewer,
} from '@kaarst/kit';
import {
  signKaarstPassToken,
  TOKEN_LIFETIME_SECONDS,
  TOKEN_WINDOW_SECONDS,
  tokenWindowStart,
} from '@kaarst/pass-verify';
import type { KaarstPass, PassStatus, PrismaClient } from './generated/prisma/client.ts';
import { effectiveStatus, QUEUED_TRANSACTION } from './models.ts';
import type { PassSigningKey } from './signing-key.ts';

/** The automatic rule: an address in Kaarst's postal code is approved at once. */
export const KAARST_POSTAL_CODE = '41564';
const LIVE: PassStatus[] = ['PENDING', 'ACTIVE', 'SUSPENDED'];
const REASON_MAX = 500;

/** A pass is valid for one year from approval. */
export function oneYearFrom(start: Date): Date {
  const end = new Date(start);
  end.setUTCFullYear(end.getUTCFullYear() + 1);
  // Whole seconds, as the QR token carries it: the app and the verifier show the same end.
  end.setUTCMilliseconds(0);
  return end;
}

function checkedAddress(input: { postalCode: string; street: string }) {
  const postalCode = input.postalCode.trim();
  const street = input.street.trim();
  if (!/^\d{5}$/.test(postalCode)) throw badInput('The postal code has five digits.', 'postalCode');
  if (street.length < 3 || street.length > 200)
    throw badInput('Give the street and house number (3 to 200 characters).', 'street');
  return { postalCode, street };
}

function checkedReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length === 0 || trimmed.length > REASON_MAX)
    throw badInput(`Give a reason (1 to ${REASON_MAX} characters).`, 'reason');
  return trimmed;
}

/** The viewer's live pass, else their latest; null if they never applied. */
export function passOf(db: PrismaClient, holderId: string) {
  return db.kaarstPass.findFirst({
    where: { holderId },
    orderBy: [{ appliedAt: 'desc' }],
  });
}

/**
 * Applies for a pass. A second application returns the live pass unchanged; an
 * expired one is renewed in place (same number) by the same rule as a first one.
 */
export async function applyForPass(
  db: PrismaClient,
  viewer: Viewer | null,
  input: { postalCode: string; street: string },
  now = new Date(),
): Promise<KaarstPass> {
  const holder = requireViewer(viewer);
  const address = checkedAddress(input);
  const automatic = address.postalCode === KAARST_POSTAL_CODE;
  const decided = automatic
    ? { status: 'ACTIVE' as const, validFrom: now, validUntil: oneYearFrom(now), decidedAt: now }
    : { status: 'PENDING' as const, validFrom: null, validUntil: null, decidedAt: null };
  const statusReason = automatic ? 'Automatisch bewilligt: Wohnsitz in Kaarst' : null;
  try {
    return await db.$transaction(async (tx) => {
      const live = await tx.kaarstPass.findFirst({ where: { holderId: holder.id, status: { in: LIVE } } });
      if (live && effectiveStatus(live, now) !== 'EXPIRED') return live;
      if (live) {
        return tx.kaarstPass.update({
          where: { id: live.id },
          data: { ...address, ...decided, statusReason, appliedAt: now },
        });
      }
      return tx.kaarstPass.create({ data: { holderId: holder.id, ...address, ...decided, statusReason } });
    }, QUEUED_TRANSACTION);
  } catch (error) {
    // Two applications at once: the partial unique index let one through; answer with it.
    if (!isUniqueViolation(error)) throw error;
    const live = await db.kaarstPass.findFirst({ where: { holderId: holder.id, status: { in: LIVE } } });
    if (!live) throw error;
    return live;
  }
}

type StaffAction = 'approve' | 'reject' | 'suspend' | 'revoke' | 'reactivate';
const ALLOWED_FROM: Record<StaffAction, PassStatus[]> = {
  approve: ['PENDING'],
  reject: ['PENDING'],
  suspend: ['ACTIVE'],
  revoke: ['PENDING', 'ACTIVE', 'SUSPENDED'],
  reactivate: ['SUSPENDED'],
};
const RESULT: Record<StaffAction, PassStatus> = {
  approve: 'ACTIVE',
  reject: 'REJECTED',
  suspend: 'SUSPENDED',
  revoke: 'REVOKED',
  reactivate: 'ACTIVE',
};

/** A staff decision on a pass, with its reason, audited with it. */
export async function staffChangePass(
  db: PrismaClient,
  viewer: Viewer | null,
  id: string,
  action: StaffAction,
  reasonInput: string,
  now = new Date(),
): Promise<KaarstPass> {
  const staff = requireRole(viewer, 'staff');
  const reason = checkedReason(reasonInput);
  return db.$transaction(async (tx) => {
    const pass = await tx.kaarstPass.findUnique({ where: { id } });
    if (!pass) throw notFound('The Kaarst Pass');
    if (!ALLOWED_FROM[action].includes(pass.status))
      throw conflict(`A ${pass.status.toLowerCase()} pass cannot be changed that way (${action}).`);
    if (action === 'reactivate' && effectiveStatus({ ...pass, status: 'ACTIVE' }, now) === 'EXPIRED')
      throw new HubError('PASS_EXPIRED', 'The pass has expired; the holder applies again instead.');
    const approval =
      action === 'approve' ? { validFrom: now, validUntil: oneYearFrom(now), decidedAt: now } : {};
    const updated = await tx.kaarstPass.update({
      where: { id },
      data: {
        status: RESULT[action],
        statusReason: reason,
        ...(action === 'reject' ? { decidedAt: now } : {}),
        ...approval,
      },
    });
    await tx.auditEntry.create({
      data: auditEntryData(staff, `kaarstPass.${action}`, { type: 'KaarstPass', id }, reason),
    });
    return updated;
  }, QUEUED_TRANSACTION);
}

/** The QR token for the holder's active pass, for the current 30-second window. */
export async function passToken(
  db: PrismaClient,
  key: PassSigningKey,
  viewer: Viewer | null,
  now = new Date(),
) {
  const holder = requireViewer(viewer);
  const pass = await db.kaarstPass.findFirst({ where: { holderId: holder.id, status: { in: LIVE } } });
  if (!pass) throw notFound('A Kaarst Pass of yours');
  const status = effectiveStatus(pass, now);
  if (status === 'EXPIRED') throw new HubError('PASS_EXPIRED', 'Your Kaarst Pass has expired; apply again.');
  if (status !== 'ACTIVE' || !pass.validUntil)
    throw new HubError('PASS_NOT_ACTIVE', `Your Kaarst Pass is ${status.toLowerCase()}, not active.`);
  const token = await signKaarstPassToken(
    key.privateJwk,
    { passNumber: pass.number, validUntil: pass.validUntil },
    now,
  );
  const windowStart = tokenWindowStart(now) * 1000;
  return {
    token,
    refreshAt: new Date(windowStart + TOKEN_WINDOW_SECONDS * 1000),
    expiresAt: new Date(windowStart + TOKEN_LIFETIME_SECONDS * 1000),
  };
}

/**
 * Numbers verifiers must refuse: revoked and suspended passes. Those whose
 * validity has ended are left out (their tokens say so themselves), which keeps
 * the list short; revoked applications never had a token.
 */
export async function revokedNumbers(db: PrismaClient, now = new Date()): Promise<string[]> {
  const passes = await db.kaarstPass.findMany({
    where: { status: { in: ['REVOKED', 'SUSPENDED'] }, validUntil: { gt: now } },
    select: { number: true },
    orderBy: { number: 'asc' },
  });
  return passes.map((p) => p.number);
}
