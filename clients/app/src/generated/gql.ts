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
    "mutation AppSignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    token\n    expiresAt\n    citizen {\n      id\n      displayName\n    }\n  }\n}\n\nquery AppMyKaarstPass {\n  myKaarstPass {\n    id\n    number\n    status\n    validUntil\n  }\n}\n\nmutation AppRegisterKaarstPassDevice($input: RegisterKaarstPassDeviceInput!) {\n  registerKaarstPassDevice(input: $input) {\n    certificate\n    expiresAt\n    device {\n      id\n      label\n    }\n  }\n}\n\nquery AppKaarstPassOffers {\n  kaarstPassOffers {\n    id\n    title\n    description\n    category\n    free\n    priceCents\n    partner {\n      name\n    }\n    place\n    validUntil\n    quota\n    remaining\n    sample\n  }\n}": typeof types.AppSignInDocument,
};
const documents: Documents = {
    "mutation AppSignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    token\n    expiresAt\n    citizen {\n      id\n      displayName\n    }\n  }\n}\n\nquery AppMyKaarstPass {\n  myKaarstPass {\n    id\n    number\n    status\n    validUntil\n  }\n}\n\nmutation AppRegisterKaarstPassDevice($input: RegisterKaarstPassDeviceInput!) {\n  registerKaarstPassDevice(input: $input) {\n    certificate\n    expiresAt\n    device {\n      id\n      label\n    }\n  }\n}\n\nquery AppKaarstPassOffers {\n  kaarstPassOffers {\n    id\n    title\n    description\n    category\n    free\n    priceCents\n    partner {\n      name\n    }\n    place\n    validUntil\n    quota\n    remaining\n    sample\n  }\n}": types.AppSignInDocument,
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
export function graphql(source: "mutation AppSignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    token\n    expiresAt\n    citizen {\n      id\n      displayName\n    }\n  }\n}\n\nquery AppMyKaarstPass {\n  myKaarstPass {\n    id\n    number\n    status\n    validUntil\n  }\n}\n\nmutation AppRegisterKaarstPassDevice($input: RegisterKaarstPassDeviceInput!) {\n  registerKaarstPassDevice(input: $input) {\n    certificate\n    expiresAt\n    device {\n      id\n      label\n    }\n  }\n}\n\nquery AppKaarstPassOffers {\n  kaarstPassOffers {\n    id\n    title\n    description\n    category\n    free\n    priceCents\n    partner {\n      name\n    }\n    place\n    validUntil\n    quota\n    remaining\n    sample\n  }\n}"): (typeof documents)["mutation AppSignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    token\n    expiresAt\n    citizen {\n      id\n      displayName\n    }\n  }\n}\n\nquery AppMyKaarstPass {\n  myKaarstPass {\n    id\n    number\n    status\n    validUntil\n  }\n}\n\nmutation AppRegisterKaarstPassDevice($input: RegisterKaarstPassDeviceInput!) {\n  registerKaarstPassDevice(input: $input) {\n    certificate\n    expiresAt\n    device {\n      id\n      label\n    }\n  }\n}\n\nquery AppKaarstPassOffers {\n  kaarstPassOffers {\n    id\n    title\n    description\n    category\n    free\n    priceCents\n    partner {\n      name\n    }\n    place\n    validUntil\n    quota\n    remaining\n    sample\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;