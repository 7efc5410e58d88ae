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

export type PickupRequestStatus =
  /** The driver has seen it and will stop (ramp ready). */
  | 'ACKNOWLEDGED'
  /** The trip has passed the stop. */
  | 'EXPIRED'
  /** Waiting for the driver. */
  | 'REQUESTED';

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

export type AppSignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type AppSignInMutation = { signIn: { token: string, expiresAt: string, citizen: { id: string, displayName: string } } };

export type AppMyKaarstPassQueryVariables = Exact<{ [key: string]: never; }>;


export type AppMyKaarstPassQuery = { myKaarstPass: { id: string, number: string, status: KaarstPassStatus, validUntil: string | null } | null };

export type AppRegisterKaarstPassDeviceMutationVariables = Exact<{
  input: RegisterKaarstPassDeviceInput;
}>;


export type AppRegisterKaarstPassDeviceMutation = { registerKaarstPassDevice: { certificate: string, expiresAt: string, device: { id: string, label: string } } };

export type AppKaarstPassOffersQueryVariables = Exact<{ [key: string]: never; }>;


export type AppKaarstPassOffersQuery = { kaarstPassOffers: Array<{ id: string, title: string, description: string, category: KaarstPassOfferCategory, free: boolean, priceCents: number, place: string | null, validUntil: string, quota: number | null, remaining: number | null, sample: boolean, partner: { name: string } }> };

export type AppTransitStopsNearQueryVariables = Exact<{
  latitude: number;
  longitude: number;
}>;


export type AppTransitStopsNearQuery = { transitStopsNear: Array<{ id: string, name: string, wheelchairBoarding: WheelchairAccess }> };

export type AppTransitStopsQueryVariables = Exact<{
  search: string;
}>;


export type AppTransitStopsQuery = { transitStops: Array<{ id: string, name: string, wheelchairBoarding: WheelchairAccess }> };

export type AppDeparturesQueryVariables = Exact<{
  stopId: string | number;
}>;


export type AppDeparturesQuery = { departures: Array<{ scheduledTime: string, expectedTime: string, delayMinutes: number | null, headsign: string | null, route: { shortName: string | null }, stop: { id: string, name: string }, trip: { id: string, serviceDate: string, wheelchairAccessible: WheelchairAccess } }> };

export type AppJourneysQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  at: string;
  wheelchairOnly: boolean;
}>;


export type AppJourneysQuery = { journeys: Array<{ departure: string, arrival: string, transfers: number, legs: Array<{ walking: boolean, departure: string, arrival: string, headsign: string | null, route: { shortName: string | null } | null, fromStop: { name: string }, toStop: { name: string } }> }> };

export type AppRequestWheelchairPickupMutationVariables = Exact<{
  input: RequestPickupInput;
}>;


export type AppRequestWheelchairPickupMutation = { requestWheelchairPickup: { id: string, status: PickupRequestStatus, acknowledgedAt: string | null } };

export type AppPickupRequestChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type AppPickupRequestChangedSubscription = { pickupRequestChanged: { id: string, status: PickupRequestStatus, acknowledgedAt: string | null } };


export const AppSignInDocument = {"__meta__":{"hash":"sha256:0228d0c99eec7decf466ba1cf190bcc1e60d675ae34d57bf47653b2d672582cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<AppSignInMutation, AppSignInMutationVariables>;
export const AppMyKaarstPassDocument = {"__meta__":{"hash":"sha256:b9fa758237a39bea168b634ac357979b20dbe4be13e80b9c3fc441c246563289"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppMyKaarstPass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myKaarstPass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<AppMyKaarstPassQuery, AppMyKaarstPassQueryVariables>;
export const AppRegisterKaarstPassDeviceDocument = {"__meta__":{"hash":"sha256:ebd39c569058f17798d2960d91b8647b88014e4478bd4f77c4919de2f1e180aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppRegisterKaarstPassDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterKaarstPassDeviceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerKaarstPassDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificate"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<AppRegisterKaarstPassDeviceMutation, AppRegisterKaarstPassDeviceMutationVariables>;
export const AppKaarstPassOffersDocument = {"__meta__":{"hash":"sha256:bfba70d227e706898b5457216fbcec7030b7032da9af2122f5b3af4c1a5d2394"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppKaarstPassOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kaarstPassOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}}]}}]}}]} as unknown as DocumentNode<AppKaarstPassOffersQuery, AppKaarstPassOffersQueryVariables>;
export const AppTransitStopsNearDocument = {"__meta__":{"hash":"sha256:71f2e13eec79954ee5f98bce18ab9e64edfe8af597d8bb3b89f91e76bd66fe07"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppTransitStopsNear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"latitude"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"longitude"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitStopsNear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"latitude"},"value":{"kind":"Variable","name":{"kind":"Name","value":"latitude"}}},{"kind":"Argument","name":{"kind":"Name","value":"longitude"},"value":{"kind":"Variable","name":{"kind":"Name","value":"longitude"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"wheelchairBoarding"}}]}}]}}]} as unknown as DocumentNode<AppTransitStopsNearQuery, AppTransitStopsNearQueryVariables>;
export const AppTransitStopsDocument = {"__meta__":{"hash":"sha256:2a87134010e410a3412431ddc9feedb77fa8f10cc2dc8443f6710e9c8377f88d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppTransitStops"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitStops"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"wheelchairBoarding"}}]}}]}}]} as unknown as DocumentNode<AppTransitStopsQuery, AppTransitStopsQueryVariables>;
export const AppDeparturesDocument = {"__meta__":{"hash":"sha256:e7a130a648619decd9083e8ae18e95a3521e22aa2d80c25bac56a97f3e4fe21d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppDepartures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stopId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stopId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stopId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledTime"}},{"kind":"Field","name":{"kind":"Name","value":"expectedTime"}},{"kind":"Field","name":{"kind":"Name","value":"delayMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"headsign"}},{"kind":"Field","name":{"kind":"Name","value":"route"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDate"}},{"kind":"Field","name":{"kind":"Name","value":"wheelchairAccessible"}}]}}]}}]}}]} as unknown as DocumentNode<AppDeparturesQuery, AppDeparturesQueryVariables>;
export const AppJourneysDocument = {"__meta__":{"hash":"sha256:5995737ad4469c958d1c280c1f7b84e5051ffe4bd704496f84afed7a13549f54"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppJourneys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"wheelchairOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"journeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromStopId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"toStopId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"departAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}},{"kind":"Argument","name":{"kind":"Name","value":"wheelchairOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"wheelchairOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departure"}},{"kind":"Field","name":{"kind":"Name","value":"arrival"}},{"kind":"Field","name":{"kind":"Name","value":"transfers"}},{"kind":"Field","name":{"kind":"Name","value":"legs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walking"}},{"kind":"Field","name":{"kind":"Name","value":"departure"}},{"kind":"Field","name":{"kind":"Name","value":"arrival"}},{"kind":"Field","name":{"kind":"Name","value":"headsign"}},{"kind":"Field","name":{"kind":"Name","value":"route"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromStop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toStop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppJourneysQuery, AppJourneysQueryVariables>;
export const AppRequestWheelchairPickupDocument = {"__meta__":{"hash":"sha256:1030323fd51bc0671f138167ed52bc2a1cb462f4ec0666f62cedb6add49228cf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppRequestWheelchairPickup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPickupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestWheelchairPickup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}}]} as unknown as DocumentNode<AppRequestWheelchairPickupMutation, AppRequestWheelchairPickupMutationVariables>;
export const AppPickupRequestChangedDocument = {"__meta__":{"hash":"sha256:a39b234157b126c40ea739ae7b224acd30f4cbf5894dd404d2553c0800068baf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AppPickupRequestChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pickupRequestChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}}]} as unknown as DocumentNode<AppPickupRequestChangedSubscription, AppPickupRequestChangedSubscriptionVariables>;