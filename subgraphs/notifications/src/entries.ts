/** The domain of the template's example: entries with a title, listed newest first. */
import { badInput, requireRole, type Viewer } from '@kaarst/kit';
import type { PrismaClient } from './generated/prisma/client.ts';

const MAX_FIRST = 100;
const MAX_TITLE = 200;

export function latestEntries(db: PrismaClient, first: number) {
  if (first < 1 || first > MAX_FIRST) throw badInput(`first must be from 1 to ${MAX_FIRST}.`, 'first');
  return db.entry.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], take: first });
}

/** Staff only (the gateway checks the scope first; this holds for any caller). */
export function addEntry(db: PrismaClient, viewer: Viewer | null, title: string) {
  requireRole(viewer, 'staff');
  const trimmed = title.trim();
  if (trimmed.length < 1 || trimmed.length > MAX_TITLE)
    throw badInput(`The title must be 1 to ${MAX_TITLE} characters.`, 'title');
  return db.entry.create({ data: { title: trimmed } });
}
