import { requireRole, type Viewer } from './auth.ts';
import { badInput } from './errors.ts';

/**
 * The audit log: each subgraph records staff and security actions in its own
 * `audit_entry` table, in the same transaction as the action (an entry exists
 * exactly when the action happened). Admins read all subgraphs' entries at once
 * through one federated entity, `AuditLog`, whose key is the filter itself:
 * every subgraph contributes its own list field for the same filter.
 */
export interface AuditFilter {
  actorId?: string;
  recordType?: string;
  recordId?: string;
  since?: string;
  until?: string;
  first: number;
}

export const AUDIT_PAGE_MAX = 200;
const AUDIT_PAGE_DEFAULT = 50;

/** A record the action was done to, e.g. { type: 'ApiKey', id }. */
export interface AuditRecord {
  type: string;
  id: string;
}

/** The row to create with the action (Prisma `auditEntry.create({ data })`). */
export function auditEntryData(viewer: Viewer, action: string, record: AuditRecord, detail?: string) {
  return {
    actorId: viewer.id,
    actorRoles: [...viewer.roles],
    ...(viewer.department ? { actorDepartment: viewer.department } : {}),
    action,
    recordType: record.type,
    recordId: record.id,
    ...(detail ? { detail: detail.slice(0, 1000) } : {}),
  };
}

/** Checks and normalises the filter an admin sent; the result is the AuditLog's id. */
export function auditLogId(input: Partial<Record<keyof AuditFilter, unknown>>): string {
  const filter: AuditFilter = { first: AUDIT_PAGE_DEFAULT };
  for (const field of ['actorId', 'recordType', 'recordId'] as const) {
    const value = input[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string' || value.length === 0 || value.length > 200)
      throw badInput(`${field} must be a non-empty string of at most 200 characters.`, field);
    filter[field] = value;
  }
  for (const field of ['since', 'until'] as const) {
    const value = input[field];
    if (value === undefined || value === null) continue;
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) throw badInput(`${field} is not a valid date and time.`, field);
    filter[field] = date.toISOString();
  }
  if (input.first !== undefined && input.first !== null) {
    const first = input.first;
    if (typeof first !== 'number' || !Number.isInteger(first) || first < 1 || first > AUDIT_PAGE_MAX)
      throw badInput(`first must be between 1 and ${AUDIT_PAGE_MAX}.`, 'first');
    filter.first = first;
  }
  return Buffer.from(JSON.stringify(filter)).toString('base64url');
}

/** The filter back from an AuditLog id (as every subgraph receives it in a reference). */
export function auditFilterFromId(id: string): AuditFilter {
  try {
    const parsed = JSON.parse(Buffer.from(id, 'base64url').toString('utf8')) as Record<string, unknown>;
    return JSON.parse(Buffer.from(auditLogId(parsed), 'base64url').toString('utf8')) as AuditFilter;
  } catch {
    throw badInput('That is not an audit log id.', 'id');
  }
}

/** The Prisma query for a filter: newest first. */
export function auditQuery(filter: AuditFilter) {
  const at = {
    ...(filter.since ? { gte: new Date(filter.since) } : {}),
    ...(filter.until ? { lt: new Date(filter.until) } : {}),
  };
  return {
    where: {
      ...(filter.actorId ? { actorId: filter.actorId } : {}),
      ...(filter.recordType ? { recordType: filter.recordType } : {}),
      ...(filter.recordId ? { recordId: filter.recordId } : {}),
      ...(Object.keys(at).length > 0 ? { at } : {}),
    },
    orderBy: [{ at: 'desc' as const }, { id: 'desc' as const }],
    take: filter.first,
  };
}

interface AuditReader {
  viewer: Viewer | null;
  db: { auditEntry: { findMany(query: ReturnType<typeof auditQuery>): Promise<unknown> } };
}

/**
 * A subgraph's part of the federated AuditLog: its reference resolver and the
 * list field named after the subgraph (admins only, checked here as well).
 */
export function auditLogResolvers<Field extends string>(field: Field) {
  return {
    __resolveReference: (reference: { id: string }, { viewer }: Pick<AuditReader, 'viewer'>) => {
      requireRole(viewer, 'admin');
      return { id: reference.id };
    },
    [field]: (log: { id: string }, _args: unknown, { viewer, db }: AuditReader) => {
      requireRole(viewer, 'admin');
      return db.auditEntry.findMany(auditQuery(auditFilterFromId(log.id)));
    },
  };
}
