import { randomUUID } from 'node:crypto';
import { generateHubKeys, type HubKeys, type RunningSubgraph, type Viewer } from '@kaarst/kit';
import { startTestSubgraph, subgraphRequest } from '@kaarst/kit/testing';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { participationSubgraph } from '../src/subgraph.ts';

export const STAFF: Viewer = {
  id: '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0002',
  roles: ['staff'],
  department: 'buergerbuero',
};
export const citizen = (): Viewer => ({ id: randomUUID(), roles: ['citizen'] });

// biome-ignore lint/suspicious/noExplicitAny: test answers are read loosely
type Loose = any;
interface Answer {
  data?: Loose;
  errors?: Array<{ message: string; extensions?: Loose }>;
}

export interface Harness {
  keys: HubKeys;
  subgraph: RunningSubgraph<PrismaClient>;
  db: PrismaClient;
  ask(viewer: Viewer | null, query: string, variables?: Record<string, unknown>): Promise<Answer>;
  codes(
    viewer: Viewer | null,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<unknown[] | undefined>;
  /** A verified resident born on `birthDate` (staff confirm in person). */
  verified(birthDate?: string): Promise<Viewer>;
  close(): Promise<void>;
}

export async function startParticipation(): Promise<Harness> {
  const keys = await generateHubKeys();
  const subgraph = await startTestSubgraph(participationSubgraph, { keys });
  const ask: Harness['ask'] = (viewer, query, variables) =>
    subgraphRequest(subgraph.url, keys, viewer, query, variables);
  const harness: Harness = {
    keys,
    subgraph,
    db: subgraph.db,
    ask,
    codes: async (viewer, query, variables) =>
      (await ask(viewer, query, variables)).errors?.map((e) => e.extensions?.code),
    async verified(birthDate = '1990-01-01') {
      const person = citizen();
      const answer = await ask(
        STAFF,
        'mutation ($a: ID!, $b: String!) { verifyResidentInPerson(accountId: $a, birthDate: $b) { verified } }',
        { a: person.id, b: birthDate },
      );
      if (answer.errors) throw new Error(JSON.stringify(answer.errors));
      return person;
    },
    close: () => subgraph.close(),
  };
  return harness;
}

/** An OPEN process with one proposal by a verified author (both made through the graph): their ids. */
export async function openProposal(
  h: Harness,
  process: { title: string; minimumAge: number; supportThreshold: number },
  proposal: { title: string; body: string; category: string; district: string },
): Promise<{ processId: string; proposalId: string }> {
  const made = await h.ask(STAFF, 'mutation ($i: ProcessInput!) { createProcess(input: $i) { id } }', {
    i: { description: 'Test', ...process },
  });
  if (made.errors) throw new Error(JSON.stringify(made.errors));
  const processId: string = made.data.createProcess.id;
  await h.ask(STAFF, 'mutation ($id: ID!) { setProcessPhase(id: $id, phase: OPEN) { id } }', {
    id: processId,
  });
  const author = await h.verified();
  const created = await h.ask(author, 'mutation ($i: ProposalInput!) { createProposal(input: $i) { id } }', {
    i: { processId, ...proposal },
  });
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  return { processId, proposalId: created.data.createProposal.id };
}
