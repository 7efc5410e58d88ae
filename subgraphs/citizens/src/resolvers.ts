import {
  badInput,
  canActFor,
  DateTimeScalar,
  type Role,
  signSessionToken,
  unauthenticated,
} from '@kaarst/kit';
import type { Resolvers } from './generated/graphql.ts';
import type { Account } from './generated/prisma/client.ts';
import { DUMMY_HASH, verifyPassword } from './passwords.ts';

const SESSION_TTL_SECONDS = 8 * 3600;
// signIn runs before the request has a viewer; the account it returns is the caller's own.
const signedInAccounts = new WeakSet<Account>();
const toRole = (role: string) => role.toUpperCase() as 'CITIZEN' | 'STAFF' | 'ADMIN';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    me: (_parent, _args, { viewer, db }) =>
      viewer ? db.account.findUnique({ where: { id: viewer.id } }) : null,
  },
  Mutation: {
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
};
