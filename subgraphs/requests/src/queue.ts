import { badInput, forbidden, hasRole, type Viewer } from '@kaarst/kit';
import type { Prisma, PrismaClient, RequestStatus } from './generated/prisma/client.ts';

export interface QueueFilter {
  department?: string | null;
  status?: RequestStatus[] | null;
  overdueOnly?: boolean | null;
  search?: string | null;
  assignedToMe?: boolean | null;
  first?: number | null;
}

const OPEN: RequestStatus[] = ['RECEIVED', 'IN_PROGRESS', 'WAITING_FOR_CITIZEN'];

/** A department's queue for the staff workbench: oldest due first. */
export function requestQueue(db: PrismaClient, viewer: Viewer, filter: QueueFilter = {}) {
  const admin = hasRole(viewer, 'admin');
  const department = filter.department ?? (admin ? undefined : viewer.department);
  if (!admin && (!department || department !== viewer.department))
    throw forbidden('Staff see their own department’s queue only.');
  const first = filter.first ?? 50;
  if (!Number.isInteger(first) || first < 1 || first > 200)
    throw badInput('first must be between 1 and 200.', 'first');
  const search = filter.search?.trim();
  if (search && search.length > 100) throw badInput('Search for at most 100 characters.', 'search');
  const conditions: Prisma.ServiceRequestWhereInput[] = [];
  if (department) conditions.push({ department });
  if (filter.status?.length) conditions.push({ status: { in: filter.status } });
  if (filter.overdueOnly) conditions.push({ dueAt: { lt: new Date() }, status: { in: OPEN } });
  if (filter.assignedToMe) conditions.push({ assigneeId: viewer.id });
  if (search)
    conditions.push({
      OR: [
        { referenceNumber: { contains: search, mode: 'insensitive' } },
        { description: { contains: search, mode: 'insensitive' } },
        { address: { contains: search, mode: 'insensitive' } },
      ],
    });
  const where: Prisma.ServiceRequestWhereInput = { AND: conditions };
  return db.serviceRequest.findMany({
    where,
    orderBy: [{ dueAt: 'asc' }, { createdAt: 'asc' }],
    take: first,
  });
}

export const isOverdue = (request: { dueAt: Date; status: RequestStatus }, now = new Date()) =>
  OPEN.includes(request.status) && request.dueAt < now;
