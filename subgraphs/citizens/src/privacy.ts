/**
 * Data protection: a person's copy of their data (GDPR Art. 15/20) and the
 * deletion of their account (Art. 17). The deletion happens here in one
 * transaction and is announced on the account event log, on which every
 * other subgraph erases its own records; the AccountDeletion row is the
 * outbox, so the announcement survives a broker that is away.
 */
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import {
  type AccountEventLog,
  auditEntryData,
  type BackgroundTask,
  badInput,
  forbidden,
  type Logger,
  unauthenticated,
  type Viewer,
} from '@kaarst/kit';
import type { PrismaClient } from './generated/prisma/client.ts';

/** Staff and admin accounts are closed by the administration, not by themselves. */
const SELF_SERVICE_ROLES = new Set(['citizen']);

export async function exportCitizensData(db: PrismaClient, accountId: string) {
  const [account, apiKeys, actions, passwordResets] = await Promise.all([
    db.account.findUnique({
      where: { id: accountId },
      select: { id: true, email: true, displayName: true, roles: true, department: true, createdAt: true },
    }),
    db.apiKey.findMany({
      where: { ownerId: accountId },
      orderBy: { createdAt: 'asc' },
      select: { id: true, name: true, ratePerMinute: true, hint: true, createdAt: true, revokedAt: true },
    }),
    db.auditEntry.findMany({ where: { actorId: accountId }, orderBy: { at: 'asc' } }),
    // When reset links were asked for and used (the token's hash is no one's data to read).
    db.passwordReset.findMany({
      where: { accountId },
      orderBy: { createdAt: 'asc' },
      select: { createdAt: true, expiresAt: true, usedAt: true },
    }),
  ]);
  return { account, apiKeys, auditLogActions: actions, passwordResets };
}

// Rung after a deletion commits, so the relay does not wait for its next round.
const deletionCommitted = new EventEmitter();

export async function deleteAccount(db: PrismaClient, viewer: Viewer | null, confirmEmail: string) {
  if (!viewer) throw unauthenticated();
  const deletion = await db.$transaction(async (tx) => {
    const earlier = await tx.accountDeletion.findUnique({ where: { accountId: viewer.id } });
    if (earlier) return earlier;
    const [account] = await tx.$queryRaw<Array<{ email: string; roles: string[] }>>`
      SELECT email, roles FROM account WHERE id = ${viewer.id}::uuid FOR UPDATE`;
    if (!account) throw unauthenticated('This account no longer exists.');
    if (account.roles.some((role) => !SELF_SERVICE_ROLES.has(role)))
      throw forbidden('Staff and partner accounts are closed by the administration.');
    if (confirmEmail.trim().toLowerCase() !== account.email)
      throw badInput('Type the email address of this account to confirm.', 'confirmEmail');
    // The person's own actions stay in the audit log as a pseudonymous id, without details
    // (an API key's name, say).
    await tx.auditEntry.updateMany({ where: { actorId: viewer.id }, data: { detail: null } });
    await tx.account.delete({ where: { id: viewer.id } }); // its API keys go with it
    await tx.auditEntry.create({
      data: auditEntryData(viewer, 'account.delete', { type: 'Account', id: viewer.id }),
    });
    return tx.accountDeletion.create({ data: { accountId: viewer.id, eventId: randomUUID() } });
  });
  deletionCommitted.emit('committed');
  return deletion;
}

/** Every RELAY_INTERVAL_MS (and after each deletion) puts unannounced deletions on the log. */
const RELAY_INTERVAL_MS = 2000;

export function accountDeletionRelay(db: PrismaClient, events: AccountEventLog, log: Logger): BackgroundTask {
  let running: Promise<void> = Promise.resolve();
  const relay = () => {
    running = running.then(async () => {
      try {
        const pending = await db.accountDeletion.findMany({
          where: { publishedAt: null },
          orderBy: { deletedAt: 'asc' },
          take: 100,
        });
        for (const deletion of pending) {
          await events.append({
            id: deletion.eventId,
            type: 'account.deleted',
            accountId: deletion.accountId,
            at: deletion.deletedAt.toISOString(),
          });
          await db.accountDeletion.update({
            where: { accountId: deletion.accountId },
            data: { publishedAt: new Date() },
          });
        }
      } catch (err) {
        log.warn({ err }, 'account deletions not yet announced; retrying');
      }
    });
  };
  deletionCommitted.on('committed', relay);
  const timer = setInterval(relay, RELAY_INTERVAL_MS);
  timer.unref();
  relay();
  return {
    async stop() {
      clearInterval(timer);
      deletionCommitted.off('committed', relay);
      await running;
    },
  };
}
