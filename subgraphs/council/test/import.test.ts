import { generateHubKeys, type RunningSubgraph } from '@kaarst/kit';
import { startTestSubgraph } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { type ImportResult, importOparl } from '../src/oparl/import.ts';
import { localId } from '../src/oparl/read.ts';
import { councilSubgraph } from '../src/subgraph.ts';
import { type OparlFixture, startOparlFixture } from './oparl-fixture.ts';

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
  const run = async (): Promise<ImportResult & { progress: string[]; failures: string[] }> => {
    const progress: string[] = [];
    const failures: string[] = [];
    const result = await importOparl(db, fixture.url, {
      progress: (line) => progress.push(line),
      failed: (url, reason) => failures.push(`${url}: ${reason}`),
    });
    return { ...result, progress, failures };
  };
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
      `${fixture.at('/meeting/2')}: start must be an ISO 8601 date-time, got "nächsten Dienstag"`,
    ]);
    expect(result).toMatchObject({ stored: 7, failed: 1, since: null });
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
    const meetings = fixture.lists.meeting;
    fixture.lists.meeting = meetings.filter((m) => m.id !== fixture.at('/meeting/2'));
    const before = await snapshot();
    const result = await run();
    expect(result).toMatchObject({ stored: 7, failed: 0, since: null });
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
});
