import { DateTimeScalar } from '@kaarst/kit';
import { addEntry, latestEntries } from './entries.ts';
import type { Resolvers } from './generated/graphql.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  FamilyEntry: {
    __resolveReference: ({ id }, { db }) => db.entry.findUnique({ where: { id } }),
  },
  Query: {
    familyEntries: (_parent, { first }, { db }) => latestEntries(db, first ?? 20),
  },
  Mutation: {
    addFamilyEntry: (_parent, { title }, { db, viewer }) => addEntry(db, viewer, title),
  },
};
