/**
 * Who may take part: an account comments; a verified Kaarst resident (of the process's
 * minimum age) supports and votes. Staff verify in person at the Bürgerbüro, or issue a
 * one-time code that goes by letter to the registered address. The code has 60 random bits
 * (12 characters of Crockford base32) and is kept only as its SHA-256: one fast hash is enough
 * for a random secret of that size (no dictionary to try), the lookup stays an index hit, and
 * guessing is throttled per client and account (RATE_LIMITED) and bounded by the expiry.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  auditEntryData,
  badInput,
  forbidden,
  HubError,
  requireRole,
  requireViewer,
  type Throttle,
  type Throttled,
  type Viewer,
} from '@kaarst/kit';
import type { PrismaClient, Verification } from './generated/prisma/client.ts';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford base32: no I, L, O, U
const LETTER_VALID_DAYS = 60;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const hashCode = (code: string) => createHash('sha256').update(normaliseCode(code)).digest('hex');

/** Upper case, without spaces and dashes; O read as 0, I and L as 1 (Crockford). */
export function normaliseCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '').replaceAll('O', '0').replace(/[IL]/g, '1');
}

function newCode(): string {
  const bytes = randomBytes(12);
  let code = '';
  for (const byte of bytes) code += ALPHABET[byte & 31];
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8, 12)}`;
}

export function checkAccountId(id: string, field = 'accountId'): string {
  if (!UUID.test(id)) throw badInput('That is not an account id.', field);
  return id.toLowerCase();
}

export function parseBirthDate(text: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match ? new Date(`${text}T00:00:00Z`) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text)
    throw badInput('The birth date must be a date as YYYY-MM-DD.', 'birthDate');
  const age = ageOn(date, new Date());
  if (age < 0 || age > 125) throw badInput('The birth date is not plausible.', 'birthDate');
  return date;
}

/** Whole years from the birth date to `on` (UTC calendar dates). */
export function ageOn(birthDate: Date, on: Date): number {
  let age = on.getUTCFullYear() - birthDate.getUTCFullYear();
  const beforeBirthday =
    on.getUTCMonth() < birthDate.getUTCMonth() ||
    (on.getUTCMonth() === birthDate.getUTCMonth() && on.getUTCDate() < birthDate.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}

export function statusOf(verification: Verification | null) {
  return {
    verified: verification !== null,
    method: verification?.method ?? null,
    verifiedAt: verification?.verifiedAt ?? null,
  };
}

export async function myStatus(db: PrismaClient, viewer: Viewer | null) {
  const me = requireViewer(viewer);
  return statusOf(await db.verification.findUnique({ where: { accountId: me.id } }));
}

/**
 * The signed-in person as a verified resident of at least `minimumAge`: FORBIDDEN with
 * `reason` NOT_VERIFIED or TOO_YOUNG otherwise (UNAUTHENTICATED without a session).
 */
export async function requireVerified(
  db: Pick<PrismaClient, 'verification'>,
  viewer: Viewer | null,
  minimumAge: number,
  accountId?: string,
): Promise<Verification> {
  const me = requireViewer(viewer);
  return checkVerified(await verificationOf(db, accountId ?? me.id), minimumAge);
}

/** The account's verification, if any (read beside other lookups; checked with checkVerified). */
export function verificationOf(db: Pick<PrismaClient, 'verification'>, accountId: string) {
  return db.verification.findUnique({ where: { accountId } });
}

/**
 * SQL: the account (a uuid expression) is a verified resident of at least `minimumAge` (an SQL
 * expression) today, counted in whole years on UTC calendar dates as `ageOn` does (born on
 * 29 February: of age on 1 March). Lets a write check it in its own statement.
 */
export const verifiedResidentSql = (account: string, minimumAge: string) =>
  `EXISTS (SELECT 1 FROM "verification" v WHERE v."accountId" = ${account}
     AND v."birthDate" <= ((now() AT TIME ZONE 'UTC')::date - make_interval(years => ${minimumAge}))::date)`;

/** FORBIDDEN (NOT_VERIFIED, TOO_YOUNG) unless `verification` shows a resident of at least `minimumAge`. */
export function checkVerified(verification: Verification | null, minimumAge: number): Verification {
  if (!verification)
    throw new HubError('FORBIDDEN', 'Only verified Kaarst residents may do this. Verify first.', {
      reason: 'NOT_VERIFIED',
    });
  if (ageOn(verification.birthDate, new Date()) < minimumAge)
    throw new HubError('FORBIDDEN', `Taking part needs an age of at least ${minimumAge}.`, {
      reason: 'TOO_YOUNG',
    });
  return verification;
}

export async function verifyInPerson(
  db: PrismaClient,
  viewer: Viewer | null,
  accountId: string,
  birthDateText: string,
) {
  const staff = requireRole(viewer, 'staff');
  const id = checkAccountId(accountId);
  const birthDate = parseBirthDate(birthDateText);
  const [verification] = await db.$transaction([
    db.verification.upsert({
      where: { accountId: id },
      update: { method: 'IN_PERSON', birthDate, verifiedAt: new Date() },
      create: { accountId: id, method: 'IN_PERSON', birthDate },
    }),
    db.auditEntry.create({
      data: auditEntryData(staff, 'participation.verifyInPerson', { type: 'Account', id }),
    }),
  ]);
  return statusOf(verification);
}

export async function issueLetter(
  db: PrismaClient,
  viewer: Viewer | null,
  accountId: string,
  birthDateText: string,
) {
  const staff = requireRole(viewer, 'staff');
  const id = checkAccountId(accountId);
  const birthDate = parseBirthDate(birthDateText);
  const code = newCode();
  const expiresAt = new Date(Date.now() + LETTER_VALID_DAYS * 86_400_000);
  await db.$transaction([
    db.letterCode.create({ data: { accountId: id, codeHash: hashCode(code), birthDate, expiresAt } }),
    db.auditEntry.create({
      data: auditEntryData(staff, 'participation.issueLetter', { type: 'Account', id }),
    }),
  ]);
  return { code, expiresAt };
}

const CODE_POLICY = { free: 5, firstLockSeconds: 30, maxLockSeconds: 900, forgetAfterSeconds: 3600 };

export async function redeemCode(
  db: PrismaClient,
  viewer: Viewer | null,
  throttle: Throttle,
  client: string | null,
  code: string,
) {
  const me = requireViewer(viewer);
  const attempt: Throttled[] = [
    { key: `letter-code:account:${me.id}`, policy: CODE_POLICY, onSuccess: 'forget' },
    ...(client
      ? [
          {
            key: `letter-code:client:${client}`,
            policy: { ...CODE_POLICY, free: 20 },
            onSuccess: 'refund' as const,
          },
        ]
      : []),
  ];
  await throttle.attempt(attempt);
  const normalised = normaliseCode(code);
  if (!/^[0-9A-Z]{12}$/.test(normalised)) throw badInput('The code has 12 letters and digits.', 'code');
  const now = new Date();
  const found = await db.letterCode.findUnique({ where: { codeHash: hashCode(normalised) } });
  if (!found || found.redeemedAt || found.expiresAt <= now)
    throw badInput('This code is not valid (wrong, used or expired).', 'code');
  // The letter went to this account's address: a code is no good for anyone else.
  if (found.accountId !== me.id) throw forbidden('This code was issued for another account.');
  const verification = await db.$transaction(async (tx) => {
    const used = await tx.letterCode.updateMany({
      where: { id: found.id, redeemedAt: null },
      data: { redeemedAt: now },
    });
    if (used.count !== 1) throw badInput('This code is not valid (wrong, used or expired).', 'code');
    return tx.verification.upsert({
      where: { accountId: me.id },
      update: { method: 'LETTER', birthDate: found.birthDate, verifiedAt: now },
      create: { accountId: me.id, method: 'LETTER', birthDate: found.birthDate },
    });
  });
  await throttle.succeeded(attempt);
  return statusOf(verification);
}
