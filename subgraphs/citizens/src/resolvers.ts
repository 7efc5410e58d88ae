import {
  auditLogId,
  auditLogResolvers,
  badInput,
  canActFor,
  conflict,
  DateTimeScalar,
  ErrorCode,
  HubError,
  isUniqueViolation,
  JSONObjectScalar,
  personalDataOf,
  type Role,
  requireGatewayService,
  requireRole,
  signSessionToken,
  unauthenticated,
} from '@kaarst/kit';
import { issueApiKey, listApiKeys, revokeApiKey } from './api-keys.ts';
import type { Context } from './context.ts';
import type { Resolvers } from './generated/graphql.ts';
import type { Account } from './generated/prisma/client.ts';
import { requestPasswordReset, resetPassword, sessionCutoffs, sessionsOpen } from './password-reset.ts';
import { DUMMY_HASH, hashPassword, passwordWeakness, verifyPassword } from './passwords.ts';
import { deleteAccount, exportCitizensData } from './privacy.ts';
import { signInAttempt } from './sign-in-throttle.ts';

const SESSION_TTL_SECONDS = 8 * 3600;
// signIn runs before the request has a viewer; the account it returns is the caller's own.
const signedInAccounts = new WeakSet<Account>();
const toRole = (role: string) => role.toUpperCase() as Uppercase<Role>;

function normalizedEmail(email: string): string {
  const normalized = email.trim().toLowerCase();
  if (!normalized.includes('@') || normalized.length > 254)
    throw badInput('That is not an email address.', 'email');
  return normalized;
}

async function startSession(keys: Context['keys'], account: Account) {
  await sessionsOpen(account); // right after a password reset: not before its cutoff
  const { token, expiresAt } = await signSessionToken(
    keys,
    {
      id: account.id,
      roles: account.roles as Role[],
      ...(account.department ? { department: account.department } : {}),
    },
    SESSION_TTL_SECONDS,
  );
  signedInAccounts.add(account);
  return { token, expiresAt, citizen: account };
}

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  JSONObject: JSONObjectScalar,
  Query: {
    me: (_parent, _args, { viewer, db }) =>
      viewer ? db.account.findUnique({ where: { id: viewer.id } }) : null,
    myApiKeys: (_parent, _args, { viewer, db }) =>
      viewer ? listApiKeys(db, { ownerId: viewer.id, includeRevoked: true }) : [],
    apiKeys: (_parent, { ownerId, includeRevoked }, { viewer, db }) => {
      requireRole(viewer, 'staff');
      return listApiKeys(db, { ...(ownerId ? { ownerId } : {}), includeRevoked: includeRevoked ?? false });
    },
    // For the gateways only (@inaccessible: not in the public API; the gateway's own token here).
    revokedApiKeyIds: async (_parent, _args, context) => {
      requireGatewayService(context);
      return (
        await context.db.apiKey.findMany({ where: { revokedAt: { not: null } }, select: { id: true } })
      ).map((k) => k.id);
    },
    deletedAccountIds: async (_parent, _args, context) => {
      requireGatewayService(context);
      return (await context.db.accountDeletion.findMany({ select: { accountId: true } })).map(
        (d) => d.accountId,
      );
    },
    sessionCutoffs: (_parent, _args, context) => {
      requireGatewayService(context);
      return sessionCutoffs(context.db, SESSION_TTL_SECONDS);
    },
    myPersonalData: (_parent, _args, { viewer }) => personalDataOf(viewer, viewer?.id ?? ''),
    auditLog: (_parent, args, { viewer }) => {
      requireRole(viewer, 'admin');
      return { id: auditLogId(args) };
    },
  },
  Mutation: {
    issueApiKey: (_parent, { input }, { db, keys, viewer }) => issueApiKey(db, keys, viewer, input),
    revokeApiKey: (_parent, { id }, { db, viewer }) => revokeApiKey(db, viewer, id),
    async signUp(_parent, { input }, { db, keys }) {
      const email = normalizedEmail(input.email);
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw badInput('That is not an email address.', 'email');
      const displayName = input.displayName.trim();
      if (displayName.length === 0 || displayName.length > 100)
        throw badInput('Enter a name of at most 100 characters.', 'displayName');
      if (input.password.length < 10 || input.password.length > 1024)
        throw badInput('The password needs at least 10 characters.', 'password');
      const weakness = passwordWeakness(input.password, [email, displayName]);
      if (weakness)
        throw new HubError(
          ErrorCode.BAD_USER_INPUT,
          'This password is too easy to guess (a common password, a pattern or your own name): choose another, e.g. several words.',
          { field: 'password', reason: 'PASSWORD_TOO_WEAK', ...weakness },
        );
      try {
        const account = await db.account.create({
          data: { email, displayName, passwordHash: await hashPassword(input.password), roles: ['citizen'] },
        });
        return startSession(keys, account);
      } catch (error) {
        if (isUniqueViolation(error)) throw conflict('An account with this email exists: sign in instead.');
        throw error;
      }
    },
    deleteMyAccount: (_parent, { confirmEmail }, { db, viewer }) => deleteAccount(db, viewer, confirmEmail),
    async signIn(_parent, { email, password }, { db, keys, throttle, client }) {
      const normalized = normalizedEmail(email);
      if (password.length === 0 || password.length > 1024) throw badInput('Enter your password.', 'password');
      const attempt = signInAttempt(normalized, client);
      await throttle.attempt(attempt); // RATE_LIMITED while the account or the client is locked
      const account = await db.account.findUnique({ where: { email: normalized } });
      const ok = await verifyPassword(password, account?.passwordHash ?? (await DUMMY_HASH));
      if (!account || !ok) throw unauthenticated('Email or password is wrong.');
      await throttle.succeeded(attempt);
      return startSession(keys, account);
    },
    requestPasswordReset: (_parent, { email }, context) =>
      requestPasswordReset(context, normalizedEmail(email)),
    resetPassword: (_parent, { token, newPassword }, { db }) => resetPassword(db, token, newPassword),
  },
  PersonalData: {
    __resolveReference: (reference, { viewer }) => personalDataOf(viewer, reference.accountId),
    generatedAt: () => new Date(),
    citizens: ({ accountId }, _args, { db }) => exportCitizensData(db, accountId),
  },
  Citizen: {
    // Other subgraphs name a person by id; only they themselves and staff may see who it is.
    __resolveReference: async (reference, { viewer, db }) =>
      canActFor(viewer, reference.id) ? db.account.findUnique({ where: { id: reference.id } }) : null,
    email: (account: Account, _args, { viewer }) =>
      canActFor(viewer, account.id) || signedInAccounts.has(account) ? account.email : null,
    roles: (account: Account) => account.roles.map(toRole),
  },
  ApiKey: {
    __resolveReference: async (reference, { viewer, db }) => {
      const key = await db.apiKey.findUnique({ where: { id: reference.id } });
      return key && canActFor(viewer, key.ownerId) ? key : null;
    },
    owner: (key, _args, { db }) => db.account.findUniqueOrThrow({ where: { id: key.ownerId } }),
  },
  AuditLog: auditLogResolvers('citizens') as Resolvers['AuditLog'],
};
