/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type KaarstPassOfferCategory =
  | 'CULTURE'
  | 'DISCOUNT'
  | 'LIBRARY'
  | 'POOL'
  | 'SPORT'
  | 'TRANSIT';

/**
 * EXPIRED is not stored: an ACTIVE pass whose validUntil has passed is EXPIRED.
 * REJECTED: staff turned the application down.
 */
export type KaarstPassStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'PENDING'
  | 'REJECTED'
  | 'REVOKED'
  | 'SUSPENDED';

/** What the hub tells a person about; push messages come only for the topics they switched on. */
export type NotificationTopic =
  /** An appointment is tomorrow. */
  | 'APPOINTMENT_REMINDER'
  /** The citizens' office decided on a Kaarst Pass application. */
  | 'PASS_DECISION'
  /** A walk-in ticket is called next. */
  | 'QUEUE_CALLED_NEXT'
  /** A request's status changed. */
  | 'REQUEST_STATUS';

export type PickupRequestStatus =
  /** The driver has seen it and will stop (ramp ready). */
  | 'ACKNOWLEDGED'
  /** The trip has passed the stop. */
  | 'EXPIRED'
  /** Waiting for the driver. */
  | 'REQUESTED';

/** The keys of a browser's push subscription (PushSubscription.toJSON().keys). */
export type PushKeysInput = {
  /** The 16-byte authentication secret, base64url. */
  auth: string;
  /** The browser's P-256 ECDH public key, base64url (65 bytes). */
  p256dh: string;
};

export type PushSubscriptionInput = {
  /** The push service's URL for this browser (https). */
  endpoint: string;
  keys: PushKeysInput;
};

export type RegisterKaarstPassDeviceInput = {
  /** 1 to 60 characters, e.g. Mein Handy. */
  label: string;
  /** The device's public key: a JWK of an ECDSA P-256 key (kty EC, crv P-256, x, y), nothing private. */
  publicKey: Record<string, unknown>;
};

export type RequestPickupInput = {
  /** The trip's service day, YYYY-MM-DD (as in departures' trip.serviceDate). */
  serviceDate: string;
  stopId: string | number;
  tripId: string | number;
};

/** GTFS accessibility: unknown (no information), possible, or not possible. */
export type WheelchairAccess =
  | 'NOT_POSSIBLE'
  | 'POSSIBLE'
  | 'UNKNOWN';

export type AppMyKaarstPassQueryVariables = Exact<{ [key: string]: never; }>;


export type AppMyKaarstPassQuery = { myKaarstPass: { id: string, number: string, status: KaarstPassStatus, validUntil: string | null } | null };

export type AppRegisterKaarstPassDeviceMutationVariables = Exact<{
  input: RegisterKaarstPassDeviceInput;
}>;


export type AppRegisterKaarstPassDeviceMutation = { registerKaarstPassDevice: { certificate: string, expiresAt: string, device: { id: string, label: string } } };

export type AppKaarstPassOffersQueryVariables = Exact<{ [key: string]: never; }>;


export type AppKaarstPassOffersQuery = { kaarstPassOffers: Array<{ id: string, title: string, description: string, category: KaarstPassOfferCategory, free: boolean, priceCents: number, place: string | null, validUntil: string, quota: number | null, remaining: number | null, sample: boolean, partner: { name: string } }> };

export type AppWebPushPublicKeyQueryVariables = Exact<{ [key: string]: never; }>;


export type AppWebPushPublicKeyQuery = { webPushPublicKey: string };

export type AppMyNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AppMyNotificationsQuery = { myNotifications: Array<{ id: string, topic: NotificationTopic, title: string, body: string, url: string, createdAt: string, readAt: string | null }> };

export type AppMyNotificationTopicsQueryVariables = Exact<{ [key: string]: never; }>;


export type AppMyNotificationTopicsQuery = { myNotificationTopics: Array<NotificationTopic> };

export type AppSubscribePushMutationVariables = Exact<{
  input: PushSubscriptionInput;
}>;


export type AppSubscribePushMutation = { subscribePush: boolean };

export type AppUnsubscribePushMutationVariables = Exact<{
  endpoint: string;
}>;


export type AppUnsubscribePushMutation = { unsubscribePush: boolean };

export type AppSetNotificationTopicMutationVariables = Exact<{
  topic: NotificationTopic;
  enabled: boolean;
}>;


export type AppSetNotificationTopicMutation = { setNotificationTopic: Array<NotificationTopic> };

export type AppMarkNotificationReadMutationVariables = Exact<{
  id: string | number;
}>;


export type AppMarkNotificationReadMutation = { markNotificationRead: { id: string, readAt: string | null } };

export type AppTransitStopsNearQueryVariables = Exact<{
  latitude: number;
  longitude: number;
}>;


export type AppTransitStopsNearQuery = { transitStopsNear: Array<{ id: string, name: string, wheelchairBoarding: WheelchairAccess }> };

export type HubSignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type HubSignInMutation = { signIn: { token: string, expiresAt: string, citizen: { id: string, displayName: string } } };

export type HubTransitStopsQueryVariables = Exact<{
  search: string;
}>;


export type HubTransitStopsQuery = { transitStops: Array<{ id: string, name: string, wheelchairBoarding: WheelchairAccess, latitude: number | null, longitude: number | null }> };

export type HubDeparturesQueryVariables = Exact<{
  stopId: string | number;
}>;


export type HubDeparturesQuery = { departures: Array<{ scheduledTime: string, expectedTime: string, delayMinutes: number | null, headsign: string | null, route: { shortName: string | null }, stop: { id: string, name: string, wheelchairBoarding: WheelchairAccess }, trip: { id: string, serviceDate: string, wheelchairAccessible: WheelchairAccess } }> };

export type HubJourneysQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  at: string;
  wheelchairOnly: boolean;
}>;


export type HubJourneysQuery = { journeys: Array<{ departure: string, arrival: string, transfers: number, legs: Array<{ walking: boolean, departure: string, arrival: string, headsign: string | null, route: { shortName: string | null } | null, fromStop: { name: string }, toStop: { name: string } }> }> };

export type HubRequestWheelchairPickupMutationVariables = Exact<{
  input: RequestPickupInput;
}>;


export type HubRequestWheelchairPickupMutation = { requestWheelchairPickup: { id: string, status: PickupRequestStatus, scheduledDeparture: string, acknowledgedAt: string | null, stop: { name: string } | null } };

export type HubPickupRequestChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type HubPickupRequestChangedSubscription = { pickupRequestChanged: { id: string, status: PickupRequestStatus, acknowledgedAt: string | null } };


export const AppMyKaarstPassDocument = {"__meta__":{"hash":"sha256:b9fa758237a39bea168b634ac357979b20dbe4be13e80b9c3fc441c246563289"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppMyKaarstPass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myKaarstPass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<AppMyKaarstPassQuery, AppMyKaarstPassQueryVariables>;
export const AppRegisterKaarstPassDeviceDocument = {"__meta__":{"hash":"sha256:ebd39c569058f17798d2960d91b8647b88014e4478bd4f77c4919de2f1e180aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppRegisterKaarstPassDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterKaarstPassDeviceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerKaarstPassDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificate"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<AppRegisterKaarstPassDeviceMutation, AppRegisterKaarstPassDeviceMutationVariables>;
export const AppKaarstPassOffersDocument = {"__meta__":{"hash":"sha256:bfba70d227e706898b5457216fbcec7030b7032da9af2122f5b3af4c1a5d2394"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppKaarstPassOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kaarstPassOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}}]}}]}}]} as unknown as DocumentNode<AppKaarstPassOffersQuery, AppKaarstPassOffersQueryVariables>;
export const AppWebPushPublicKeyDocument = {"__meta__":{"hash":"sha256:7b4ff9349569fe9017ff9a016204f5d4169ae0047eb8cda5fc961cf9c26ebd36"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppWebPushPublicKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webPushPublicKey"}}]}}]} as unknown as DocumentNode<AppWebPushPublicKeyQuery, AppWebPushPublicKeyQueryVariables>;
export const AppMyNotificationsDocument = {"__meta__":{"hash":"sha256:d7915cfffa15b0e660054ac4e50c03934d538f487a34dd68be8b490a1a60bb64"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppMyNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]} as unknown as DocumentNode<AppMyNotificationsQuery, AppMyNotificationsQueryVariables>;
export const AppMyNotificationTopicsDocument = {"__meta__":{"hash":"sha256:a99edb30caacff67cc532c88cdce470d7f8ed7478957d24a909d0531d4d72093"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppMyNotificationTopics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotificationTopics"}}]}}]} as unknown as DocumentNode<AppMyNotificationTopicsQuery, AppMyNotificationTopicsQueryVariables>;
export const AppSubscribePushDocument = {"__meta__":{"hash":"sha256:0dbece1357076d1162902d66f7830001f755f6b89d62a497a186380754e50a1d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppSubscribePush"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PushSubscriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscribePush"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<AppSubscribePushMutation, AppSubscribePushMutationVariables>;
export const AppUnsubscribePushDocument = {"__meta__":{"hash":"sha256:34f0d0d4537b71a1afff51928b7188527ee69f65f526cde42fd7264ef08e5aa1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppUnsubscribePush"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpoint"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unsubscribePush"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpoint"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpoint"}}}]}]}}]} as unknown as DocumentNode<AppUnsubscribePushMutation, AppUnsubscribePushMutationVariables>;
export const AppSetNotificationTopicDocument = {"__meta__":{"hash":"sha256:ce67b52f62bf75cf2cbf651e839961d4bf2db6f93fdbbf00d7b1e3eae14ec896"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppSetNotificationTopic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topic"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationTopic"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNotificationTopic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"topic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topic"}}},{"kind":"Argument","name":{"kind":"Name","value":"enabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}}}]}]}}]} as unknown as DocumentNode<AppSetNotificationTopicMutation, AppSetNotificationTopicMutationVariables>;
export const AppMarkNotificationReadDocument = {"__meta__":{"hash":"sha256:dd6755d0686c534fae8288a466ebf1318e5ea376f8f707ca4c9b378cb8b03797"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppMarkNotificationRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]} as unknown as DocumentNode<AppMarkNotificationReadMutation, AppMarkNotificationReadMutationVariables>;
export const AppTransitStopsNearDocument = {"__meta__":{"hash":"sha256:71f2e13eec79954ee5f98bce18ab9e64edfe8af597d8bb3b89f91e76bd66fe07"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppTransitStopsNear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"latitude"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"longitude"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitStopsNear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"latitude"},"value":{"kind":"Variable","name":{"kind":"Name","value":"latitude"}}},{"kind":"Argument","name":{"kind":"Name","value":"longitude"},"value":{"kind":"Variable","name":{"kind":"Name","value":"longitude"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"wheelchairBoarding"}}]}}]}}]} as unknown as DocumentNode<AppTransitStopsNearQuery, AppTransitStopsNearQueryVariables>;
export const HubSignInDocument = {"__meta__":{"hash":"sha256:e636f479113f4cbb83ac92e448cf9f59e75345da70c024bc371043fe90f33997"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HubSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<HubSignInMutation, HubSignInMutationVariables>;
export const HubTransitStopsDocument = {"__meta__":{"hash":"sha256:2f1e6f97dd62a7cb7c0aeb2660740fcfb1c059973621e304d16cae199c7f9f7c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HubTransitStops"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitStops"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"wheelchairBoarding"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}}]}}]} as unknown as DocumentNode<HubTransitStopsQuery, HubTransitStopsQueryVariables>;
export const HubDeparturesDocument = {"__meta__":{"hash":"sha256:6ced020608a3ea6d9ea71a0155877d88aa023be353005d4cbedba27eb15c9722"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HubDepartures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stopId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stopId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stopId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledTime"}},{"kind":"Field","name":{"kind":"Name","value":"expectedTime"}},{"kind":"Field","name":{"kind":"Name","value":"delayMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"headsign"}},{"kind":"Field","name":{"kind":"Name","value":"route"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"wheelchairBoarding"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDate"}},{"kind":"Field","name":{"kind":"Name","value":"wheelchairAccessible"}}]}}]}}]}}]} as unknown as DocumentNode<HubDeparturesQuery, HubDeparturesQueryVariables>;
export const HubJourneysDocument = {"__meta__":{"hash":"sha256:6462f45ea3b66dfa68f89b823103e8029d3b36e9ea7ff7f5ed020c655b520308"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HubJourneys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"wheelchairOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"journeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromStopId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"toStopId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"departAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}},{"kind":"Argument","name":{"kind":"Name","value":"wheelchairOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"wheelchairOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departure"}},{"kind":"Field","name":{"kind":"Name","value":"arrival"}},{"kind":"Field","name":{"kind":"Name","value":"transfers"}},{"kind":"Field","name":{"kind":"Name","value":"legs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walking"}},{"kind":"Field","name":{"kind":"Name","value":"departure"}},{"kind":"Field","name":{"kind":"Name","value":"arrival"}},{"kind":"Field","name":{"kind":"Name","value":"headsign"}},{"kind":"Field","name":{"kind":"Name","value":"route"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromStop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toStop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HubJourneysQuery, HubJourneysQueryVariables>;
export const HubRequestWheelchairPickupDocument = {"__meta__":{"hash":"sha256:d81ca6518979269590383bb7915e7f1722ab623f68bfc9902808a2044a47de53"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HubRequestWheelchairPickup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPickupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestWheelchairPickup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledDeparture"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<HubRequestWheelchairPickupMutation, HubRequestWheelchairPickupMutationVariables>;
export const HubPickupRequestChangedDocument = {"__meta__":{"hash":"sha256:899786f4d0ef7c6075f92c040b57db511c87df13c17c36fe9f16ff18533c1b1b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"HubPickupRequestChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pickupRequestChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}}]} as unknown as DocumentNode<HubPickupRequestChangedSubscription, HubPickupRequestChangedSubscriptionVariables>;