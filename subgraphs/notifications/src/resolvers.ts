import { DateTimeScalar } from '@kaarst/kit';
import { addEntry, latestEntries } from './entries.ts';
import type { Resolvers } from './generated/graphql.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  NotificationsEntry: {
    __resolveReference: ({ id }, { db }) => db.entry.findUnique({ where: { id } }),
  },
  Query: {
    notificationsEntries: (_parent, { first }, { db }) => latestEntries(db, first ?? 20),
  },
  Mutation: {
    addNotificationsEntry: (_parent, { title }, { db, viewer }) => addEntry(db, viewer, title),
  },
};
