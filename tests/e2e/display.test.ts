/**
 * City displays (issue 23) through the gateway: screens with transit's stops,
 * display credentials (read only, revocable), moderated content, emergency
 * takeover live over graphql-ws with versions and snapshots, fleet health.
 */
import { randomUUID } from 'node:crypto';
import { signSessionToken } from '@kaarst/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startHub, type TestHub } from '../harness.ts';
import { wsClient } from '../live.ts';

const A = 'kaarst-rathausplatz';
const B = 'buettgen-rathausplatz';

const SNAPSHOT = `query ($s: ID!, $c: String!) { screenSnapshot(screenId: $s, credential: $c) {
  version emergency { id title severity } playlist { item { id title } sharePercent } current { id } } }`;
const SUBMIT = `mutation ($input: SubmitContentInput!) { submitContent(input: $input) { id status department } }`;
const DECIDE = `mutation ($id: ID!, $a: Boolean!) { decideContent(id: $id, approve: $a) { id status } }`;
const PUBLISH = `mutation ($input: PublishEmergencyInput!) { publishEmergency(input: $input) { id screenIds } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawEmergency(id: $id) { id withdrawnAt } }`;
const ISSUE = `mutation ($s: ID!) { issueScreenCredential(screenId: $s) { secret credential { id screenId } } }`;
const REVOKE = `mutation ($id: ID!) { revokeScreenCredential(id: $id) { id revokedAt } }`;
const HEARTBEAT = `mutation ($input: HeartbeatInput!) { screenHeartbeat(input: $input) { online lastSeenAt } }`;
const HEALTH = `query ($n: Int) { screenHealth(offlineAfterSeconds: $n) { screen { id } online clientVersion showing } }`;
const EVENTS = `subscription ($s: ID!, $c: String!) { screenEvents(screenId: $s, credential: $c) {
  screenId version kind emergency { id title severity } } }`;

type Snap = {
  screenSnapshot: {
    version: number;
    emergency: { id: string; title: string } | null;
    playlist: { item: { id: string; title: string }; sharePercent: number }[];
    current: { id: string } | null;
  };
};
type Event = {
  screenEvents: {
    screenId: string;
    version: number;
    kind: string;
    emergency: { id: string; title: string } | null;
  };
};

describe('city displays through the gateway', () => {
  let hub: TestHub;
  let admin: string;
  let editor: string;
  let kultur: string;
  let ordnungsamt: string;
  let citizen: string;
  const secrets: Record<string, string> = {};
  const session = async (roles: ('staff' | 'admin' | 'citizen')[], department?: string) =>
    (await signSessionToken(hub.keys, { id: randomUUID(), roles, ...(department ? { department } : {}) }))
      .token;
  const soon = (ms: number) => new Date(Date.now() + ms).toISOString();

  beforeAll(async () => {
    hub = await startHub({ subgraphs: ['display', 'transit'] });
    admin = await session(['admin']);
    editor = await session(['staff'], 'presse');
    kultur = await session(['staff'], 'kultur');
    ordnungsamt = await session(['staff'], 'ordnungsamt');
    citizen = await session(['citizen']);
    for (const s of [A, B]) {
      const issued = await hub.request<{ issueScreenCredential: { secret: string } }>(ISSUE, { s }, admin);
      expect(issued.errors).toBeUndefined();
      secrets[s] = issued.data?.issueScreenCredential.secret ?? '';
    }
  });
  afterAll(() => hub?.close());

  it('lists the five squares, each with its nearest stop resolved by transit', async () => {
    const answer = await hub.request<{
      screens: { id: string; name: string; orientation: string; nearestStop: { id: string; name: string } }[];
    }>('{ screens { id name orientation latitude nearestStop { id name } } }');
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.screens.map((s) => s.name).sort()).toEqual([
      'Büttgen Rathausplatz',
      'Driesch Spielplatz in der Ortsmitte',
      'Holzbüttgen Lindenplatz',
      'Kaarst Rathausplatz',
      'Vorst St. Eustachiusplatz',
    ]);
    const kaarst = answer.data?.screens.find((s) => s.id === A);
    expect(kaarst?.nearestStop).toEqual({ id: 'ka_rathaus', name: 'Kaarst Rathaus' });
    // departures for the screen's stop come from transit through the same graph
    const departures = await hub.request<{ departures: { scheduledTime: string }[] }>(
      'query ($s: ID!) { departures(stopId: $s, limit: 3) { scheduledTime delayMinutes route { shortName } headsign } }',
      { s: 'ka_rathaus' },
    );
    expect(departures.errors).toBeUndefined();
    expect(Array.isArray(departures.data?.departures)).toBe(true);
  });

  it('a display credential reads its own screen only, and a revoked one is refused', async () => {
    const own = await hub.request<Snap>(SNAPSHOT, { s: A, c: secrets[A] });
    expect(own.errors).toBeUndefined();
    expect(codes(await hub.request(SNAPSHOT, { s: B, c: secrets[A] }))).toEqual(['FORBIDDEN']);
    expect(codes(await hub.request(SNAPSHOT, { s: A, c: 'kd_guessed' }))).toEqual(['FORBIDDEN']);
    expect(codes(await hub.request(SNAPSHOT, { s: 'nowhere', c: secrets[A] }))).toEqual(['NOT_FOUND']);
    // only admins issue credentials
    expect(codes(await hub.request(ISSUE, { s: A }, editor))).toEqual(['FORBIDDEN']);
    const spare = await hub.request<{
      issueScreenCredential: { secret: string; credential: { id: string } };
    }>(ISSUE, { s: A }, admin);
    const { secret, credential } = spare.data?.issueScreenCredential ?? {
      secret: '',
      credential: { id: '' },
    };
    expect((await hub.request(SNAPSHOT, { s: A, c: secret })).errors).toBeUndefined();
    // a screen subscribed with it gets events, and is cut off at its next event once it is revoked
    const open = wsClient(hub.url);
    try {
      const watching = open.subscribe<Event>(EVENTS, { s: A, c: secret });
      await new Promise((r) => setTimeout(r, 500));
      const warning = await hub.request<{ publishEmergency: { id: string } }>(
        PUBLISH,
        { input: { severity: 'WARNING', title: 'Probe', message: 'Test', screenIds: [A] } },
        admin,
      );
      await watching.waitFor(1);
      expect(watching.results[0]?.data?.screenEvents.kind).toBe('EMERGENCY_PUBLISHED');
      expect((await hub.request(REVOKE, { id: credential.id }, admin)).errors).toBeUndefined();
      await hub.request(WITHDRAW, { id: warning.data?.publishEmergency.id }, admin);
      await watching.waitFor(2).catch(() => undefined);
      expect(watching.results[1]?.data?.screenEvents).toBeUndefined();
      expect(watching.results[1]?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    } finally {
      await open.dispose();
    }
    expect(codes(await hub.request(SNAPSHOT, { s: A, c: secret }))).toEqual(['FORBIDDEN']);
    const beat = { screenId: A, credential: secret, clientVersion: '1.0.0', showing: 'idle' };
    expect(codes(await hub.request(HEARTBEAT, { input: beat }))).toEqual(['FORBIDDEN']);
    const ws = wsClient(hub.url);
    try {
      const sub = ws.subscribe<Event>(EVENTS, { s: A, c: secret });
      await sub.waitFor(1);
      expect(sub.results[0]?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    } finally {
      await ws.dispose();
    }
    // the other credential of the screen still works
    expect((await hub.request(SNAPSHOT, { s: A, c: secrets[A] })).errors).toBeUndefined();
    expect(codes(await hub.request(REVOKE, { id: randomUUID() }, admin))).toEqual(['NOT_FOUND']);
  });

  it('a display account changes nothing: its mutations are refused, nothing is stored', async () => {
    const display = await hub.signIn('display.rathausplatz@example.org');
    const before = await hub.request<{ activeEmergencies: unknown[] }>(
      '{ activeEmergencies { id } }',
      {},
      admin,
    );
    const refused = await hub.request(
      PUBLISH,
      { input: { severity: 'DANGER', title: 'Falsch', message: 'x' } },
      display,
    );
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(
      codes(
        await hub.request(
          SUBMIT,
          {
            input: { title: 'x', body: 'y', validFrom: soon(0), validUntil: soon(60_000), screenIds: [A] },
          },
          display,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    const after = await hub.request<{ activeEmergencies: unknown[] }>(
      '{ activeEmergencies { id } }',
      {},
      admin,
    );
    expect(after.data?.activeEmergencies).toHaveLength(before.data?.activeEmergencies.length ?? -1);
    // a credential is no session: without one, staff actions need a sign-in
    expect(codes(await hub.request(DECIDE, { id: randomUUID(), a: true }))).toEqual(['UNAUTHENTICATED']);
  });

  it('moderates: an unapproved item is never shown; approved, it plays on its target screens only', async () => {
    const input = {
      title: 'Stadtfest am Samstag',
      body: 'Rathausplatz, ab 11 Uhr',
      imageUrl: 'https://www.kaarst.de/stadtfest.jpg',
      validFrom: soon(-60_000),
      validUntil: soon(3600_000),
      screenIds: [A],
    };
    const submitted = await hub.request<{
      submitContent: { id: string; status: string; department: string };
    }>(SUBMIT, { input }, kultur);
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data?.submitContent).toMatchObject({ status: 'SUBMITTED', department: 'kultur' });
    const id = submitted.data?.submitContent.id ?? '';
    const shown = async (screen: string) =>
      (
        await hub.request<Snap>(SNAPSHOT, { s: screen, c: secrets[screen] })
      ).data?.screenSnapshot.playlist.map((p) => p.item.id);
    expect(await shown(A)).not.toContain(id);
    // only editors decide
    expect(codes(await hub.request(DECIDE, { id, a: true }, kultur))).toEqual(['FORBIDDEN']);
    expect(codes(await hub.request(DECIDE, { id, a: true }, citizen))).toEqual(['FORBIDDEN']);
    expect(await shown(A)).not.toContain(id);
    expect((await hub.request(DECIDE, { id, a: true }, editor)).errors).toBeUndefined();
    expect(await shown(A)).toContain(id);
    expect(await shown(B)).not.toContain(id);
    expect(codes(await hub.request(DECIDE, { id, a: false }, editor))).toEqual(['CONFLICT']);
    expect(codes(await hub.request(DECIDE, { id: randomUUID(), a: true }, editor))).toEqual(['NOT_FOUND']);
    // a one-off rule with a higher priority takes the screen over for its window
    const rule = await hub.request(
      `mutation ($input: ScheduleRuleInput!) { addScheduleRule(input: $input) { id priority } }`,
      { input: { screenId: A, itemId: id, from: soon(-1000), until: soon(600_000), priority: 5 } },
      editor,
    );
    expect(rule.errors).toBeUndefined();
    const snap = await hub.request<Snap>(SNAPSHOT, { s: A, c: secrets[A] });
    expect(snap.data?.screenSnapshot.playlist.map((p) => p.item.id)).toEqual([id]);
    expect(snap.data?.screenSnapshot.current?.id).toBe(id);
  });

  it('refuses bad content and rules with BAD_USER_INPUT, storing nothing', async () => {
    const count = async () =>
      (await hub.request<{ contentItems: unknown[] }>('{ contentItems { id } }', {}, editor)).data
        ?.contentItems.length;
    const before = await count();
    const base = {
      title: 'Titel',
      body: 'Text',
      validFrom: soon(0),
      validUntil: soon(60_000),
      screenIds: [A],
    };
    for (const input of [
      { ...base, title: '   ' },
      { ...base, validUntil: soon(-1000) },
      { ...base, screenIds: [] },
      { ...base, screenIds: ['mond'] },
      { ...base, imageUrl: 'javascript:alert(1)' },
      { ...base, body: 'x'.repeat(601) },
    ]) {
      expect(codes(await hub.request(SUBMIT, { input }, kultur))).toEqual(['BAD_USER_INPUT']);
    }
    expect(await count()).toBe(before);
    expect(
      codes(
        await hub.request(
          `mutation ($input: ScheduleRuleInput!) { addScheduleRule(input: $input) { id } }`,
          { input: { screenId: A, itemId: randomUUID(), weekdays: [0, 8] } },
          editor,
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
  });

  it('an emergency is pushed to a subscribed screen, is versioned, and ends when withdrawn', async () => {
    const wsA = wsClient(hub.url);
    const wsB = wsClient(hub.url);
    try {
      const onA = wsA.subscribe<Event>(EVENTS, { s: A, c: secrets[A] });
      const onB = wsB.subscribe<Event>(EVENTS, { s: B, c: secrets[B] });
      // the subscriptions are open once an event arrives: a content change to all screens warms both up
      await new Promise((r) => setTimeout(r, 500));
      const versionBefore =
        (await hub.request<Snap>(SNAPSHOT, { s: A, c: secrets[A] })).data?.screenSnapshot.version ?? 0;
      const started = performance.now();
      const published = await hub.request<{ publishEmergency: { id: string } }>(
        PUBLISH,
        {
          input: {
            severity: 'DANGER',
            title: 'Unwetterwarnung',
            message: 'Orkanböen bis 120 km/h',
            screenIds: [A],
          },
        },
        ordnungsamt,
      );
      expect(published.errors).toBeUndefined();
      // Pushed to the screen's subscription; the 1 s it may take is a figure of `bench:display`
      // (emergencyMs, on a quiet machine): a wall-clock bound here would fail under CI's load.
      await onA.waitFor(1, 20_000);
      const elapsed = performance.now() - started;
      console.log(`emergency takeover: mutation sent to event on the screen in ${elapsed.toFixed(0)} ms`);
      const event = onA.results[0]?.data?.screenEvents;
      const id = published.data?.publishEmergency.id;
      expect(event).toMatchObject({
        screenId: A,
        kind: 'EMERGENCY_PUBLISHED',
        emergency: { id, title: 'Unwetterwarnung' },
      });
      expect(event?.version).toBeGreaterThan(versionBefore);
      // the snapshot (for a reconnect) says the same: the emergency replaces everything
      const snap = (await hub.request<Snap>(SNAPSHOT, { s: A, c: secrets[A] })).data?.screenSnapshot;
      expect(snap).toMatchObject({ version: event?.version, emergency: { id }, playlist: [], current: null });
      // the other screen was not a target
      expect(
        (await hub.request<Snap>(SNAPSHOT, { s: B, c: secrets[B] })).data?.screenSnapshot.emergency,
      ).toBeNull();
      expect(onB.results).toHaveLength(0);
      // withdrawn: an event with a higher version and no emergency
      expect((await hub.request(WITHDRAW, { id }, ordnungsamt)).errors).toBeUndefined();
      await onA.waitFor(2, 20_000);
      const ended = onA.results[1]?.data?.screenEvents;
      expect(ended).toMatchObject({ kind: 'EMERGENCY_ENDED', emergency: null });
      expect(ended?.version).toBeGreaterThan(event?.version ?? 0);
      expect(codes(await hub.request(WITHDRAW, { id }, ordnungsamt))).toEqual(['CONFLICT']);
      // others may not warn
      expect(
        codes(
          await hub.request(PUBLISH, { input: { severity: 'WARNING', title: 'x', message: 'y' } }, kultur),
        ),
      ).toEqual(['FORBIDDEN']);
      // to every screen, expiring by itself
      const all = await hub.request<{ publishEmergency: { id: string; screenIds: string[] } }>(
        PUBLISH,
        {
          input: {
            severity: 'WARNING',
            title: 'Wasserrohrbruch',
            message: 'Leitungswasser abkochen',
            expiresAt: soon(1500),
          },
        },
        editor,
      );
      expect(all.data?.publishEmergency.screenIds).toEqual([]);
      await onB.waitFor(1, 1000);
      expect(onB.results[0]?.data?.screenEvents.emergency?.title).toBe('Wasserrohrbruch');
      await onB.waitFor(2, 4000);
      expect(onB.results[1]?.data?.screenEvents).toMatchObject({ kind: 'EMERGENCY_ENDED', emergency: null });
      expect(
        (await hub.request<Snap>(SNAPSHOT, { s: B, c: secrets[B] })).data?.screenSnapshot.emergency,
      ).toBeNull();
    } finally {
      await wsA.dispose();
      await wsB.dispose();
    }
  });

  it('reports screens silent for too long as offline to staff', async () => {
    const beat = { screenId: A, credential: secrets[A], clientVersion: 'display 1.2.0', showing: 'idle' };
    expect((await hub.request(HEARTBEAT, { input: beat })).errors).toBeUndefined();
    type Health = {
      screenHealth: { screen: { id: string }; online: boolean; clientVersion: string | null }[];
    };
    const health = async (n: number) =>
      new Map(
        ((await hub.request<Health>(HEALTH, { n }, kultur)).data?.screenHealth ?? []).map((h) => [
          h.screen.id,
          h,
        ]),
      );
    const now = await health(60);
    expect(now.get(A)).toMatchObject({ online: true, clientVersion: 'display 1.2.0' });
    expect(now.get(B)?.online).toBe(false); // never heard of
    await new Promise((r) => setTimeout(r, 1100));
    expect((await health(1)).get(A)?.online).toBe(false);
    expect((await health(60)).get(A)?.online).toBe(true);
    // for an alert: the subgraph's /metrics (offline after the default 120 s)
    const metrics = await (await fetch(new URL('/metrics', hub.subgraph('display').url))).text();
    expect(metrics).toContain(`hub_display_screen_online{screen="${A}",service="display"} 1`);
    expect(metrics).toContain(`hub_display_screen_online{screen="${B}",service="display"} 0`);
    expect(codes(await hub.request(HEALTH, { n: 60 }, citizen))).toEqual(['FORBIDDEN']);
    expect(codes(await hub.request(HEALTH, { n: 0 }, kultur))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await hub.request(HEARTBEAT, { input: { ...beat, clientVersion: '' } }))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});
