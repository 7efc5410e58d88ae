/** Shared pieces of the queue's subgraph tests: viewers, documents, a started subgraph. */
import { randomUUID } from 'node:crypto';
import { generateHubKeys, type HubKeys, type RunningSubgraph, type Viewer } from '@kaarst/kit';
import { type GraphQLResponse, startTestSubgraph, subgraphRequest } from '@kaarst/kit/testing';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { appointmentsSubgraph } from '../src/subgraph.ts';

export const staff = (): Viewer => ({ id: randomUUID(), roles: ['staff'], department: 'buergerbuero' });
export const kiosk = (): Viewer => ({ id: randomUUID(), roles: ['kiosk'], department: 'buergerbuero' });
export const otherStaff: Viewer = { id: randomUUID(), roles: ['staff'], department: 'ordnungsamt' };
export const citizen: Viewer = { id: randomUUID(), roles: ['citizen'] };

export const codes = (response: Pick<GraphQLResponse<unknown>, 'errors'>) =>
  (response.errors ?? []).map((e) => e.extensions?.code);

export const TICKET =
  'id label number kind status code counter callCount ahead estimatedWaitMinutes services { id }';
export const DRAW = `mutation ($input: DrawQueueTicketInput!) { drawQueueTicket(input: $input) { ${TICKET} } }`;
export const CALL_NEXT = `mutation ($input: CallNextQueueTicketInput!) { callNextQueueTicket(input: $input) { ${TICKET} } }`;
export const RECALL = `mutation ($id: ID!, $seen: Int!) { recallQueueTicket(ticketId: $id, seenCallCount: $seen) { ${TICKET} } }`;
export const step = (field: string) =>
  `mutation ($id: ID!) { ${field}(ticketId: $id) { ${TICKET} finishedAt servingStartedAt } }`;
export const RESUME = `mutation ($id: ID!, $toEnd: Boolean!) { resumeQueueTicket(ticketId: $id, toEnd: $toEnd) { ${TICKET} } }`;
export const DISPLAY = `query ($l: ID!) { callDisplay(locationId: $l) {
  date waiting estimatedWaitMinutes walkInsOpen calls { label counter callCount calledAt } } }`;
export const PROGRESS = `query ($code: String!) { queueTicketByCode(code: $code) {
  code label status ahead estimatedWaitMinutes counter callCount location { id } } }`;
export const QUEUE = `query ($l: ID!) { queue(locationId: $l) { date estimatedWaitMinutes
  waiting { label ahead estimatedWaitMinutes } active { label counter status } parked { label } missed { label }
  counters { counter open heldByMe ticket { label } } handlingMinutes { service { id } minutes samples } } }`;

export type Ticket = {
  id: string;
  label: string;
  number: number;
  kind: string;
  status: string;
  code: string;
  counter: number | null;
  callCount: number;
  ahead: number | null;
  estimatedWaitMinutes: number | null;
};

export interface QueueTestSubgraph {
  keys: HubKeys;
  subgraph: RunningSubgraph<PrismaClient>;
  request<T = Record<string, unknown>>(
    viewer: Viewer | null,
    query: string,
    variables?: object,
  ): Promise<GraphQLResponse<T>>;
}

export async function startQueueSubgraph(): Promise<QueueTestSubgraph> {
  const keys = await generateHubKeys();
  const subgraph = await startTestSubgraph(appointmentsSubgraph, { keys });
  return {
    keys,
    subgraph,
    request: (viewer, query, variables) =>
      subgraphRequest(subgraph.url, keys, viewer, query, variables as Record<string, unknown>),
  };
}

let keyCount = 0;
export const key = () => `test-${++keyCount}-${randomUUID()}`;
