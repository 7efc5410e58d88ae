import { generateHubKeys, type HubKeys, type RunningSubgraph } from '@kaarst/kit';
import { fetchFromSubgraph, startTestSubgraph } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { councilSubgraph } from '../src/subgraph.ts';
import { validator } from './oparl-schemas.ts';

type Json = Record<string, unknown> & { id: string; type: string };
type List = { data: Json[]; pagination: { totalElements: number }; links: Record<string, string> };

const LISTS: Array<[string, string]> = [
  ['organization', 'Organization'],
  ['person', 'Person'],
  ['meeting', 'Meeting'],
  ['paper', 'Paper'],
  ['legislativeTermList', 'LegislativeTerm'],
  ['agendaItem', 'AgendaItem'],
  ['consultation', 'Consultation'],
  ['file', 'File'],
  ['locationList', 'Location'],
  ['membership', 'Membership'],
];

function expectValid(name: string, json: unknown) {
  const validate = validator(name);
  expect(validate(json), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
}

describe('council subgraph: OParl 1.1 export', () => {
  let subgraph: RunningSubgraph<PrismaClient>;
  let base: string;
  let keys: HubKeys;
  const get = async (url: string) => {
    const response = await fetchFromSubgraph(url, keys);
    return { status: response.status, json: (await response.json()) as Json & List };
  };
  /** Every object of a list, following `links.next`, each page validated. */
  async function walk(url: string, type: string): Promise<Json[]> {
    const objects: Json[] = [];
    let next: string | undefined = url;
    for (let pages = 0; next; pages++) {
      expect(pages).toBeLessThan(50);
      const page = await get(next);
      expect(page.status).toBe(200);
      expectValid(`${type}[]`, page.json);
      objects.push(...page.json.data);
      next = page.json.links.next;
    }
    return objects;
  }

  beforeAll(async () => {
    keys = await generateHubKeys();
    subgraph = await startTestSubgraph(councilSubgraph, { keys });
    base = subgraph.url.replace(/\/graphql$/, '/oparl/v1.1');
  });
  afterAll(async () => subgraph?.close());

  it('serves the System, its bodies and every list of the body, valid and paginated', async () => {
    const system = await get(`${base}/system`);
    expect(system.status).toBe(200);
    expectValid('System', system.json);
    expect(system.json.type).toBe('https://schema.oparl.org/1.1/System');
    const bodies = await walk(system.json.body as string, 'Body');
    expect(bodies.map((b) => b.name)).toEqual(['Stadt Kaarst']);
    const body = bodies[0] as Json;
    expectValid('Body', (await get(body.id)).json);
    for (const [attribute, type] of LISTS) {
      const url = `${body[attribute] as string}?limit=2`;
      const first = await get(url);
      const objects = await walk(url, type);
      expect(objects.length, attribute).toBe(first.json.pagination.totalElements);
      expect(objects.length, attribute).toBeGreaterThan(0);
      expect(new Set(objects.map((o) => o.id)).size).toBe(objects.length);
      for (const object of objects.slice(0, 3)) {
        const single = await get(object.id);
        expectValid(type, single.json);
        expect(single.json).toEqual(object);
      }
    }
  });

  it('exports no non-public agenda item, nor its files or name', async () => {
    const items = await walk(`${base}/body/kaarst/agenda-item`, 'AgendaItem');
    expect(items.length).toBe(9);
    expect(items.every((item) => item.public === true)).toBe(true);
    expect((await get(`${base}/agenda-item/rat-naechste-5`)).status).toBe(404);
    const meeting = await get(`${base}/meeting/rat-naechste`);
    expect(JSON.stringify(meeting.json)).not.toContain('Personalangelegenheit');
  });

  it('filters by modified_since and then lists deleted objects too', async () => {
    const later = new Date(Date.now() + 60_000);
    await subgraph.db.paper.update({
      where: { id: 'antrag-2026-087' },
      data: { modified: later, deleted: true },
    });
    const since = encodeURIComponent(new Date(later.getTime() - 1000).toISOString());
    const changed = await walk(`${base}/body/kaarst/paper?modified_since=${since}`, 'Paper');
    expect(changed.map((p) => [p.reference, p.deleted])).toEqual([['2026/087', true]]);
    const all = await walk(`${base}/body/kaarst/paper`, 'Paper');
    expect(all.map((p) => p.reference).sort()).toEqual(['2026/101', '2026/102']);
  });

  it('answers bad parameters with 400 and unknown objects with 404', async () => {
    const bad = await get(`${base}/body/kaarst/paper?limit=0`);
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual({
      errors: [{ message: 'limit must be between 1 and 100.', extensions: { code: 'BAD_USER_INPUT' } }],
    });
    expect((await get(`${base}/body/kaarst/paper?modified_since=yesterday`)).status).toBe(400);
    expect((await get(`${base}/body/kaarst/nothing`)).status).toBe(404);
    expect((await get(`${base}/body/elsewhere/paper`)).status).toBe(404);
    expect((await get(`${base}/meeting/none`)).status).toBe(404);
  });
});
