import { randomBytes } from 'node:crypto';
import {
  ApplyForKaarstPassDocument,
  BookAppointmentDocument,
  DeleteMyAccountDocument,
  MeDocument,
  MyPersonalDataDocument,
  NextTripsDocument,
  RequestWheelchairPickupDocument,
  SendRequestMessageDocument,
  SignUpDocument,
  SubmitRequestDocument,
} from '@kaarst/contract';
import { listSubgraphs } from '@kaarst/kit/registry';
import { queryDatabase } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextLocal, WEDNESDAY } from '../dates.ts';
import { ANNA, codes, issueApiKey, postGraphQL, STAFF, startHub, type TestHub } from '../harness.ts';

/** Waits until `check` holds, or fails naming what did not happen. */
async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Every row of every table of a subgraph's database, as JSON text. */
async function everyRow(databaseUrl: string): Promise<Array<{ table: string; row: string }>> {
  const tables = await queryDatabase<{ name: string }>(
    databaseUrl,
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
  );
  const rows: Array<{ table: string; row: string }> = [];
  for (const { name } of tables) {
    const found = await queryDatabase<{ row: string }>(
      databaseUrl,
      `SELECT row_to_json(t)::text AS row FROM "${name.replaceAll('"', '')}" t`,
    );
    rows.push(...found.map(({ row }) => ({ table: name, row })));
  }
  return rows;
}

describe('data protection: the export and the deletion of an account across subgraphs', () => {
  let hub: TestHub;
  const tag = randomBytes(4).toString('hex');
  // Strings only this person gave; none may remain anywhere after the deletion.
  const person = {
    email: `erika.${tag}@example.org`,
    displayName: `Erika Zeta${tag}`,
    password: 'ein-langes-passwort',
  };
  const markers = {
    email: person.email,
    name: `Zeta${tag}`,
    address: `Zetastraße ${tag}`,
    description: `Umzug-Zeta-${tag}`,
    message: `Nachricht-Zeta-${tag}`,
    officeReply: `Antwort an Zeta${tag}`,
    keyName: `App-Zeta-${tag}`,
    passStreet: `Passweg-Zeta-${tag}`,
    meterLabel: `Zähler-Zeta-${tag}`,
    childName: `Kind-Zeta-${tag}`,
  };
  let token: string;
  let accountId: string;
  let appointmentStart: string;

  beforeAll(async () => {
    hub = await startHub({ subgraphs: 'all', gateway: { apiKeyRevocationRefreshMs: 200 } });
  });
  afterAll(() => hub?.close());

  it('sign-up refuses bad input and a taken email, then opens the account', async () => {
    const short = await hub.execute(SignUpDocument, { input: { ...person, password: 'kurz' } });
    expect(codes(short)).toEqual(['BAD_USER_INPUT']);
    const taken = await hub.execute(SignUpDocument, { input: { ...person, email: ANNA } });
    expect(codes(taken)).toEqual(['CONFLICT']);
    const opened = await hub.execute(SignUpDocument, { input: person });
    expect(opened.errors).toBeUndefined();
    token = opened.data?.signUp.token as string;
    accountId = opened.data?.signUp.citizen.id as string;
    expect(accountId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('the person leaves data in every subgraph; the export holds all of it', async () => {
    appointmentStart = nextLocal(WEDNESDAY, '11:30');
    const booked = await hub.execute(
      BookAppointmentDocument,
      {
        input: {
          serviceIds: ['personalausweis'],
          locationId: 'rathaus-buettgen',
          start: appointmentStart,
          idempotencyKey: `privacy-${tag}`,
        },
      },
      token,
    );
    expect(booked.errors).toBeUndefined();
    const submitted = await hub.execute(
      SubmitRequestDocument,
      {
        input: {
          typeCode: 'ummeldung',
          description: markers.description,
          address: markers.address,
          answers: [
            { field: 'neue_anschrift', value: markers.address },
            { field: 'einzugsdatum', value: '2026-12-01T00:00:00Z' },
          ],
          idempotencyKey: `privacy-request-${tag}`,
        },
      },
      token,
    );
    expect(submitted.errors).toBeUndefined();
    const requestId = submitted.data?.submitRequest.id as string;
    const sent = await hub.execute(SendRequestMessageDocument, { requestId, body: markers.message }, token);
    expect(sent.errors).toBeUndefined();
    // Staff work on it: a reply, an internal note and a status change, each naming the person.
    const staff = await hub.signIn(STAFF);
    const worked = await hub.request(
      `mutation ($id: ID!, $reply: String!) {
        reply: sendRequestMessage(requestId: $id, body: $reply) { id }
        note: addRequestNote(requestId: $id, body: $reply) { id }
        changeRequestStatus(requestId: $id, status: IN_PROGRESS, reason: $reply) { status }
      }`,
      { id: requestId, reply: markers.officeReply },
      staff,
    );
    expect(worked.errors).toBeUndefined();
    await issueApiKey(hub, token, markers.keyName);
    const pass = await hub.execute(
      ApplyForKaarstPassDocument,
      { input: { postalCode: '41564', street: markers.passStreet } },
      token,
    );
    expect(pass.errors).toBeUndefined();
    const next = await hub.execute(NextTripsDocument, { stopId: 'ka_rathaus' });
    const trip = next.data?.departures.find((d) => d.trip.wheelchairAccessible === 'POSSIBLE')?.trip;
    if (!trip) throw new Error(`no accessible trip: ${JSON.stringify(next)}`);
    const pickup = await hub.execute(
      RequestWheelchairPickupDocument,
      { input: { tripId: trip.id, serviceDate: trip.serviceDate, stopId: 'ka_rathaus' } },
      token,
    );
    expect(pickup.errors).toBeUndefined();
    // The free sample meter of the energy subgraph, linked with a label of the person's.
    const linked = await hub.request(
      'mutation ($input: LinkMeterInput!) { linkMeter(input: $input) { id } }',
      { input: { meterId: '1KAA0000000002', activationCode: 'DEMO-2222-3333', label: markers.meterLabel } },
      token,
    );
    expect(linked.errors).toBeUndefined();
    // The family navigator: a child and its Kita application.
    const child = await hub.request<{ addFamilyChild: { id: string } }>(
      'mutation ($n: String!) { addFamilyChild(input: { firstName: $n, birthDate: "2024-02-01", startDate: "2026-08-01", weeklyHours: 35 }) { id } }',
      { n: markers.childName },
      token,
    );
    expect(child.errors).toBeUndefined();
    const applied = await hub.request(
      'mutation ($c: ID!) { applyForKita(childId: $c, kitaId: "beispiel-kita-kleine-strolche") { id } }',
      { c: child.data?.addFamilyChild.id },
      token,
    );
    expect(applied.errors).toBeUndefined();
    // Participation: a comment (it stays, public, without its author) and a follow (deleted).
    const proposalId = '00000000-0000-4000-8000-000000001911';
    const took = await hub.request(
      `mutation ($p: ID!) {
        addComment(proposalId: $p, body: "Bitte auch Fahrradbügel aufstellen.") { id }
        followProposal(proposalId: $p, follow: true) { id } }`,
      { p: proposalId },
      token,
    );
    expect(took.errors).toBeUndefined();
    const optedIn = await hub.request(
      'mutation { setNotificationTopic(topic: REQUEST_STATUS, enabled: true) }',
      undefined,
      token,
    );
    expect(optedIn.errors).toBeUndefined();
    // A walk-in ticket drawn at the Bürgerbüro, followed in the app: next in line at once, so a
    // notification about it is written too (outbox, inbox).
    const drawn = await hub.request<{ drawQueueTicket: { code: string } }>(
      'mutation ($k: String!) { drawQueueTicket(input: { locationId: "rathaus-kaarst", serviceIds: ["wohnsitz-anmelden"], idempotencyKey: $k }) { code } }',
      { k: `privacy-ticket-${tag}` },
      staff,
    );
    expect(drawn.errors).toBeUndefined();
    const ticketCode = drawn.data?.drawQueueTicket.code as string;
    const followed = await hub.request(
      'mutation ($c: String!) { followQueueTicket(code: $c) { label } }',
      { c: ticketCode },
      token,
    );
    expect(followed.errors).toBeUndefined();

    const exported = await hub.execute(MyPersonalDataDocument, undefined, token);
    expect(exported.errors).toBeUndefined();
    const archive = exported.data?.myPersonalData;
    expect(archive?.accountId).toBe(accountId);
    const text = JSON.stringify(archive);
    for (const marker of [
      markers.email,
      markers.name,
      markers.description,
      markers.message,
      markers.keyName,
      markers.passStreet,
      markers.meterLabel,
      markers.childName,
    ])
      expect(text).toContain(marker);
    expect(text).toContain('Bitte auch Fahrradbügel aufstellen.');
    expect(text).toContain(pass.data?.applyForKaarstPass.number as string);
    const parts = archive as unknown as {
      notifications: { pushTopics: Array<{ topic: string }> };
      transit: { pickupRequests: unknown[] };
      requests: { requests: Array<{ messages: unknown[] }> };
    };
    expect(parts.transit.pickupRequests).toHaveLength(1);
    expect(parts.notifications.pushTopics.map((t) => t.topic)).toEqual(['REQUEST_STATUS']);
    expect(text).toContain(booked.data?.bookAppointment.code as string);
    expect(text).toContain(ticketCode);
    expect(text).toContain(submitted.data?.submitRequest.referenceNumber as string);
    // The office's internal note is not part of the person's copy; its reply is.
    expect(parts.requests.requests[0]?.messages).toHaveLength(2);
    expect(codes(await hub.execute(MyPersonalDataDocument))).toEqual(['UNAUTHENTICATED']);
  });

  it('deletion needs the account’s email typed in; staff accounts cannot delete themselves', async () => {
    const wrong = await hub.execute(DeleteMyAccountDocument, { confirmEmail: ANNA }, token);
    expect(codes(wrong)).toEqual(['BAD_USER_INPUT']);
    expect((await hub.execute(MeDocument, undefined, token)).data?.me?.id).toBe(accountId);
    const staff = await hub.signIn(STAFF);
    expect(codes(await hub.execute(DeleteMyAccountDocument, { confirmEmail: STAFF }, staff))).toEqual([
      'FORBIDDEN',
    ]);
  });

  it('after the deletion nothing personal remains in any subgraph, and the session and key are refused', async () => {
    const { key } = await issueApiKey(hub, token, `${markers.keyName}-2`);
    const withKey = () =>
      postGraphQL<unknown>(hub.url, { query: '{ requestTypes { code } }' }, undefined, { 'x-api-key': key });
    expect((await withKey()).status).toBe(200);
    const deleted = await hub.execute(
      DeleteMyAccountDocument,
      { confirmEmail: person.email.toUpperCase() },
      token,
    );
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data?.deleteMyAccount.accountId).toBe(accountId);

    await eventually(
      async () => codes(await hub.execute(MeDocument, undefined, token)).includes('UNAUTHENTICATED'),
      'the gateway refuses the deleted account’s session',
    );
    const refused = await withKey();
    expect(refused.status).toBe(401);
    expect(codes(refused)).toEqual(['INVALID_API_KEY']);

    // Every subgraph's database, each read row by row below.
    const databases = Object.fromEntries(
      [...hub.subgraphs].map(([name, subgraph]) => [name, subgraph.database.url]),
    );
    expect(Object.keys(databases)).toEqual(listSubgraphs().map((subgraph) => subgraph.name));
    await eventually(async () => {
      const left = await Promise.all([
        queryDatabase(databases.appointments as string, 'SELECT 1 FROM appointment WHERE "citizenId" = $1', [
          accountId,
        ]),
        queryDatabase(databases.requests as string, 'SELECT 1 FROM service_request WHERE "citizenId" = $1', [
          accountId,
        ]),
        queryDatabase(databases.energy as string, 'SELECT 1 FROM meter WHERE "ownerId" = $1', [accountId]),
        queryDatabase(databases.family as string, 'SELECT 1 FROM child WHERE "familyId" = $1', [accountId]),
        queryDatabase(databases.participation as string, 'SELECT 1 FROM follow WHERE "accountId" = $1', [
          accountId,
        ]),
        queryDatabase(
          databases.notifications as string,
          'SELECT 1 FROM topic_opt_in WHERE "accountId" = $1',
          [accountId],
        ),
      ]);
      return left.every((rows) => rows.length === 0);
    }, 'appointments, requests, energy, family, participation and notifications erase the account on its event');

    for (const [subgraph, url] of Object.entries(databases)) {
      const rows = await everyRow(url);
      expect(rows.length).toBeGreaterThan(0);
      for (const marker of Object.values(markers)) {
        const holding = rows.filter(({ row }) => row.toLowerCase().includes(marker.toLowerCase()));
        expect(holding, `${subgraph} still holds "${marker}"`).toEqual([]);
      }
      // The id stays only as a pseudonym where the deletion itself is recorded: the citizens'
      // record of it, and the notifications' list of erased accounts, which drops late events.
      const withId = [
        ...new Set(rows.filter(({ row }) => row.includes(accountId)).map(({ table }) => table)),
      ];
      const deletionRecords: Record<string, string[]> = {
        citizens: ['account_deletion', 'audit_entry'],
        notifications: ['erased_account'],
      };
      expect(withId.sort(), subgraph).toEqual(deletionRecords[subgraph] ?? []);
    }

    // The freed slot can be booked again.
    const anna = await hub.signIn(ANNA);
    const rebooked = await hub.execute(
      BookAppointmentDocument,
      {
        input: {
          serviceIds: ['personalausweis'],
          locationId: 'rathaus-buettgen',
          start: appointmentStart,
          idempotencyKey: `privacy-rebook-${tag}`,
        },
      },
      anna,
    );
    expect(rebooked.errors).toBeUndefined();
  });
});
