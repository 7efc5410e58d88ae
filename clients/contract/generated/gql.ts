/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Catalogue {\n  appointmentServices {\n    id\n    name\n    durationMinutes\n  }\n  officeLocations {\n    id\n    name\n    address\n  }\n}\n\nquery AvailableSlots($serviceIds: [ID!]!, $from: DateTime!, $to: DateTime!) {\n  availableSlots(serviceIds: $serviceIds, from: $from, to: $to) {\n    start\n    end\n    location {\n      id\n      name\n    }\n  }\n}\n\nmutation BookAppointment($input: BookAppointmentInput!) {\n  bookAppointment(input: $input) {\n    id\n    code\n    start\n    end\n    status\n    services {\n      name\n    }\n    location {\n      name\n    }\n    citizen {\n      displayName\n    }\n  }\n}\n\nmutation CancelAppointment($code: String!) {\n  cancelAppointment(code: $code) {\n    id\n    status\n  }\n}\n\nquery Me {\n  me {\n    id\n    displayName\n    email\n    appointments {\n      code\n      start\n      status\n    }\n  }\n}": typeof types.CatalogueDocument,
    "mutation SignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    token\n    expiresAt\n    citizen {\n      id\n      displayName\n    }\n  }\n}": typeof types.SignInDocument,
    "mutation IssueApiKey($input: IssueApiKeyInput!) {\n  issueApiKey(input: $input) {\n    key\n    apiKey {\n      id\n      name\n      ratePerMinute\n      hint\n      createdAt\n    }\n  }\n}\n\nmutation RevokeApiKey($id: ID!) {\n  revokeApiKey(id: $id) {\n    id\n    revokedAt\n  }\n}\n\nquery MyApiKeys {\n  myApiKeys {\n    id\n    name\n    ratePerMinute\n    hint\n    createdAt\n    revokedAt\n  }\n}\n\nquery AuditLog($actorId: ID, $recordType: String, $recordId: String, $since: DateTime, $first: Int) {\n  auditLog(\n    actorId: $actorId\n    recordType: $recordType\n    recordId: $recordId\n    since: $since\n    first: $first\n  ) {\n    id\n    citizens {\n      ...AuditEntryFields\n    }\n    appointments {\n      ...AuditEntryFields\n    }\n  }\n}\n\nfragment AuditEntryFields on AuditEntry {\n  id\n  at\n  actorId\n  actorRoles\n  actorDepartment\n  action\n  recordType\n  recordId\n  detail\n}": typeof types.IssueApiKeyDocument,
    "subscription AvailabilityChanged($locationId: ID!) {\n  availabilityChanged(locationId: $locationId) {\n    date\n    freeSlots\n    location {\n      name\n    }\n  }\n}\n\nsubscription AppointmentBooked($locationId: ID!) {\n  appointmentBooked(locationId: $locationId) {\n    code\n    start\n    services {\n      name\n    }\n    citizen {\n      displayName\n    }\n  }\n}": typeof types.AvailabilityChangedDocument,
    "query AppointmentsAt($locationId: ID!, $from: DateTime!, $to: DateTime!) {\n  appointmentsAt(locationId: $locationId, from: $from, to: $to) {\n    code\n    status\n    citizen {\n      displayName\n      email\n    }\n  }\n}": typeof types.AppointmentsAtDocument,
};
const documents: Documents = {
    "query Catalogue {\n  appointmentServices {\n    id\n    name\n    durationMinutes\n  }\n  officeLocations {\n    id\n    name\n    address\n  }\n}\n\nquery AvailableSlots($serviceIds: [ID!]!, $from: DateTime!, $to: DateTime!) {\n  availableSlots(serviceIds: $serviceIds, from: $from, to: $to) {\n    start\n    end\n    location {\n      id\n      name\n    }\n  }\n}\n\nmutation BookAppointment($input: BookAppointmentInput!) {\n  bookAppointment(input: $input) {\n    id\n    code\n    start\n    end\n    status\n    services {\n      name\n    }\n    location {\n      name\n    }\n    citizen {\n      displayName\n    }\n  }\n}\n\nmutation CancelAppointment($code: String!) {\n  cancelAppointment(code: $code) {\n    id\n    status\n  }\n}\n\nquery Me {\n  me {\n    id\n    displayName\n    email\n    appointments {\n      code\n      start\n      status\n    }\n  }\n}": types.CatalogueDocument,
    "mutation SignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    token\n    expiresAt\n    citizen {\n      id\n      displayName\n    }\n  }\n}": types.SignInDocument,
    "mutation IssueApiKey($input: IssueApiKeyInput!) {\n  issueApiKey(input: $input) {\n    key\n    apiKey {\n      id\n      name\n      ratePerMinute\n      hint\n      createdAt\n    }\n  }\n}\n\nmutation RevokeApiKey($id: ID!) {\n  revokeApiKey(id: $id) {\n    id\n    revokedAt\n  }\n}\n\nquery MyApiKeys {\n  myApiKeys {\n    id\n    name\n    ratePerMinute\n    hint\n    createdAt\n    revokedAt\n  }\n}\n\nquery AuditLog($actorId: ID, $recordType: String, $recordId: String, $since: DateTime, $first: Int) {\n  auditLog(\n    actorId: $actorId\n    recordType: $recordType\n    recordId: $recordId\n    since: $since\n    first: $first\n  ) {\n    id\n    citizens {\n      ...AuditEntryFields\n    }\n    appointments {\n      ...AuditEntryFields\n    }\n  }\n}\n\nfragment AuditEntryFields on AuditEntry {\n  id\n  at\n  actorId\n  actorRoles\n  actorDepartment\n  action\n  recordType\n  recordId\n  detail\n}": types.IssueApiKeyDocument,
    "subscription AvailabilityChanged($locationId: ID!) {\n  availabilityChanged(locationId: $locationId) {\n    date\n    freeSlots\n    location {\n      name\n    }\n  }\n}\n\nsubscription AppointmentBooked($locationId: ID!) {\n  appointmentBooked(locationId: $locationId) {\n    code\n    start\n    services {\n      name\n    }\n    citizen {\n      displayName\n    }\n  }\n}": types.AvailabilityChangedDocument,
    "query AppointmentsAt($locationId: ID!, $from: DateTime!, $to: DateTime!) {\n  appointmentsAt(locationId: $locationId, from: $from, to: $to) {\n    code\n    status\n    citizen {\n      displayName\n      email\n    }\n  }\n}": types.AppointmentsAtDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Catalogue {\n  appointmentServices {\n    id\n    name\n    durationMinutes\n  }\n  officeLocations {\n    id\n    name\n    address\n  }\n}\n\nquery AvailableSlots($serviceIds: [ID!]!, $from: DateTime!, $to: DateTime!) {\n  availableSlots(serviceIds: $serviceIds, from: $from, to: $to) {\n    start\n    end\n    location {\n      id\n      name\n    }\n  }\n}\n\nmutation BookAppointment($input: BookAppointmentInput!) {\n  bookAppointment(input: $input) {\n    id\n    code\n    start\n    end\n    status\n    services {\n      name\n    }\n    location {\n      name\n    }\n    citizen {\n      displayName\n    }\n  }\n}\n\nmutation CancelAppointment($code: String!) {\n  cancelAppointment(code: $code) {\n    id\n    status\n  }\n}\n\nquery Me {\n  me {\n    id\n    displayName\n    email\n    appointments {\n      code\n      start\n      status\n    }\n  }\n}"): (typeof documents)["query Catalogue {\n  appointmentServices {\n    id\n    name\n    durationMinutes\n  }\n  officeLocations {\n    id\n    name\n    address\n  }\n}\n\nquery AvailableSlots($serviceIds: [ID!]!, $from: DateTime!, $to: DateTime!) {\n  availableSlots(serviceIds: $serviceIds, from: $from, to: $to) {\n    start\n    end\n    location {\n      id\n      name\n    }\n  }\n}\n\nmutation BookAppointment($input: BookAppointmentInput!) {\n  bookAppointment(input: $input) {\n    id\n    code\n    start\n    end\n    status\n    services {\n      name\n    }\n    location {\n      name\n    }\n    citizen {\n      displayName\n    }\n  }\n}\n\nmutation CancelAppointment($code: String!) {\n  cancelAppointment(code: $code) {\n    id\n    status\n  }\n}\n\nquery Me {\n  me {\n    id\n    displayName\n    email\n    appointments {\n      code\n      start\n      status\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    token\n    expiresAt\n    citizen {\n      id\n      displayName\n    }\n  }\n}"): (typeof documents)["mutation SignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    token\n    expiresAt\n    citizen {\n      id\n      displayName\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IssueApiKey($input: IssueApiKeyInput!) {\n  issueApiKey(input: $input) {\n    key\n    apiKey {\n      id\n      name\n      ratePerMinute\n      hint\n      createdAt\n    }\n  }\n}\n\nmutation RevokeApiKey($id: ID!) {\n  revokeApiKey(id: $id) {\n    id\n    revokedAt\n  }\n}\n\nquery MyApiKeys {\n  myApiKeys {\n    id\n    name\n    ratePerMinute\n    hint\n    createdAt\n    revokedAt\n  }\n}\n\nquery AuditLog($actorId: ID, $recordType: String, $recordId: String, $since: DateTime, $first: Int) {\n  auditLog(\n    actorId: $actorId\n    recordType: $recordType\n    recordId: $recordId\n    since: $since\n    first: $first\n  ) {\n    id\n    citizens {\n      ...AuditEntryFields\n    }\n    appointments {\n      ...AuditEntryFields\n    }\n  }\n}\n\nfragment AuditEntryFields on AuditEntry {\n  id\n  at\n  actorId\n  actorRoles\n  actorDepartment\n  action\n  recordType\n  recordId\n  detail\n}"): (typeof documents)["mutation IssueApiKey($input: IssueApiKeyInput!) {\n  issueApiKey(input: $input) {\n    key\n    apiKey {\n      id\n      name\n      ratePerMinute\n      hint\n      createdAt\n    }\n  }\n}\n\nmutation RevokeApiKey($id: ID!) {\n  revokeApiKey(id: $id) {\n    id\n    revokedAt\n  }\n}\n\nquery MyApiKeys {\n  myApiKeys {\n    id\n    name\n    ratePerMinute\n    hint\n    createdAt\n    revokedAt\n  }\n}\n\nquery AuditLog($actorId: ID, $recordType: String, $recordId: String, $since: DateTime, $first: Int) {\n  auditLog(\n    actorId: $actorId\n    recordType: $recordType\n    recordId: $recordId\n    since: $since\n    first: $first\n  ) {\n    id\n    citizens {\n      ...AuditEntryFields\n    }\n    appointments {\n      ...AuditEntryFields\n    }\n  }\n}\n\nfragment AuditEntryFields on AuditEntry {\n  id\n  at\n  actorId\n  actorRoles\n  actorDepartment\n  action\n  recordType\n  recordId\n  detail\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AvailabilityChanged($locationId: ID!) {\n  availabilityChanged(locationId: $locationId) {\n    date\n    freeSlots\n    location {\n      name\n    }\n  }\n}\n\nsubscription AppointmentBooked($locationId: ID!) {\n  appointmentBooked(locationId: $locationId) {\n    code\n    start\n    services {\n      name\n    }\n    citizen {\n      displayName\n    }\n  }\n}"): (typeof documents)["subscription AvailabilityChanged($locationId: ID!) {\n  availabilityChanged(locationId: $locationId) {\n    date\n    freeSlots\n    location {\n      name\n    }\n  }\n}\n\nsubscription AppointmentBooked($locationId: ID!) {\n  appointmentBooked(locationId: $locationId) {\n    code\n    start\n    services {\n      name\n    }\n    citizen {\n      displayName\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AppointmentsAt($locationId: ID!, $from: DateTime!, $to: DateTime!) {\n  appointmentsAt(locationId: $locationId, from: $from, to: $to) {\n    code\n    status\n    citizen {\n      displayName\n      email\n    }\n  }\n}"): (typeof documents)["query AppointmentsAt($locationId: ID!, $from: DateTime!, $to: DateTime!) {\n  appointmentsAt(locationId: $locationId, from: $from, to: $to) {\n    code\n    status\n    citizen {\n      displayName\n      email\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;