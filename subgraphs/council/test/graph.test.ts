import { randomUUID } from 'node:crypto';
import { generateHubKeys, type HubKeys, type RunningSubgraph, type Viewer } from '@kaarst/kit';
import { type GraphQLResponse, startTestSubgraph, subgraphRequest } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { councilSubgraph } from '../src/subgraph.ts';

const codes = (response: Pick<GraphQLResponse<unknown>, 'errors'>) =>
  (response.errors ?? []).map((e) => e.extensions?.code);

type Item = { number: string; name: string; public: boolean };
type Meeting = { id: string; name: string; start: string; agendaItems: Item[] };

const MEETINGS = /* GraphQL */ `
  query ($upcoming: Boolean) { councilMeetings(upcoming: $upcoming) { id name start agendaItems { number name public } } }
`;
const SEARCH = /* GraphQL */ `
  query ($text: String!) {
    councilSearch(text: $text) { rank paper { reference name } agendaItem { number name public } }
  }
`;

describe('council subgraph: the graph', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient>;
  const citizen: Viewer = { id: randomUUID(), roles: ['citizen'] };
  const staff: Viewer = { id: randomUUID(), roles: ['staff'], department: 'ratsbuero' };
  const request = <T = Record<string, unknown>>(
    viewer: Viewer | null,
    query: string,
    variables?: Record<string, unknown>,
  ) => subgraphRequest<T>(subgraph.url, keys, viewer, query, variables);

  beforeAll(async () => {
    keys = await generateHubKeys();
    subgraph = await startTestSubgraph(councilSubgraph, { keys });
  });
  afterAll(async () => subgraph?.close());

  it('lists upcoming meetings soonest first and past ones latest first', async () => {
    const upcoming = await request<{ councilMeetings: Meeting[] }>(null, MEETINGS, { upcoming: true });
    expect(upcoming.errors).toBeUndefined();
    const ids = upcoming.data?.councilMeetings.map((m) => m.id);
    expect(ids).toEqual(['hfa-naechste', 'rat-naechste']);
    const starts = upcoming.data?.councilMeetings.map((m) => Date.parse(m.start)) ?? [];
    expect(starts.every((start) => start > Date.now())).toBe(true);
    const past = await request<{ councilMeetings: Meeting[] }>(null, MEETINGS, { upcoming: false });
    expect(past.data?.councilMeetings.map((m) => m.id)).toEqual(['rat-vergangen']);
    const all = await request<{ councilMeetings: Meeting[] }>(null, MEETINGS);
    expect(all.data?.councilMeetings).toHaveLength(3);
  });

  it('shows non-public agenda items to staff only', async () => {
    const items = async (viewer: Viewer | null) => {
      const response = await request<{ councilMeetings: Meeting[] }>(viewer, MEETINGS, { upcoming: true });
      return response.data?.councilMeetings.find((m) => m.id === 'rat-naechste')?.agendaItems ?? [];
    };
    for (const viewer of [null, citizen]) {
      const visible = await items(viewer);
      expect(visible.map((i) => i.number)).toEqual(['Ö 1', 'Ö 2', 'Ö 3', 'Ö 4']);
      expect(visible.every((i) => i.public)).toBe(true);
    }
    const all = await items(staff);
    expect(all.map((i) => i.number)).toEqual(['Ö 1', 'Ö 2', 'Ö 3', 'Ö 4', 'N 1']);
    expect(all.at(-1)?.public).toBe(false);
    // Asked for by reference (as the gateway does for entities), a non-public item is null for citizens.
    const entity = /* GraphQL */ `
      query ($r: [_Any!]!) { _entities(representations: $r) { ... on CouncilAgendaItem { name } } }
    `;
    const r = [{ __typename: 'CouncilAgendaItem', id: 'rat-naechste-5' }];
    expect((await request(citizen, entity, { r })).data).toEqual({ _entities: [null] });
    expect((await request(staff, entity, { r })).data).toEqual({
      _entities: [{ name: 'Personalangelegenheit (nicht öffentlich)' }],
    });
  });

  it('links papers, consultations, files, persons and memberships', async () => {
    const response = await request<{
      councilPaper: {
        reference: string;
        consultations: Array<{
          meeting: { id: string };
          agendaItem: { number: string } | null;
          authoritative: boolean;
        }>;
        files: Array<{ role: string; accessUrl: string }>;
      };
      councilPersons: Array<{
        name: string;
        memberships: Array<{ role: string; organization: { shortName: string } }>;
      }>;
    }>(
      null,
      `{ councilPaper(id: "vorlage-2026-101") { reference consultations { meeting { id } agendaItem { number } authoritative }
           files { role accessUrl } }
         councilPersons { name memberships { role organization { shortName } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const paper = response.data?.councilPaper;
    expect(paper?.reference).toBe('2026/101');
    expect(paper?.consultations.map((c) => c.meeting.id).sort()).toEqual([
      'hfa-naechste',
      'rat-naechste',
      'rat-vergangen',
    ]);
    expect(paper?.files[0]?.role).toBe('mainFile');
    const maria = response.data?.councilPersons.find((p) => p.name === 'Maria Beispiel');
    expect(maria?.memberships.map((m) => `${m.organization.shortName}:${m.role}`)).toEqual([
      'Rat:Bürgermeisterin',
      'HFA:Vorsitzende',
    ]);
  });

  it('finds German word forms: "Haushalt" finds "Haushalts"', async () => {
    const response = await request<{
      councilSearch: Array<{ paper: { reference: string } | null; agendaItem: { name: string } | null }>;
    }>(null, SEARCH, { text: 'Haushalt' });
    expect(response.errors).toBeUndefined();
    const names = response.data?.councilSearch.map((hit) => hit.agendaItem?.name).filter(Boolean);
    expect(names).toContain('Einbringung des Entwurfs des Haushalts 2027');
    const none = await request<{ councilSearch: unknown[] }>(null, SEARCH, { text: 'Feuerwehrhaus' });
    expect(none.data?.councilSearch).toEqual([]);
  });

  it('searches non-public agenda items for staff only', async () => {
    const hits = async (viewer: Viewer | null) =>
      (await request<{ councilSearch: unknown[] }>(viewer, SEARCH, { text: 'Personalangelegenheit' })).data
        ?.councilSearch ?? [];
    expect(await hits(citizen)).toEqual([]);
    expect(await hits(staff)).toHaveLength(1);
  });

  it('refuses bad input with BAD_USER_INPUT', async () => {
    expect(codes(await request(null, SEARCH, { text: 'x' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await request(null, '{ councilMeetings(first: 1000) { id } }'))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await request(null, '{ councilPapers(offset: -1) { id } }'))).toEqual(['BAD_USER_INPUT']);
  });
});
