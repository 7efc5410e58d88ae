import { AuditLogDocument, RevokeApiKeyDocument } from '@kaarst/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNA, codes, issueApiKey, STAFF, startHub, type TestHub } from '../harness.ts';

const ADMIN = 'admin@example.org';
const DISPLAY = 'display.rathausplatz@example.org';
const STAFF_ID = '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0002';

/** The audit log across subgraphs, read by admins only; and the read-only display role. */
describe('audit log of staff actions', () => {
  let hub: TestHub;
  let staff: string;
  let admin: string;
  let locationId: string;
  let keyId: string;
  let requestId: string;

  beforeAll(async () => {
    hub = await startHub({
      subgraphs: [
        'council', // its part of the audit log (empty here)
        'requests', // a staff note on a request is audited there
      ],
    });
    [staff, admin] = [await hub.signIn(STAFF), await hub.signIn(ADMIN)];
    const locations = await hub.request<{ officeLocations: { id: string }[] }>('{ officeLocations { id } }');
    locationId = locations.data?.officeLocations[0]?.id ?? '';
    // Staff actions in two subgraphs: read a location's bookings; issue and revoke a key.
    const day = await hub.request(
      'query ($l: ID!, $f: DateTime!, $t: DateTime!) { appointmentsAt(locationId: $l, from: $f, to: $t) { id } }',
      { l: locationId, f: '2026-12-01T00:00:00Z', t: '2026-12-02T00:00:00Z' },
      staff,
    );
    expect(day.errors).toBeUndefined();
    keyId = (await issueApiKey(hub, staff, 'audited key')).id;
    // A staff note on a citizen's request, in the requests subgraph.
    const anna = await hub.signIn(ANNA);
    const submitted = await hub.request<{ submitRequest: { id: string } }>(
      'mutation { submitRequest(input: { typeCode: "frage", description: "Öffnungszeiten?", idempotencyKey: "audit-question" }) { id } }',
      undefined,
      anna,
    );
    requestId = submitted.data?.submitRequest.id as string;
    const note = await hub.request(
      'mutation ($id: ID!) { addRequestNote(requestId: $id, body: "Rückruf vereinbart") { id } }',
      { id: requestId },
      staff,
    );
    expect(note.errors).toBeUndefined();
    expect((await hub.execute(RevokeApiKeyDocument, { id: keyId }, staff)).errors).toBeUndefined();
  });
  afterAll(() => hub?.close());

  it('admins see who did what to which record, when, from every subgraph in one query', async () => {
    const log = await hub.execute(AuditLogDocument, { actorId: STAFF_ID }, admin);
    expect(log.errors).toBeUndefined();
    const citizens = log.data?.auditLog.citizens ?? [];
    const appointments = log.data?.auditLog.appointments ?? [];
    expect(citizens.map((e) => [e.action, e.recordId])).toEqual([
      ['apiKey.revoke', keyId],
      ['apiKey.issue', keyId],
    ]);
    expect(appointments[0]).toMatchObject({
      action: 'appointments.list',
      recordType: 'OfficeLocation',
      recordId: locationId,
      actorId: STAFF_ID,
      actorRoles: ['staff'],
      actorDepartment: 'buergerbuero',
      detail: '2026-12-01T00:00:00.000Z to 2026-12-02T00:00:00.000Z',
    });
    expect(Date.now() - new Date(appointments[0]?.at as string).getTime()).toBeLessThan(120_000);
    expect(log.data?.auditLog.requests.map((e) => [e.action, e.recordId])).toEqual([
      ['request.note', requestId],
    ]);
    expect(log.data?.auditLog.council).toEqual([]);
  });

  it('filters by record and pages with first', async () => {
    const byRecord = await hub.execute(
      AuditLogDocument,
      { recordType: 'ApiKey', recordId: keyId, first: 1 },
      admin,
    );
    expect(byRecord.data?.auditLog.citizens.map((e) => e.action)).toEqual(['apiKey.revoke']);
    expect(byRecord.data?.auditLog.appointments).toEqual([]);
    const future = await hub.execute(AuditLogDocument, { since: '2099-01-01T00:00:00Z' }, admin);
    expect(future.data?.auditLog.citizens).toEqual([]);
    expect(codes(await hub.execute(AuditLogDocument, { first: 10_000 }, admin))).toEqual(['BAD_USER_INPUT']);
  });

  it('staff, citizens and anonymous callers may not read it', async () => {
    const anna = await hub.signIn(ANNA);
    expect(codes(await hub.execute(AuditLogDocument, {}, staff))).toContain('FORBIDDEN');
    expect(codes(await hub.execute(AuditLogDocument, {}, anna))).toContain('FORBIDDEN');
    expect(codes(await hub.execute(AuditLogDocument, {}))).toContain('UNAUTHENTICATED');
  });

  it('a city display reads public data and may change nothing', async () => {
    const display = await hub.signIn(DISPLAY);
    const read = await hub.request<{ officeLocations: unknown[] }>(
      '{ officeLocations { id name } }',
      undefined,
      display,
    );
    expect(read.errors).toBeUndefined();
    const write = await hub.request(
      'mutation ($i: IssueApiKeyInput!) { issueApiKey(input: $i) { key } }',
      { i: { name: 'display key' } },
      display,
    );
    expect(write.status).toBe(403);
    expect(codes(write)).toEqual(['FORBIDDEN']);
  });
});
