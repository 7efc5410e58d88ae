import { badInput, hasRole, type Viewer } from '@kaarst/kit';
import type { AuditEntry } from './generated/prisma/client.ts';

export type AuditEntryModel = AuditEntry;

/** An audit log is its filter (kit/src/audit.ts). */
export type AuditLogRef = { id: string };

/** A full-text search hit before its paper or agenda item is loaded. */
export type SearchHitModel = { rank: number; paperId: string | null; agendaItemId: string | null };

/** Staff and admins see non-public agenda items; there is no council-member role (yet). */
export const seesNonPublic = (viewer: Viewer | null) => hasRole(viewer, 'staff') || hasRole(viewer, 'admin');

/** The agenda items a viewer may see. */
export const visibleItems = (viewer: Viewer | null) =>
  seesNonPublic(viewer) ? { deleted: false } : { deleted: false, public: true };

/** An OParl date (no time) as "YYYY-MM-DD". */
export const isoDate = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : null);

export const MAX_PAGE = 100;

/** Prisma's take/skip from a list's first/offset, checked. */
export function page(args: { first?: number | null; offset?: number | null }): {
  take: number;
  skip: number;
} {
  const take = args.first ?? 20;
  const skip = args.offset ?? 0;
  if (!Number.isInteger(take) || take < 1 || take > MAX_PAGE)
    throw badInput(`first must be between 1 and ${MAX_PAGE}.`, 'first');
  if (!Number.isInteger(skip) || skip < 0) throw badInput('offset must be 0 or more.', 'offset');
  return { take, skip };
}

/** Meetings not yet over (upcoming) or over (past); meetings without a start are in neither. */
export function meetingTimeFilter(upcoming: boolean | null | undefined, now = new Date()) {
  if (upcoming === true) return { OR: [{ end: { gt: now } }, { end: null, start: { gte: now } }] };
  if (upcoming === false) return { OR: [{ end: { lte: now } }, { end: null, start: { lt: now } }] };
  return {};
}

export const meetingOrder = (upcoming: boolean | null | undefined) =>
  upcoming === false ? ({ start: 'desc' } as const) : ({ start: 'asc' } as const);
