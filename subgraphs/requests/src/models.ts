// What the resolvers pass around for each GraphQL type (codegen mappers, package.json "hub").
import type {
  AuditEntry,
  RequestMessage,
  RequestType,
  ServiceRequest,
  StatusChange,
} from './generated/prisma/client.ts';

export type RequestTypeModel = RequestType;
export type ServiceRequestModel = ServiceRequest;
export type StatusChangeModel = StatusChange;
export type MessageModel = RequestMessage;
export type CitizenRef = { id: string };
export type AuditEntryModel = AuditEntry;
export type AuditLogModel = { id: string };

export type FieldType = 'string' | 'text' | 'number' | 'datetime' | 'singlevaluelist' | 'multivaluelist';

/** One field of a request type (stored as JSON in request_type.fields). */
export interface RequestFieldDefinition {
  code: string;
  datatype: FieldType;
  required: boolean;
  description: string;
  values?: { key: string; name: string }[];
}

export const fieldsOf = (type: RequestType) => type.fields as unknown as RequestFieldDefinition[];
/** Location-based types (Open311 "realtime" service requests with a place) need coordinates or an address. */
export const needsLocation = (type: RequestType) => type.keywords.includes('location');

export type RequestAttachmentModel = import('./generated/prisma/client.ts').RequestAttachment;
