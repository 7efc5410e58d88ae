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

export type RegisterKaarstPassDeviceInput = {
  /** 1 to 60 characters, e.g. Mein Handy. */
  label: string;
  /** The device's public key: a JWK of an ECDSA P-256 key (kty EC, crv P-256, x, y), nothing private. */
  publicKey: Record<string, unknown>;
};

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


export const AppSignInDocument = {"__meta__":{"hash":"sha256:0228d0c99eec7decf466ba1cf190bcc1e60d675ae34d57bf47653b2d672582cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<AppSignInMutation, AppSignInMutationVariables>;
export const AppMyKaarstPassDocument = {"__meta__":{"hash":"sha256:b9fa758237a39bea168b634ac357979b20dbe4be13e80b9c3fc441c246563289"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppMyKaarstPass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myKaarstPass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<AppMyKaarstPassQuery, AppMyKaarstPassQueryVariables>;
export const AppRegisterKaarstPassDeviceDocument = {"__meta__":{"hash":"sha256:ebd39c569058f17798d2960d91b8647b88014e4478bd4f77c4919de2f1e180aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppRegisterKaarstPassDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterKaarstPassDeviceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerKaarstPassDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificate"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<AppRegisterKaarstPassDeviceMutation, AppRegisterKaarstPassDeviceMutationVariables>;
export const AppKaarstPassOffersDocument = {"__meta__":{"hash":"sha256:bfba70d227e706898b5457216fbcec7030b7032da9af2122f5b3af4c1a5d2394"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppKaarstPassOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kaarstPassOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}}]}}]}}]} as unknown as DocumentNode<AppKaarstPassOffersQuery, AppKaarstPassOffersQueryVariables>;