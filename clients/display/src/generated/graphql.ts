/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type BudgetPhase =
  | 'COLLECT'
  | 'RESULT'
  | 'REVIEW'
  | 'VOTE';

export type CouncilBroadcastStatus =
  | 'ENDED'
  | 'LIVE'
  | 'SCHEDULED';

export type EmergencySeverity =
  | 'DANGER'
  | 'WARNING';

export type HeartbeatInput = {
  clientVersion: string;
  credential: string;
  screenId: string | number;
  showing: string;
};

export type ScreenEventKind =
  | 'CONTENT_CHANGED'
  | 'EMERGENCY_ENDED'
  | 'EMERGENCY_PUBLISHED';

export type ScreenOrientation =
  | 'LANDSCAPE'
  | 'PORTRAIT';

export type DisplaySnapshotQueryVariables = Exact<{
  screenId: string | number;
  credential: string;
}>;


export type DisplaySnapshotQuery = { screenSnapshot: { version: number, at: string, screen: { id: string, name: string, orientation: ScreenOrientation, nearestStop: { id: string, name: string }, nearestOffice: { id: string } }, emergency: { id: string, severity: EmergencySeverity, title: string, message: string, expiresAt: string | null } | null, playlist: Array<{ sharePercent: number, item: { id: string, title: string, body: string, imageUrl: string | null } }>, current: { id: string } | null } };

export type DisplayDepartureFragment = { scheduledTime: string, expectedTime: string, delayMinutes: number | null, headsign: string | null, route: { shortName: string | null } };

export type DisplayDeparturesQueryVariables = Exact<{
  stopId: string | number;
}>;


export type DisplayDeparturesQuery = { departures: Array<{ scheduledTime: string, expectedTime: string, delayMinutes: number | null, headsign: string | null, route: { shortName: string | null } }> };

export type DisplayDeparturesLiveSubscriptionVariables = Exact<{
  stopId: string | number;
}>;


export type DisplayDeparturesLiveSubscription = { departuresChanged: Array<{ scheduledTime: string, expectedTime: string, delayMinutes: number | null, headsign: string | null, route: { shortName: string | null } }> };

export type DisplayHeartbeatMutationVariables = Exact<{
  input: HeartbeatInput;
}>;


export type DisplayHeartbeatMutation = { screenHeartbeat: { online: boolean } };

export type DisplayEventsSubscriptionVariables = Exact<{
  screenId: string | number;
  credential: string;
}>;


export type DisplayEventsSubscription = { screenEvents: { version: number, kind: ScreenEventKind, emergency: { id: string, severity: EmergencySeverity, title: string, message: string, expiresAt: string | null } | null } };

export type DisplayPassOffersQueryVariables = Exact<{ [key: string]: never; }>;


export type DisplayPassOffersQuery = { kaarstPassOffers: Array<{ id: string, title: string, description: string, free: boolean, priceCents: number, validUntil: string, partner: { name: string } }> };

export type DisplayVotesQueryVariables = Exact<{ [key: string]: never; }>;


export type DisplayVotesQuery = { participatoryBudgets: Array<{ id: string, title: string, phase: BudgetPhase }> };

export type DisplayCouncilFragment = { id: string, status: CouncilBroadcastStatus, meeting: { id: string, name: string | null }, currentAgendaItem: { number: string | null, name: string | null } | null };

export type DisplayCouncilLiveQueryVariables = Exact<{ [key: string]: never; }>;


export type DisplayCouncilLiveQuery = { councilLiveBroadcast: { id: string, status: CouncilBroadcastStatus, meeting: { id: string, name: string | null }, currentAgendaItem: { number: string | null, name: string | null } | null } | null };

export type DisplayCouncilChangesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DisplayCouncilChangesSubscription = { councilLive: { id: string, status: CouncilBroadcastStatus, meeting: { id: string, name: string | null }, currentAgendaItem: { number: string | null, name: string | null } | null } };

export type DisplayWaitingFragment = { waiting: number, estimatedWaitMinutes: number | null, walkInsOpen: boolean, location: { id: string, name: string } };

export type DisplayWaitingTimeQueryVariables = Exact<{
  locationId: string | number;
}>;


export type DisplayWaitingTimeQuery = { callDisplay: { waiting: number, estimatedWaitMinutes: number | null, walkInsOpen: boolean, location: { id: string, name: string } } };

export type DisplayWaitingLiveSubscriptionVariables = Exact<{
  locationId: string | number;
}>;


export type DisplayWaitingLiveSubscription = { callDisplayChanged: { waiting: number, estimatedWaitMinutes: number | null, walkInsOpen: boolean, location: { id: string, name: string } } };

export const DisplayDepartureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisplayDeparture"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Departure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledTime"}},{"kind":"Field","name":{"kind":"Name","value":"expectedTime"}},{"kind":"Field","name":{"kind":"Name","value":"delayMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"headsign"}},{"kind":"Field","name":{"kind":"Name","value":"route"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<DisplayDepartureFragment, unknown>;
export const DisplayCouncilFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisplayCouncil"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilBroadcast"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentAgendaItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DisplayCouncilFragment, unknown>;
export const DisplayWaitingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisplayWaiting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallDisplay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"walkInsOpen"}}]}}]} as unknown as DocumentNode<DisplayWaitingFragment, unknown>;
export const DisplaySnapshotDocument = {"__meta__":{"hash":"sha256:79698bd6602c3bd7eecc348656c67812dbaedc2b6dab84c1ccc231ccdd4a5b97"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisplaySnapshot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"screenId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"credential"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"screenSnapshot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"screenId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"screenId"}}},{"kind":"Argument","name":{"kind":"Name","value":"credential"},"value":{"kind":"Variable","name":{"kind":"Name","value":"credential"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"screen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orientation"}},{"kind":"Field","name":{"kind":"Name","value":"nearestStop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nearestOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"playlist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DisplaySnapshotQuery, DisplaySnapshotQueryVariables>;
export const DisplayDeparturesDocument = {"__meta__":{"hash":"sha256:955a73feaeafc477519d30735a7671028e5e70d037301124debe6f23afbfffa5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisplayDepartures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stopId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stopId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stopId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisplayDeparture"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisplayDeparture"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Departure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledTime"}},{"kind":"Field","name":{"kind":"Name","value":"expectedTime"}},{"kind":"Field","name":{"kind":"Name","value":"delayMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"headsign"}},{"kind":"Field","name":{"kind":"Name","value":"route"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<DisplayDeparturesQuery, DisplayDeparturesQueryVariables>;
export const DisplayDeparturesLiveDocument = {"__meta__":{"hash":"sha256:5247c070eadc5a1c330af0444e61ee82e2e10b9b67b410a1ab7bbbcdf8025b74"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DisplayDeparturesLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stopId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departuresChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stopId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stopId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisplayDeparture"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisplayDeparture"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Departure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduledTime"}},{"kind":"Field","name":{"kind":"Name","value":"expectedTime"}},{"kind":"Field","name":{"kind":"Name","value":"delayMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"headsign"}},{"kind":"Field","name":{"kind":"Name","value":"route"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<DisplayDeparturesLiveSubscription, DisplayDeparturesLiveSubscriptionVariables>;
export const DisplayHeartbeatDocument = {"__meta__":{"hash":"sha256:d098f97fb3b5c816f5f2f74afc8509c9e82413ee29ec486b9bde6a1a687ee276"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisplayHeartbeat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HeartbeatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"screenHeartbeat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"online"}}]}}]}}]} as unknown as DocumentNode<DisplayHeartbeatMutation, DisplayHeartbeatMutationVariables>;
export const DisplayEventsDocument = {"__meta__":{"hash":"sha256:f0a20a91d190ca59600257b05889d4b9867ad47ab57c2a8f75d31f01a283c1d9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DisplayEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"screenId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"credential"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"screenEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"screenId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"screenId"}}},{"kind":"Argument","name":{"kind":"Name","value":"credential"},"value":{"kind":"Variable","name":{"kind":"Name","value":"credential"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<DisplayEventsSubscription, DisplayEventsSubscriptionVariables>;
export const DisplayPassOffersDocument = {"__meta__":{"hash":"sha256:309c9ab7eecd0cbfb7539d1798bfbb331a765a0ae54613c85c4d6acf70aede63"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisplayPassOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kaarstPassOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DisplayPassOffersQuery, DisplayPassOffersQueryVariables>;
export const DisplayVotesDocument = {"__meta__":{"hash":"sha256:d23da591589aa17178203446d1f5630ac0e4ca0804fc0104c174aa9c7128693a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisplayVotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participatoryBudgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}}]}}]} as unknown as DocumentNode<DisplayVotesQuery, DisplayVotesQueryVariables>;
export const DisplayCouncilLiveDocument = {"__meta__":{"hash":"sha256:6f32df40956e32f9c4d218da916d08676899d5284f24cd17f8439e9f3e7103c3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisplayCouncilLive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilLiveBroadcast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisplayCouncil"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisplayCouncil"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilBroadcast"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentAgendaItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DisplayCouncilLiveQuery, DisplayCouncilLiveQueryVariables>;
export const DisplayCouncilChangesDocument = {"__meta__":{"hash":"sha256:e5c7111d8722e31dba79d6cf4d93c8bdfdd2561a7160a7252cdc33f37986d833"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DisplayCouncilChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilLive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisplayCouncil"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisplayCouncil"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CouncilBroadcast"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentAgendaItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DisplayCouncilChangesSubscription, DisplayCouncilChangesSubscriptionVariables>;
export const DisplayWaitingTimeDocument = {"__meta__":{"hash":"sha256:1f4d63808da1e9deaadb79e950bfb291cb2bd4c4c6fda8eafe96b877d6586c16"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisplayWaitingTime"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callDisplay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisplayWaiting"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisplayWaiting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallDisplay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"walkInsOpen"}}]}}]} as unknown as DocumentNode<DisplayWaitingTimeQuery, DisplayWaitingTimeQueryVariables>;
export const DisplayWaitingLiveDocument = {"__meta__":{"hash":"sha256:4fbe2e650437b8443a3e541e9bc535f585e6b5759a4ea57b2960ca716aa56c10"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DisplayWaitingLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callDisplayChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisplayWaiting"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisplayWaiting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallDisplay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWaitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"walkInsOpen"}}]}}]} as unknown as DocumentNode<DisplayWaitingLiveSubscription, DisplayWaitingLiveSubscriptionVariables>;