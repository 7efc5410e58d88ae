/**
 * "Passwort vergessen?": a link by mail that sets a new password once.
 *
 * - The token in the link is 32 random bytes; the hub keeps only its SHA-256 (a leaked table
 *   opens no account), with an expiry (PASSWORD_RESET_TTL_MINUTES, default 30) and the time it
 *   was used. Using it is one conditional UPDATE, so two uses racing cannot both win.
 * - Every address gets the same answer, and the mail leaves after the answer (a known
 *   address costs no SMTP round trip the caller could time): nobody learns who has an account.
 * - Requests are throttled per address (3 an hour) and per client address (10 an hour),
 *   counted for unknown addresses alike.
 * - A new password must pass the same strength check as at signUp. Setting it ends the
 *   account's sessions issued before (Account.sessionsValidFrom, which the gateways poll)
 *   and voids the account's other open links.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  auditEntryData,
  badInput,
  ErrorCode,
  envInt,
  HubError,
  type Logger,
  type Throttle,
  type Throttled,
  type ThrottlePolicy,
} from '@kaarst/kit';
import { configuredPublicUrl } from '@kaarst/kit/common';
import type { PrismaClient } from './generated/prisma/client.ts';
import { mailConfigured, sendMail } from './mailer.ts';
import { hashPassword, passwordWeakness } from './passwords.ts';

const TTL_MINUTES = envInt('PASSWORD_RESET_TTL_MINUTES', 30);
const HOUR = { firstLockSeconds: 900, maxLockSeconds: 3600, forgetAfterSeconds: 3600 };
const perAddress: ThrottlePolicy = { free: envInt('PASSWORD_RESET_PER_ADDRESS', 3), ...HOUR };
const perClient: ThrottlePolicy = { free: envInt('PASSWORD_RESET_PER_CLIENT', 10), ...HOUR };

/** The portal's page that takes the token (a hash route: the token never reaches a server log). */
export const RESET_PATH = '/#/passwort-neu/';

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

/** The reset link's base: HUB_PUBLIC_URL, else the gateway's default address in development. */
export const resetLink = (token: string) =>
  `${configuredPublicUrl() ?? 'http://localhost:4000'}${RESET_PATH}${token}`;

export type ResetRefusal = 'UNKNOWN' | 'USED' | 'EXPIRED';
export const invalidResetToken = (reason: ResetRefusal) =>
  new HubError(
    ErrorCode.INVALID_RESET_TOKEN,
    reason === 'USED'
      ? 'This link was used already: ask for a new one.'
      : reason === 'EXPIRED'
        ? 'This link has expired: ask for a new one.'
        : 'This link is not valid: ask for a new one.',
    { reason },
  );

function resetMail(displayName: string, link: string) {
  return {
    subject: 'Kaarst: Neues Passwort festlegen / Set a new password',
    text: [
      `Guten Tag ${displayName},`,
      '',
      'für Ihr Konto beim Kaarst Smart City Hub wurde ein neues Passwort angefordert.',
      `Mit diesem Link legen Sie es fest (${TTL_MINUTES} Minuten gültig, nur einmal):`,
      '',
      link,
      '',
      'Waren Sie das nicht? Dann ignorieren Sie diese E-Mail; Ihr Passwort bleibt, wie es ist.',
      '',
      '--',
      `Someone asked for a new password for your Kaarst Smart City Hub account. Set one with the link above (valid for ${TTL_MINUTES} minutes, once). If it was not you, ignore this email.`,
    ].join('\n'),
  };
}

export interface ResetRequest {
  db: PrismaClient;
  throttle: Throttle;
  client: string | null;
  log: Logger;
}

/** Sends a reset link if an account has this (normalized) address; true in every case. */
export async function requestPasswordReset(
  { db, throttle, client, log }: ResetRequest,
  normalizedEmail: string,
): Promise<boolean> {
  if (!mailConfigured())
    throw new HubError(
      ErrorCode.MAIL_NOT_CONFIGURED,
      'Passwords cannot be reset by mail at this hub (no mail server is set up). Please contact the town.',
    );
  const attempt: Throttled[] = [
    { key: `password-reset:address:${sha256(normalizedEmail)}`, policy: perAddress, onSuccess: 'refund' },
    ...(client
      ? [{ key: `password-reset:client:${client}`, policy: perClient, onSuccess: 'refund' as const }]
      : []),
  ];
  await throttle.attempt(attempt); // RATE_LIMITED, for known and unknown addresses alike
  const account = await db.account.findUnique({ where: { email: normalizedEmail } });
  if (!account) return true;
  const token = randomBytes(32).toString('base64url');
  await db.passwordReset.create({
    data: {
      tokenHash: sha256(token),
      accountId: account.id,
      expiresAt: new Date(Date.now() + TTL_MINUTES * 60_000),
    },
  });
  const mail = { to: account.email, ...resetMail(account.displayName, resetLink(token)) };
  // After the answer: the caller must not be able to time whether a mail went out.
  setImmediate(() => {
    sendMail(mail, log).then(
      (outcome) => log.info({ accountId: account.id, outcome }, 'password reset link sent'),
      (err: unknown) => log.error({ err, accountId: account.id }, 'password reset mail failed'),
    );
  });
  return true;
}

/** The instant from which sessions count again: the next whole second (session tokens carry whole seconds). */
const nextWholeSecond = (now: number) => new Date((Math.floor(now / 1000) + 1) * 1000);

/** Sets a new password with a reset token; ends the account's earlier sessions. */
export async function resetPassword(db: PrismaClient, token: string, newPassword: string): Promise<boolean> {
  if (newPassword.length < 10 || newPassword.length > 1024)
    throw badInput('The password needs at least 10 characters.', 'newPassword');
  const tokenHash = /^[A-Za-z0-9_-]{43}$/.test(token) ? sha256(token) : null;
  const reset = tokenHash
    ? await db.passwordReset.findUnique({ where: { tokenHash }, include: { account: true } })
    : null;
  if (!reset || !tokenHash) throw invalidResetToken('UNKNOWN');
  if (reset.usedAt) throw invalidResetToken('USED');
  if (reset.expiresAt.getTime() <= Date.now()) throw invalidResetToken('EXPIRED');
  const weakness = passwordWeakness(newPassword, [reset.account.email, reset.account.displayName]);
  if (weakness)
    throw new HubError(
      ErrorCode.BAD_USER_INPUT,
      'This password is too easy to guess (a common password, a pattern or your own name): choose another, e.g. several words.',
      { field: 'newPassword', reason: 'PASSWORD_TOO_WEAK', ...weakness },
    );
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    const now = new Date();
    // Used once: only the first of two racing uses finds the row still open.
    const taken = await tx.passwordReset.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (taken.count !== 1) {
      const again = await tx.passwordReset.findUnique({ where: { tokenHash } });
      throw invalidResetToken(again?.usedAt ? 'USED' : 'EXPIRED');
    }
    await tx.account.update({
      where: { id: reset.accountId },
      data: { passwordHash, sessionsValidFrom: nextWholeSecond(now.getTime()) },
    });
    // The account's other open links are void now.
    await tx.passwordReset.updateMany({
      where: { accountId: reset.accountId, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    const viewer = { id: reset.accountId, roles: reset.account.roles as never[] };
    await tx.auditEntry.create({
      data: auditEntryData(viewer, 'account.passwordReset', { type: 'Account', id: reset.accountId }),
    });
  });
  return true;
}

/**
 * Waits, if need be, until sessions of this account count again (at most a second after a reset).
 * A timer may fire a little before the wall clock reaches its time (it counts from the event
 * loop's cached time, which lags): a token signed then would carry the second before the cutoff
 * and be refused as ended. So it waits again until the clock has reached the cutoff.
 */
export async function sessionsOpen(account: { sessionsValidFrom: Date | null }): Promise<void> {
  const from = account.sessionsValidFrom?.getTime() ?? 0;
  for (let wait = from - Date.now(); wait > 0; wait = from - Date.now())
    await new Promise((resolve) => setTimeout(resolve, wait));
}

/** Accounts whose sessions issued before `validFrom` are refused; those older than a session's life are left out. */
export async function sessionCutoffs(db: PrismaClient, sessionTtlSeconds: number) {
  const accounts = await db.account.findMany({
    where: { sessionsValidFrom: { gt: new Date(Date.now() - sessionTtlSeconds * 1000) } },
    select: { id: true, sessionsValidFrom: true },
  });
  return accounts.map((a) => ({ accountId: a.id, validFrom: a.sessionsValidFrom as Date }));
}
