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
    "query PortalCatalogue {\n  appointmentServices {\n    id\n    name\n    description\n    durationMinutes\n  }\n  officeLocations {\n    id\n    name\n    address\n    mobile\n  }\n}\n\nquery PortalFreeSlots($serviceIds: [ID!]!, $from: DateTime!, $to: DateTime!, $locationId: ID) {\n  availableSlots(\n    serviceIds: $serviceIds\n    from: $from\n    to: $to\n    locationId: $locationId\n  ) {\n    start\n    end\n    location {\n      id\n      name\n    }\n  }\n}\n\nmutation PortalBookAppointment($input: BookAppointmentInput!) {\n  bookAppointment(input: $input) {\n    id\n    code\n    start\n    end\n    status\n    services {\n      id\n      name\n    }\n    location {\n      id\n      name\n      address\n    }\n  }\n}\n\nquery PortalMyAppointments {\n  me {\n    id\n    displayName\n    appointments {\n      id\n      code\n      start\n      end\n      status\n      services {\n        id\n        name\n      }\n      location {\n        id\n        name\n        address\n      }\n    }\n  }\n}\n\nmutation PortalCancelAppointment($code: String!) {\n  cancelAppointment(code: $code) {\n    id\n    code\n    status\n  }\n}\n\nsubscription PortalAvailabilityChanged($locationId: ID!) {\n  availabilityChanged(locationId: $locationId) {\n    date\n    freeSlots\n  }\n}": typeof types.PortalCatalogueDocument,
    "mutation PortalSignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    token\n    expiresAt\n    citizen {\n      id\n      displayName\n    }\n  }\n}": typeof types.PortalSignInDocument,
};
const documents: Documents = {
    "query PortalCatalogue {\n  appointmentServices {\n    id\n    name\n    description\n    durationMinutes\n  }\n  officeLocations {\n    id\n    name\n    address\n    mobile\n  }\n}\n\nquery PortalFreeSlots($serviceIds: [ID!]!, $from: DateTime!, $to: DateTime!, $locationId: ID) {\n  availableSlots(\n    serviceIds: $serviceIds\n    from: $from\n    to: $to\n    locationId: $locationId\n  ) {\n    start\n    end\n    location {\n      id\n      name\n    }\n  }\n}\n\nmutation PortalBookAppointment($input: BookAppointmentInput!) {\n  bookAppointment(input: $input) {\n    id\n    code\n    start\n    end\n    status\n    services {\n      id\n      name\n    }\n    location {\n      id\n      name\n      address\n    }\n  }\n}\n\nquery PortalMyAppointments {\n  me {\n    id\n    displayName\n    appointments {\n      id\n      code\n      start\n      end\n      status\n      services {\n        id\n        name\n      }\n      location {\n        id\n        name\n        address\n      }\n    }\n  }\n}\n\nmutation PortalCancelAppointment($code: String!) {\n  cancelAppointment(code: $code) {\n    id\n    code\n    status\n  }\n}\n\nsubscription PortalAvailabilityChanged($locationId: ID!) {\n  availabilityChanged(locationId: $locationId) {\n    date\n    freeSlots\n  }\n}": types.PortalCatalogueDocument,
    "mutation PortalSignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    token\n    expiresAt\n    citizen {\n      id\n      displayName\n    }\n  }\n}": types.PortalSignInDocument,
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
export function graphql(source: "query PortalCatalogue {\n  appointmentServices {\n    id\n    name\n    description\n    durationMinutes\n  }\n  officeLocations {\n    id\n    name\n    address\n    mobile\n  }\n}\n\nquery PortalFreeSlots($serviceIds: [ID!]!, $from: DateTime!, $to: DateTime!, $locationId: ID) {\n  availableSlots(\n    serviceIds: $serviceIds\n    from: $from\n    to: $to\n    locationId: $locationId\n  ) {\n    start\n    end\n    location {\n      id\n      name\n    }\n  }\n}\n\nmutation PortalBookAppointment($input: BookAppointmentInput!) {\n  bookAppointment(input: $input) {\n    id\n    code\n    start\n    end\n    status\n    services {\n      id\n      name\n    }\n    location {\n      id\n      name\n      address\n    }\n  }\n}\n\nquery PortalMyAppointments {\n  me {\n    id\n    displayName\n    appointments {\n      id\n      code\n      start\n      end\n      status\n      services {\n        id\n        name\n      }\n      location {\n        id\n        name\n        address\n      }\n    }\n  }\n}\n\nmutation PortalCancelAppointment($code: String!) {\n  cancelAppointment(code: $code) {\n    id\n    code\n    status\n  }\n}\n\nsubscription PortalAvailabilityChanged($locationId: ID!) {\n  availabilityChanged(locationId: $locationId) {\n    date\n    freeSlots\n  }\n}"): (typeof documents)["query PortalCatalogue {\n  appointmentServices {\n    id\n    name\n    description\n    durationMinutes\n  }\n  officeLocations {\n    id\n    name\n    address\n    mobile\n  }\n}\n\nquery PortalFreeSlots($serviceIds: [ID!]!, $from: DateTime!, $to: DateTime!, $locationId: ID) {\n  availableSlots(\n    serviceIds: $serviceIds\n    from: $from\n    to: $to\n    locationId: $locationId\n  ) {\n    start\n    end\n    location {\n      id\n      name\n    }\n  }\n}\n\nmutation PortalBookAppointment($input: BookAppointmentInput!) {\n  bookAppointment(input: $input) {\n    id\n    code\n    start\n    end\n    status\n    services {\n      id\n      name\n    }\n    location {\n      id\n      name\n      address\n    }\n  }\n}\n\nquery PortalMyAppointments {\n  me {\n    id\n    displayName\n    appointments {\n      id\n      code\n      start\n      end\n      status\n      services {\n        id\n        name\n      }\n      location {\n        id\n        name\n        address\n      }\n    }\n  }\n}\n\nmutation PortalCancelAppointment($code: String!) {\n  cancelAppointment(code: $code) {\n    id\n    code\n    status\n  }\n}\n\nsubscription PortalAvailabilityChanged($locationId: ID!) {\n  availabilityChanged(locationId: $locationId) {\n    date\n    freeSlots\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PortalSignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    token\n    expiresAt\n    citizen {\n      id\n      displayName\n    }\n  }\n}"): (typeof documents)["mutation PortalSignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    token\n    expiresAt\n    citizen {\n      id\n      displayName\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;