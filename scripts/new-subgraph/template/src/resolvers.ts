import { DateTimeScalar } from '@kaarst/kit';
import { addEntry, latestEntries } from './entries.ts';
import type { Resolvers } from './generated/graphql.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  __Name__Entry: {
    __resolveReference: ({ id }, { db }) => db.entry.findUnique({ where: { id } }),
  },
  Query: {
    __camelName__Entries: (_parent, { first }, { db }) => latestEntries(db, first ?? 20),
  },
  Mutation: {
    add__Name__Entry: (_parent, { title }, { db, viewer }) => addEntry(db, viewer, title),
  },
};
