import { generateHubKeys, type RunningSubgraph } from '@kaarst/kit';
import { startTestSubgraph } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { councilSubgraph } from '../src/subgraph.ts';
import { backReferenceViolations, dateTimeViolations, embeddedCount } from './oparl-rules.ts';
import { validator } from './oparl-schemas.ts';

type Json = Record<string, unknown> & { id: string; type: string };
type List = {
  data: Json[];
  pagination: { totalElements: number; elementsPerPage: number };
  links: Record<string, string>;
};

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
  const get = async (url: string, init: RequestInit = {}) => {
    const response = await fetch(url, { redirect: 'manual', ...init });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      json: (text ? JSON.parse(text) : {}) as Json & List,
    };
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
    subgraph = await startTestSubgraph(councilSubgraph, { keys: await generateHubKeys() });
    base = subgraph.url.replace(/\/graphql$/, '/oparl/v1.1');
  });
  afterAll(async () => subgraph?.close());

  /** Every object the export lists, from every list of every body. */
  async function everything(): Promise<Json[]> {
    const system = await get(`${base}/system`);
    const bodies = await walk(system.json.body as string, 'Body');
    const objects: Json[] = [system.json, ...bodies];
    for (const body of bodies)
      for (const [attribute, type] of LISTS) objects.push(...(await walk(body[attribute] as string, type)));
    return objects;
  }

  it('serves the System, its bodies and every list of the body, valid and paginated', async () => {
    const system = await get(`${base}/system`);
    expect(system.status).toBe(200);
    expectValid('System', system.json);
    expect(system.json.type).toBe('https://schema.oparl.org/1.1/System');
    const bodies = await walk(system.json.body as string, 'Body');
    expect(bodies.map((b) => b.name)).toEqual(['Stadt Kaarst']);
    const body = bodies[0] as Json;
    expect(body.system).toBe(system.json.id);
    expectValid('Body', (await get(body.id)).json);
    for (const [attribute, type] of LISTS) {
      const url = `${body[attribute] as string}?limit=2`;
      const first = await get(url);
      const objects = await walk(url, type);
      expect(objects.length, attribute).toBe(first.json.pagination.totalElements);
      expect(objects.length, attribute).toBeGreaterThan(0);
      expect(new Set(objects.map((o) => o.id)).size).toBe(objects.length);
    }
  });

  it('serves every object at its id, and redirects (301) other spellings to it', async () => {
    const objects = await everything();
    expect(objects.length).toBeGreaterThan(40);
    for (const object of objects) {
      const single = await get(object.id);
      expect(single.status, object.id).toBe(200);
      expect(single.json).toEqual(object);
    }
    // The entry URL is the System's id.
    expect((await get(`${base}/system`)).json.id).toBe(`${base}/system`);
    const redirects: Array<[string, string]> = [
      ['/system/kaarst', '/system'],
      ['/system/', '/system'],
      ['', '/system'],
      ['//body', '/body'],
      ['/body/kaarst/paper/?limit=5', '/body/kaarst/paper?limit=5'],
      ['/Meeting/rat-naechste', '/meeting/rat-naechste'],
      ['/body/kaarst/Agenda-Item', '/body/kaarst/agenda-item'],
    ];
    for (const [from, to] of redirects) {
      const answer = await get(`${base}${from}`);
      expect([from, answer.status, answer.headers.get('location')]).toEqual([from, 301, `${base}${to}`]);
      expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    }
    // A spelling that names nothing is a 404, not a redirect (the list's path is agenda-item).
    expect((await get(`${base}/body/kaarst/agendaItem`)).status).toBe(404);
  });

  it('writes every date-time as Kaarst local time with its offset, to the second', async () => {
    const objects = await everything();
    expect(objects.flatMap((object) => dateTimeViolations(object))).toEqual([]);
    const meeting = await get(`${base}/meeting/rat-naechste`);
    const row = await subgraph.db.meeting.findUniqueOrThrow({ where: { id: 'rat-naechste' } });
    // 17:00 in Kaarst is 16:00 UTC in winter, 15:00 in summer.
    expect(Date.parse(meeting.json.start as string)).toBe(
      Math.floor((row.start?.getTime() ?? 0) / 1000) * 1000,
    );
    expect(meeting.json.start).toMatch(/T17:00:00\+0[12]:00$/);
  });

  it('leaves the back-reference to the parent out of embedded objects, and keeps it alone', async () => {
    const objects = await everything();
    expect(objects.reduce((sum, object) => sum + embeddedCount(object), 0)).toBeGreaterThan(20);
    expect(objects.flatMap((object) => backReferenceViolations(object))).toEqual([]);
    // Standing alone, the same objects name their parent.
    const meeting = (await get(`${base}/meeting/rat-naechste`)).json;
    const item = (meeting.agendaItem as Json[])[0] as Json;
    expect((await get(item.id)).json.meeting).toBe(meeting.id);
    const person = (await walk(`${base}/body/kaarst/person`, 'Person')).find((p) => p.membership) as Json;
    const membership = (person.membership as Json[])[0] as Json;
    expect((await get(membership.id)).json.person).toBe(person.id);
    const body = (await get(`${base}/body/kaarst`)).json;
    const term = (body.legislativeTerm as Json[])[0] as Json;
    expect((await get(term.id)).json.body).toBe(body.id);
  });

  it('leaves out the embedded lists with omit_internal=true, and keeps the parameter in links', async () => {
    const meetings = await get(`${base}/body/kaarst/meeting?omit_internal=true&limit=2`);
    expectValid('Meeting[]', meetings.json);
    expect(meetings.json.data.some((m) => 'agendaItem' in m || 'auxiliaryFile' in m)).toBe(false);
    expect(meetings.json.links.next).toContain('omit_internal=true');
    const full = await get(`${base}/body/kaarst/meeting?limit=2`);
    expect(full.json.data.some((m) => Array.isArray(m.agendaItem))).toBe(true);
    const persons = await get(`${base}/body/kaarst/person?omit_internal=true`);
    expect(persons.json.data.some((p) => 'membership' in p)).toBe(false);
    const body = await get(`${base}/body/kaarst?omit_internal=true`);
    expect('legislativeTerm' in body.json).toBe(false);
    expect((await get(`${base}/body/kaarst`)).json.legislativeTerm).toHaveLength(1);
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
    // The offset's "+" unencoded arrives as a space: still read as the offset.
    const local = (changed[0] as Json).modified as string;
    const plain = await get(`${base}/body/kaarst/paper?modified_since=${local}`);
    expect(plain.json.data.map((p) => p.reference)).toEqual(['2026/087']);
    const all = await walk(`${base}/body/kaarst/paper`, 'Paper');
    expect(all.map((p) => p.reference).sort()).toEqual(['2026/101', '2026/102']);
  });

  it('clamps limit instead of refusing it, and spells links one way', async () => {
    const pageSize = async (limit: string) =>
      (await get(`${base}/body/kaarst/agenda-item?limit=${limit}`)).json.pagination.elementsPerPage;
    expect(await pageSize('0')).toBe(1);
    expect(await pageSize('-5')).toBe(1);
    expect(await pageSize('1000')).toBe(100);
    expect(await pageSize('many')).toBe(20);
    const page = await get(`${base}/body/kaarst/agenda-item?page=2&limit=2&omit_internal=true&foo=bar`);
    expect(page.json.links.self).toBe(`${base}/body/kaarst/agenda-item?limit=2&omit_internal=true&page=2`);
  });

  it('answers errors as OParl Error objects, every answer with CORS, writes with 405', async () => {
    const expectError = (answer: Awaited<ReturnType<typeof get>>, status: number) => {
      expect(answer.status).toBe(status);
      expect(answer.headers.get('access-control-allow-origin')).toBe('*');
      expect(answer.json).toMatchObject({
        type: 'https://schema.oparl.org/1.1/Error',
        message: expect.any(String),
        debug: expect.any(String),
      });
      expect(Object.keys(answer.json).sort()).toEqual(['debug', 'message', 'type']);
    };
    expectError(await get(`${base}/body/kaarst/paper?page=0`), 400);
    expectError(await get(`${base}/body/kaarst/paper?modified_since=yesterday`), 400);
    expectError(await get(`${base}/body/kaarst/nothing`), 404);
    expectError(await get(`${base}/body/elsewhere/paper`), 404);
    expectError(await get(`${base}/meeting/none`), 404);
    expectError(await get(`${base}/system/other`), 404);
    expectError(await get(base.replace('/v1.1', '/v9')), 404);
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const refused = await get(`${base}/body/kaarst/paper`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'x'.repeat(5000) }),
      });
      expectError(refused, 405);
      expect(refused.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    }
    const preflight = await fetch(`${base}/system`, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example.org', 'access-control-request-method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');
    const head = await fetch(`${base}/system`, { method: 'HEAD' });
    expect([head.status, head.headers.get('access-control-allow-origin')]).toEqual([200, '*']);
  });
});
