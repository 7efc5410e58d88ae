// What the resolvers pass around for each GraphQL type (codegen mappers, package.json "hub").
import type { ApiKey, AuditEntry } from './generated/prisma/client.ts';

export type ApiKeyModel = ApiKey;
export type AuditEntryModel = AuditEntry;
/** An audit log is its filter; each field reads its own subgraph's entries. */
export interface AuditLogModel {
  id: string;
}
