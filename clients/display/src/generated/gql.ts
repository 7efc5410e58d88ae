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
    "query DisplaySnapshot($screenId: ID!, $credential: String!) {\n  screenSnapshot(screenId: $screenId, credential: $credential) {\n    version\n    at\n    screen {\n      id\n      name\n      orientation\n      nearestStop {\n        id\n        name\n      }\n    }\n    emergency {\n      id\n      severity\n      title\n      message\n      expiresAt\n    }\n    playlist {\n      sharePercent\n      item {\n        id\n        title\n        body\n        imageUrl\n      }\n    }\n    current {\n      id\n    }\n  }\n}\n\nfragment DisplayDeparture on Departure {\n  scheduledTime\n  expectedTime\n  delayMinutes\n  headsign\n  route {\n    shortName\n  }\n}\n\nquery DisplayDepartures($stopId: ID!) {\n  departures(stopId: $stopId, limit: 6) {\n    ...DisplayDeparture\n  }\n}\n\nsubscription DisplayDeparturesLive($stopId: ID!) {\n  departuresChanged(stopId: $stopId, limit: 6) {\n    ...DisplayDeparture\n  }\n}\n\nmutation DisplayHeartbeat($input: HeartbeatInput!) {\n  screenHeartbeat(input: $input) {\n    online\n  }\n}\n\nsubscription DisplayEvents($screenId: ID!, $credential: String!) {\n  screenEvents(screenId: $screenId, credential: $credential) {\n    version\n    kind\n    emergency {\n      id\n      severity\n      title\n      message\n      expiresAt\n    }\n  }\n}": typeof types.DisplaySnapshotDocument,
};
const documents: Documents = {
    "query DisplaySnapshot($screenId: ID!, $credential: String!) {\n  screenSnapshot(screenId: $screenId, credential: $credential) {\n    version\n    at\n    screen {\n      id\n      name\n      orientation\n      nearestStop {\n        id\n        name\n      }\n    }\n    emergency {\n      id\n      severity\n      title\n      message\n      expiresAt\n    }\n    playlist {\n      sharePercent\n      item {\n        id\n        title\n        body\n        imageUrl\n      }\n    }\n    current {\n      id\n    }\n  }\n}\n\nfragment DisplayDeparture on Departure {\n  scheduledTime\n  expectedTime\n  delayMinutes\n  headsign\n  route {\n    shortName\n  }\n}\n\nquery DisplayDepartures($stopId: ID!) {\n  departures(stopId: $stopId, limit: 6) {\n    ...DisplayDeparture\n  }\n}\n\nsubscription DisplayDeparturesLive($stopId: ID!) {\n  departuresChanged(stopId: $stopId, limit: 6) {\n    ...DisplayDeparture\n  }\n}\n\nmutation DisplayHeartbeat($input: HeartbeatInput!) {\n  screenHeartbeat(input: $input) {\n    online\n  }\n}\n\nsubscription DisplayEvents($screenId: ID!, $credential: String!) {\n  screenEvents(screenId: $screenId, credential: $credential) {\n    version\n    kind\n    emergency {\n      id\n      severity\n      title\n      message\n      expiresAt\n    }\n  }\n}": types.DisplaySnapshotDocument,
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
export function graphql(source: "query DisplaySnapshot($screenId: ID!, $credential: String!) {\n  screenSnapshot(screenId: $screenId, credential: $credential) {\n    version\n    at\n    screen {\n      id\n      name\n      orientation\n      nearestStop {\n        id\n        name\n      }\n    }\n    emergency {\n      id\n      severity\n      title\n      message\n      expiresAt\n    }\n    playlist {\n      sharePercent\n      item {\n        id\n        title\n        body\n        imageUrl\n      }\n    }\n    current {\n      id\n    }\n  }\n}\n\nfragment DisplayDeparture on Departure {\n  scheduledTime\n  expectedTime\n  delayMinutes\n  headsign\n  route {\n    shortName\n  }\n}\n\nquery DisplayDepartures($stopId: ID!) {\n  departures(stopId: $stopId, limit: 6) {\n    ...DisplayDeparture\n  }\n}\n\nsubscription DisplayDeparturesLive($stopId: ID!) {\n  departuresChanged(stopId: $stopId, limit: 6) {\n    ...DisplayDeparture\n  }\n}\n\nmutation DisplayHeartbeat($input: HeartbeatInput!) {\n  screenHeartbeat(input: $input) {\n    online\n  }\n}\n\nsubscription DisplayEvents($screenId: ID!, $credential: String!) {\n  screenEvents(screenId: $screenId, credential: $credential) {\n    version\n    kind\n    emergency {\n      id\n      severity\n      title\n      message\n      expiresAt\n    }\n  }\n}"): (typeof documents)["query DisplaySnapshot($screenId: ID!, $credential: String!) {\n  screenSnapshot(screenId: $screenId, credential: $credential) {\n    version\n    at\n    screen {\n      id\n      name\n      orientation\n      nearestStop {\n        id\n        name\n      }\n    }\n    emergency {\n      id\n      severity\n      title\n      message\n      expiresAt\n    }\n    playlist {\n      sharePercent\n      item {\n        id\n        title\n        body\n        imageUrl\n      }\n    }\n    current {\n      id\n    }\n  }\n}\n\nfragment DisplayDeparture on Departure {\n  scheduledTime\n  expectedTime\n  delayMinutes\n  headsign\n  route {\n    shortName\n  }\n}\n\nquery DisplayDepartures($stopId: ID!) {\n  departures(stopId: $stopId, limit: 6) {\n    ...DisplayDeparture\n  }\n}\n\nsubscription DisplayDeparturesLive($stopId: ID!) {\n  departuresChanged(stopId: $stopId, limit: 6) {\n    ...DisplayDeparture\n  }\n}\n\nmutation DisplayHeartbeat($input: HeartbeatInput!) {\n  screenHeartbeat(input: $input) {\n    online\n  }\n}\n\nsubscription DisplayEvents($screenId: ID!, $credential: String!) {\n  screenEvents(screenId: $screenId, credential: $credential) {\n    version\n    kind\n    emergency {\n      id\n      severity\n      title\n      message\n      expiresAt\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;