import {
  auditLogId,
  auditLogResolvers,
  badInput,
  canActFor,
  DateTimeScalar,
  type Role,
  requireRole,
  signSessionToken,
  unauthenticated,
} from '@kaarst/kit';
import { issueApiKey, listApiKeys, revokeApiKey } from './api-keys.ts';
import type { Resolvers } from './generated/graphql.ts';
import type { Account } from './generated/prisma/client.ts';
import { DUMMY_HASH, verifyPassword } from './passwords.ts';

const SESSION_TTL_SECONDS = 8 * 3600;
// signIn runs before the request has a viewer; the account it returns is the caller's own.
const signedInAccounts = new WeakSet<Account>();
const toRole = (role: string) => role.toUpperCase() as Uppercase<Role>;

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    me: (_parent, _args, { viewer, db }) =>
      viewer ? db.account.findUnique({ where: { id: viewer.id } }) : null,
    myApiKeys: (_parent, _args, { viewer, db }) =>
      viewer ? listApiKeys(db, { ownerId: viewer.id, includeRevoked: true }) : [],
    apiKeys: (_parent, { ownerId, includeRevoked }, { viewer, db }) => {
      requireRole(viewer, 'staff');
      return listApiKeys(db, { ...(ownerId ? { ownerId } : {}), includeRevoked: includeRevoked ?? false });
    },
    // Ids only, and public: a gateway needs the list before anyone signs in.
    revokedApiKeyIds: async (_parent, _args, { db }) =>
      (await db.apiKey.findMany({ where: { revokedAt: { not: null } }, select: { id: true } })).map(
        (k) => k.id,
      ),
    auditLog: (_parent, args, { viewer }) => {
      requireRole(viewer, 'admin');
      return { id: auditLogId(args) };
    },
  },
  Mutation: {
    issueApiKey: (_parent, { input }, { db, keys, viewer }) => issueApiKey(db, keys, viewer, input),
    revokeApiKey: (_parent, { id }, { db, viewer }) => revokeApiKey(db, viewer, id),
    async signIn(_parent, { email, password }, { db, keys }) {
      const normalized = email.trim().toLowerCase();
      if (!normalized.includes('@') || normalized.length > 254)
        throw badInput('That is not an email address.', 'email');
      if (password.length === 0 || password.length > 1024) throw badInput('Enter your password.', 'password');
      const account = await db.account.findUnique({ where: { email: normalized } });
      const ok = await verifyPassword(password, account?.passwordHash ?? (await DUMMY_HASH));
      if (!account || !ok) throw unauthenticated('Email or password is wrong.');
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
    },
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
