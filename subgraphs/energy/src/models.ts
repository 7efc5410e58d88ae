import type { AuditEntry, Meter } from './generated/prisma/client.ts';

export type MeterModel = Meter;
export type AuditEntryModel = AuditEntry;
export type AuditLogModel = { id: string };
