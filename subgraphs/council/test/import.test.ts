import { generateHubKeys, type RunningSubgraph } from '@kaarst/kit';
import { startTestSubgraph } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { type ImportResult, importOparl } from '../src/oparl/import.ts';
import { localId } from '../src/oparl/read.ts';
import { councilSubgraph } from '../src/subgraph.ts';
import {
  type OparlFixture,
  type SpecExampleServer,
  startOparlFixture,
  startSpecExampleServer,
} from './oparl-fixture.ts';
import { backReferenceViolations, dateTimeViolations } from './oparl-rules.ts';
import { validator } from './oparl-schemas.ts';

const TABLES = [
  'system',
  'body',
  'legislative_term',
  'organization',
  'person',
  'membership',
  'location',
  'meeting',
  'agenda_item',
  'paper',
  'consultation',
  'file',
  '"_MeetingToOrganization"',
  '"_ConsultationToOrganization"',
];

describe('council subgraph: import from an OParl endpoint', () => {
  let subgraph: RunningSubgraph<PrismaClient>;
  let fixture: OparlFixture;
  let db: PrismaClient;
  const run = async (
    url = fixture.url,
  ): Promise<ImportResult & { progress: string[]; failures: string[]; warned: string[] }> => {
    const progress: string[] = [];
    const failures: string[] = [];
    const warned: string[] = [];
    const result = await importOparl(db, url, {
      progress: (line) => progress.push(line),
      failed: (url, reason) => failures.push(`${url}: ${reason}`),
      warned: (url, reason) => warned.push(`${url}: ${reason}`),
    });
    return { ...result, progress, failures, warned };
  };
  type Json = Record<string, unknown> & { id: string; type: string };
  const exported = async (url: string) => {
    const response = await fetch(url, { redirect: 'manual' });
    return { status: response.status, json: (await response.json()) as Json & { data: Json[] } };
  };
  const oparl = () => subgraph.url.replace(/\/graphql$/, '/oparl/v1.1');
  /** Every imported row, for comparing two runs. */
  const snapshot = async () => {
    const rows: Record<string, unknown> = {};
    for (const table of TABLES)
      rows[table] = await db.$queryRawUnsafe(`SELECT * FROM ${table} ORDER BY 1, 2`);
    return JSON.stringify(rows);
  };

  beforeAll(async () => {
    subgraph = await startTestSubgraph(councilSubgraph, { keys: await generateHubKeys(), demoData: false });
    db = subgraph.db;
    fixture = await startOparlFixture();
  });
  afterAll(async () => {
    await fixture?.close();
    await subgraph?.close();
  });

  it('follows System, bodies and paginated lists; a broken object is reported and skipped', async () => {
    const result = await run();
    expect(result.failures).toEqual([
      `${fixture.at('/agendaitem/3')}: start must be an ISO 8601 date-time, got "bald"`,
      `${fixture.at('/meeting/2')}: start must be an ISO 8601 date-time, got "nächsten Dienstag"`,
    ]);
    expect(result).toMatchObject({ stored: 7, failed: 2, warnings: 0, since: null });
    expect(result.progress).toContain('Organization of Beispiel: page 2, 3/3');
    expect(fixture.requests).toContain('/oparl/body/1/organization?page=2');

    const body = await db.body.findUniqueOrThrow({ where: { externalId: fixture.at('/body/1') } });
    expect(body.name).toBe('Beispielstadt');
    expect(await db.organization.count({ where: { bodyId: body.id } })).toBe(3);
    expect(await db.legislativeTerm.count({ where: { bodyId: body.id } })).toBe(1);
    const membership = await db.membership.findUniqueOrThrow({
      where: { externalId: fixture.at('/membership/1') },
    });
    expect(membership.organizationId).toBe(localId(fixture.at('/organization/1')));
    const meeting = await db.meeting.findUniqueOrThrow({
      where: { externalId: fixture.at('/meeting/1') },
      include: {
        agendaItems: { orderBy: { order: 'asc' } },
        files: true,
        organizations: true,
        location: true,
      },
    });
    expect(meeting.start?.toISOString()).toBe('2026-02-05T16:00:00.000Z');
    expect(meeting.agendaItems.map((i) => [i.number, i.public])).toEqual([
      ['Ö 1', true],
      ['N 1', false],
    ]);
    expect(meeting.files.map((f) => f.role)).toEqual(['invitation']);
    expect(meeting.organizations.map((o) => o.name)).toEqual(['Rat (Beispiel)']);
    expect(meeting.location?.description).toBe('Ratssaal');
    const consultation = await db.consultation.findUniqueOrThrow({
      where: { externalId: fixture.at('/consultation/1') },
    });
    expect(consultation.meetingId).toBe(meeting.id);
    expect(consultation.agendaItemId).toBe(meeting.agendaItems[0]?.id);
    expect(await db.meeting.count({ where: { externalId: fixture.at('/meeting/2') } })).toBe(0);
    // With an object failed, the next run is a full one again.
    expect(await db.importSource.count()).toBe(0);
  });

  it('changes nothing when run again', async () => {
    const meetings = fixture.lists.meeting as Array<Record<string, unknown> & { agendaItem?: Json[] }>;
    fixture.lists.meeting = meetings
      .filter((m) => m.id !== fixture.at('/meeting/2'))
      .map((m) => ({ ...m, agendaItem: m.agendaItem?.filter((i) => i.id !== fixture.at('/agendaitem/3')) }));
    const before = await snapshot();
    const result = await run();
    expect(result).toMatchObject({ stored: 7, failed: 0, warnings: 0, since: null });
    expect(await snapshot()).toBe(before);
    expect(await db.importSource.count()).toBe(1);
  });

  it('asks only for changes since the last run, and applies them', async () => {
    const later = new Date(Date.now() + 1000).toISOString();
    const [paper] = fixture.lists.paper;
    fixture.lists.paper = [{ ...paper, name: 'Haushaltssatzung 2027, geänderter Entwurf', modified: later }];
    const [org1, org2, org3] = fixture.lists.organization;
    fixture.lists.organization = [
      org1,
      { id: org2?.id, type: org2?.type, deleted: true, modified: later },
      org3,
    ] as Array<Record<string, unknown>>;
    // The non-public item is taken off the meeting's agenda.
    const [meeting] = fixture.lists.meeting as Array<Record<string, unknown> & { agendaItem: unknown[] }>;
    fixture.lists.meeting = [{ ...meeting, agendaItem: meeting?.agendaItem.slice(0, 1), modified: later }];
    fixture.requests.length = 0;
    const result = await run();
    expect(result.failures).toEqual([]);
    expect(result.since).toBeInstanceOf(Date);
    expect(result.stored).toBe(4); // the body, the changed meeting and paper, the deleted organization
    const lists = fixture.requests.filter((r) => r.startsWith('/oparl/body/1/'));
    expect(lists.length).toBeGreaterThan(0);
    expect(lists.every((r) => r.includes('modified_since='))).toBe(true);
    const stored = await db.paper.findUniqueOrThrow({ where: { externalId: fixture.at('/paper/1') } });
    expect(stored.name).toBe('Haushaltssatzung 2027, geänderter Entwurf');
    const deleted = await db.organization.findUniqueOrThrow({
      where: { externalId: fixture.at('/organization/2') },
    });
    expect(deleted.deleted).toBe(true);
    expect(deleted.name).toBe('Finanzausschuss (Beispiel)');
    const items = await db.agendaItem.findMany({
      where: { meeting: { externalId: fixture.at('/meeting/1') } },
      orderBy: { order: 'asc' },
    });
    expect(items.map((i) => [i.number, i.deleted])).toEqual([
      ['Ö 1', false],
      ['N 1', true],
    ]);
  });

  it('marks what a paper deleted upstream embedded (its consultations and files) deleted too', async () => {
    const paper = await db.paper.findUniqueOrThrow({
      where: { externalId: fixture.at('/paper/1') },
      include: { consultations: true, files: true },
    });
    expect([paper.consultations.length, paper.files.length]).toEqual([1, 1]);
    const later = new Date(Date.now() + 2000).toISOString();
    fixture.lists.paper = [
      {
        id: fixture.at('/paper/1'),
        type: 'https://schema.oparl.org/1.1/Paper',
        deleted: true,
        modified: later,
      },
    ];
    const result = await run();
    expect(result.failures).toEqual([]);
    const after = await db.paper.findUniqueOrThrow({
      where: { id: paper.id },
      include: { consultations: true, files: true },
    });
    expect(after.deleted).toBe(true);
    expect(after.consultations.map((c) => c.deleted)).toEqual([true]);
    expect(after.files.map((f) => f.deleted)).toEqual([true]);
    // Gone from the export's lists; an incremental reader sees them deleted.
    const body = localId(fixture.at('/body/1'));
    const consultations = await exported(`${oparl()}/body/${body}/consultation`);
    expect(consultations.json.data).toEqual([]);
    const since = encodeURIComponent(new Date(Date.now() - 60_000).toISOString());
    const files = await exported(`${oparl()}/body/${body}/file?modified_since=${since}`);
    expect(files.json.data.filter((f) => f.deleted).map((f) => f.name)).toEqual(['Vorlage']);
  });
});

describe('council subgraph: import of the OParl specification examples (github:OParl/spec v1.1.1)', () => {
  let subgraph: RunningSubgraph<PrismaClient>;
  let spec: SpecExampleServer;
  let oparl = '';
  type Json = Record<string, unknown> & { id: string; type: string };
  const get = async (url: string) => {
    const response = await fetch(url, { redirect: 'manual' });
    return { status: response.status, json: (await response.json()) as Json & { data: Json[] } };
  };

  beforeAll(async () => {
    subgraph = await startTestSubgraph(councilSubgraph, { keys: await generateHubKeys(), demoData: false });
    oparl = subgraph.url.replace(/\/graphql$/, '/oparl/v1.1');
    spec = await startSpecExampleServer();
  });
  afterAll(async () => {
    await spec?.close();
    await subgraph?.close();
  });

  it('without sample data, the Body still has its required legislativeTerm list, empty', async () => {
    const body = await get(`${oparl}/body/kaarst`);
    expect(body.status).toBe(200);
    expect(body.json.legislativeTerm).toEqual([]);
    expect(validator('Body')(body.json)).toBe(true);
  });

  it('stores every example, the agenda item without order at its position, and exports them by the rules', async () => {
    const db = subgraph.db;
    const failures: string[] = [];
    const warned: string[] = [];
    const result = await importOparl(db, spec.url, {
      progress: () => {},
      failed: (url, reason) => failures.push(`${url}: ${reason}`),
      warned: (url, reason) => warned.push(`${url}: ${reason}`),
    });
    expect(failures).toEqual([]);
    expect(warned).toEqual([
      `${spec.at('/agendaitem/3271')}: no order; its position 0 in the meeting's agendaItem is used`,
    ]);
    // The body, its organization, person, meeting and paper.
    expect(result).toMatchObject({ stored: 5, failed: 0, warnings: 1 });
    const meeting = await db.meeting.findUniqueOrThrow({
      where: { externalId: spec.at('/meeting/281') },
      include: { agendaItems: true, location: true },
    });
    expect(meeting.agendaItems.map((i) => [i.number, i.order, i.name])).toEqual([
      ['10.1', 0, 'Satzungsänderung für Ausschreibungen'],
    ]);
    expect(meeting.location?.description).toMatch(/^Rathaus der Beispielstadt/);
    const person = await db.person.findUniqueOrThrow({
      where: { externalId: spec.at('/person/29') },
      include: { memberships: true },
    });
    expect(person.memberships.map((m) => m.role).sort()).toEqual(['Sachkundige Bürgerin', 'Vorsitzende']);

    // Exported again, as the rules want them.
    const bodyId = localId(spec.at('/body/0'));
    const body = await get(`${oparl}/body/${bodyId}`);
    expect(validator('Body')(body.json)).toBe(true);
    expect(body.json.name).toBe('Stadt Köln, kreisfreie Stadt');
    // The imported body belongs to this export's System, which is served.
    const system = await get(body.json.system as string);
    expect([system.status, system.json.type]).toEqual([200, 'https://schema.oparl.org/1.1/System']);
    const exportedMeeting = await get(`${oparl}/meeting/${meeting.id}`);
    expect(validator('Meeting')(exportedMeeting.json)).toBe(true);
    // The same instant, written as Kaarst (and Köln) local time.
    expect([exportedMeeting.json.start, exportedMeeting.json.end]).toEqual([
      '2013-01-04T08:00:00+01:00',
      '2013-01-04T12:00:00+01:00',
    ]);
    const everything: Json[] = [body.json];
    for (const list of ['organization', 'person', 'meeting', 'paper', 'agenda-item', 'consultation', 'file'])
      everything.push(...(await get(`${oparl}/body/${bodyId}/${list}`)).json.data);
    expect(everything.length).toBeGreaterThan(8);
    expect(everything.flatMap((object) => dateTimeViolations(object))).toEqual([]);
    expect(everything.flatMap((object) => backReferenceViolations(object))).toEqual([]);
  });
});
