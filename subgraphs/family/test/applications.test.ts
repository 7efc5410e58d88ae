import { generateHubKeys, type HubKeys, type RunningSubgraph, type Viewer } from '@kaarst/kit';
import { startTestSubgraph, subscribeToSubgraph } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { DEMO_COORDINATOR_ID } from '../src/seed.ts';
import { familySubgraph } from '../src/subgraph.ts';
import { askers } from './ask.ts';

const family = (n: number): Viewer => ({ id: `aaaaaaaa-0000-4000-8000-00000000000${n}`, roles: ['citizen'] });
const [A, B, C, D, E] = [1, 2, 3, 4, 5].map(family) as [Viewer, Viewer, Viewer, Viewer, Viewer];
const COORDINATOR: Viewer = { id: DEMO_COORDINATOR_ID, roles: ['partner'] }; // beispiel-kinderwelt
const FOREIGN_PARTNER: Viewer = { id: 'bbbbbbbb-0000-4000-8000-000000000001', roles: ['partner'] };
const STAFF: Viewer = {
  id: 'bbbbbbbb-0000-4000-8000-000000000002',
  roles: ['staff'],
  department: 'jugendamt',
};

const STROLCHE = 'beispiel-kita-kleine-strolche'; // kinderwelt, U3: 1, UE3: 1
const REGENBOGEN = 'beispiel-kita-regenbogen'; // kinderwelt, U3: 1
const SONNENSCHEIN = 'beispiel-kita-sonnenschein'; // kinderwelt
const WIRBELWIND = 'beispiel-kita-wirbelwind'; // familienhilfe (not the coordinator's)
const PUSTEBLUME = 'beispiel-kita-pusteblume'; // from 36 months

const ADD_CHILD = `mutation ($input: FamilyChildInput!) { addFamilyChild(input: $input) { id ageGroup firstName } }`;
const APPLY = `mutation ($childId: ID!, $kitaId: ID!) { applyForKita(childId: $childId, kitaId: $kitaId) { id rank status } }`;
const CHILD = `query ($id: ID!) { familyChild(id: $id) { id firstName applications { id kita { id } status } } }`;
const APPS = `{ myChildren { id firstName applications { id rank status reason refusedRank cutoffRank points offerExpiresAt kita { id } } } }`;
const RUN = `mutation ($s: Int) { runKitaAllocation(offerValidForSeconds: $s) { children offered waitlisted unplaced run { id } } }`;
// The run is a proposal until the providers involved confirm it (test/confirmation.test.ts).
const CONFIRM = `mutation ($id: ID!) { confirmKitaAllocation(runId: $id) { status } }`;
const ACCEPT = `mutation ($id: ID!) { acceptKitaOffer(id: $id) { id status } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawKitaApplication(id: $id) { id status } }`;
const CRITERIA = `mutation ($id: ID!, $c: [String!]!) { setApplicantCriteria(applicationId: $id, criteria: $c) { id points criteriaMet } }`;
const U3_CHILD = { birthDate: '2024-01-15', startDate: '2026-08-01', weeklyHours: 35 }; // 30 months at the start
const UE3_CHILD = { birthDate: '2022-01-15', startDate: '2026-08-01', weeklyHours: 35 };

type App = {
  id: string;
  rank: number;
  status: string;
  reason: string | null;
  refusedRank: number | null;
  cutoffRank: number | null;
  points: number;
  offerExpiresAt: string | null;
  kita: { id: string };
};

describe('Kita applications: wishes, allocation, offers, waiting list, privacy', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient>;
  const { ask, codes, ok } = askers(() => ({ url: subgraph.url, keys }));
  const child = async (viewer: Viewer, firstName: string, dates = U3_CHILD) =>
    (await ok(viewer, ADD_CHILD, { input: { firstName, ...dates } })).addFamilyChild.id as string;
  const apply = async (viewer: Viewer, childId: string, kitaId: string) =>
    (await ok(viewer, APPLY, { childId, kitaId })).applyForKita.id as string;
  const appsOf = async (viewer: Viewer): Promise<Record<string, App>> => {
    const data = await ok(viewer, APPS);
    return Object.fromEntries(
      data.myChildren.flatMap((c: { firstName: string; applications: App[] }) =>
        c.applications.map((a) => [`${c.firstName}@${a.kita.id}`, a]),
      ),
    );
  };
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const eventually = async (check: () => boolean, what: string, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}`);
      await wait(50);
    }
  };

  let a1 = '';
  let b1 = '';
  let c1 = '';

  beforeAll(async () => {
    process.env.FAMILY_LAPSE_SWEEP_MS = '200';
    keys = await generateHubKeys();
    subgraph = await startTestSubgraph(familySubgraph, { keys });
  });
  afterAll(async () => {
    delete process.env.FAMILY_LAPSE_SWEEP_MS;
    await subgraph?.close();
  });

  it('a family adds children; bad dates are refused', async () => {
    a1 = await child(A, 'Mia');
    expect((await ok(A, APPS)).myChildren).toHaveLength(1);
    expect(
      await codes(A, ADD_CHILD, { input: { firstName: 'X', ...U3_CHILD, birthDate: '2024-13-01' } }),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      await codes(A, ADD_CHILD, { input: { firstName: 'X', ...U3_CHILD, startDate: '2020-01-01' } }),
    ).toEqual(['BAD_USER_INPUT']);
    expect(await codes(null, ADD_CHILD, { input: { firstName: 'X', ...U3_CHILD } })).toEqual([
      'UNAUTHENTICATED',
    ]);
  });

  it('refuses unknown Kitas, unsuitable ages, duplicates (unique constraint) and too many wishes', async () => {
    expect((await ok(null, '{ kitaWishLimit }')).kitaWishLimit).toBe(5);
    expect(await codes(A, APPLY, { childId: a1, kitaId: 'keine-kita' })).toEqual(['NOT_FOUND']);
    expect(await codes(A, APPLY, { childId: a1, kitaId: PUSTEBLUME })).toEqual(['BAD_USER_INPUT']);
    expect(await codes(B, APPLY, { childId: a1, kitaId: STROLCHE })).toEqual(['NOT_FOUND']); // not B's child
    await apply(A, a1, STROLCHE);
    await apply(A, a1, REGENBOGEN);
    const before = await subgraph.db.wish.count();
    expect(await codes(A, APPLY, { childId: a1, kitaId: STROLCHE })).toEqual(['CONFLICT']);
    // Two at once: the database's unique (child, Kita) lets exactly one through.
    const spare = await child(A, 'Spare');
    const both = await Promise.all([1, 2].map(() => ask(A, APPLY, { childId: spare, kitaId: SONNENSCHEIN })));
    expect(both.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    expect(await subgraph.db.wish.count()).toBe(before + 1);
    // The limit is configurable (FAMILY_WISH_LIMIT).
    process.env.FAMILY_WISH_LIMIT = '2';
    try {
      await apply(A, spare, WIRBELWIND);
      expect(await codes(A, APPLY, { childId: spare, kitaId: STROLCHE })).toEqual(['BAD_USER_INPUT']);
    } finally {
      delete process.env.FAMILY_WISH_LIMIT;
    }
    expect(await subgraph.db.wish.count({ where: { childId: spare } })).toBe(2);
    for (const w of await subgraph.db.wish.findMany({ where: { childId: spare } }))
      await ok(A, WITHDRAW, { id: w.id });
  });

  it('children are visible to their family and to providers they applied to, to nobody else', async () => {
    expect((await ok(B, CHILD, { id: a1 })).familyChild).toBeNull();
    expect((await ok(B, APPS)).myChildren).toEqual([]);
    expect((await ok(FOREIGN_PARTNER, CHILD, { id: a1 })).familyChild).toBeNull();
    expect((await ok(STAFF, CHILD, { id: a1 })).familyChild).toBeNull();
    const seen = (await ok(COORDINATOR, CHILD, { id: a1 })).familyChild;
    expect(seen.firstName).toBe('Mia');
    // The provider sees the wishes at its own Kitas only (the spare child's Wirbelwind wish is another's).
    expect(seen.applications.map((a: App) => a.kita.id).sort()).toEqual([STROLCHE, REGENBOGEN].sort());
    // An entity reference (as the gateway would resolve it) answers null for another family too.
    const ref = await ask(
      B,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on FamilyChild { firstName } } }',
      {
        r: [{ __typename: 'FamilyChild', id: a1 }],
      },
    );
    expect(ref.data._entities).toEqual([null]);
    expect(
      await codes(B, WITHDRAW, {
        id: (await subgraph.db.wish.findFirstOrThrow({ where: { childId: a1 } })).id,
      }),
    ).toEqual(['NOT_FOUND']);
    expect(await codes(FOREIGN_PARTNER, `query { kitaApplicants(kitaId: "${STROLCHE}") { id } }`)).toEqual([
      'FORBIDDEN',
    ]);
  });

  it('allocates by deferred acceptance with the providers’ criteria, explaining refusals, live to the family', async () => {
    b1 = await child(B, 'Ben');
    c1 = await child(C, 'Cem');
    const b1s = await apply(B, b1, STROLCHE);
    await apply(C, c1, REGENBOGEN);
    await apply(C, c1, STROLCHE);
    // The provider marks Ben's sibling criterion at Kleine Strolche (30 points).
    const marked = await ok(COORDINATOR, CRITERIA, { id: b1s, c: ['geschwister'] });
    expect(marked.setApplicantCriteria).toMatchObject({ points: 30, criteriaMet: ['geschwister'] });
    expect(await codes(COORDINATOR, CRITERIA, { id: b1s, c: ['erfunden'] })).toEqual(['BAD_USER_INPUT']);
    const ranking = (
      await ok(COORDINATOR, `query { kitaApplicants(kitaId: "${STROLCHE}") { child { firstName } points } }`)
    ).kitaApplicants;
    expect(ranking.map((r: { child: { firstName: string } }) => r.child.firstName)).toEqual([
      'Ben',
      'Mia',
      'Cem',
    ]);

    const liveA = subscribeToSubgraph<{ myKitaApplicationChanged: { id: string; status: string } }>(
      subgraph.url,
      keys,
      A,
      'subscription { myKitaApplicationChanged { id status } }',
    );
    const liveB = subscribeToSubgraph<{ myKitaApplicationChanged: { id: string; status: string } }>(
      subgraph.url,
      keys,
      B,
      'subscription { myKitaApplicationChanged { id status } }',
    );
    await wait(1000);
    try {
      expect(await codes(A, RUN, {})).toEqual(['FORBIDDEN']);
      const { run, ...report } = (await ok(STAFF, RUN, {})).runKitaAllocation;
      expect(report).toEqual({ children: 3, offered: 2, waitlisted: 3, unplaced: 1 });
      // Both Kitas are Kinderwelt's: its confirmation releases the run.
      expect((await ok(COORDINATOR, CONFIRM, { id: run.id })).confirmKitaAllocation.status).toBe('RELEASED');
      // Kleine Strolche (U3, 1 place) ranks Ben (30) > Mia (earlier) > Cem; Regenbogen (U3, 1) Mia > Cem.
      const a = await appsOf(A);
      expect(a[`Mia@${REGENBOGEN}`]?.status).toBe('OFFERED');
      expect(a[`Mia@${STROLCHE}`]).toMatchObject({ status: 'WAITLISTED', refusedRank: 2, cutoffRank: 1 });
      expect(a[`Mia@${STROLCHE}`]?.reason).toContain('Rang 2 von 3');
      expect(a[`Mia@${STROLCHE}`]?.reason).toContain('Rang 1 mit 30 Punkten');
      expect((await appsOf(B))[`Ben@${STROLCHE}`]?.status).toBe('OFFERED');
      const c = await appsOf(C);
      expect(c[`Cem@${REGENBOGEN}`]).toMatchObject({ status: 'WAITLISTED', refusedRank: 2, cutoffRank: 1 });
      expect(c[`Cem@${STROLCHE}`]).toMatchObject({ status: 'WAITLISTED', refusedRank: 3, cutoffRank: 1 });
      for (const app of Object.values(c)) expect(app.reason).toMatch(/Kein Platz in Kita .* Rang \d von \d/);
      await eventually(
        () => liveA.events.length >= 2 && liveB.events.length >= 1,
        'the run’s changes arrive live',
      );
      await wait(200); // nothing more should come
      const seenByA = liveA.events.map((e) => e.myKitaApplicationChanged);
      expect(seenByA.map((e) => e.id).sort()).toEqual(
        [a[`Mia@${REGENBOGEN}`]?.id, a[`Mia@${STROLCHE}`]?.id].sort(),
      );
      expect(seenByA.find((e) => e.id === a[`Mia@${REGENBOGEN}`]?.id)?.status).toBe('OFFERED');
      expect(liveB.events.map((e) => e.myKitaApplicationChanged.id)).toEqual([b1s]);
    } finally {
      await liveA.dispose();
      await liveB.dispose();
    }
  });

  it('accepting one offer withdraws the child’s other wishes in the same step', async () => {
    const a = await appsOf(A);
    const accepted = await ok(A, ACCEPT, { id: a[`Mia@${REGENBOGEN}`]?.id });
    expect(accepted.acceptKitaOffer.status).toBe('ACCEPTED');
    const after = await appsOf(A);
    expect(after[`Mia@${STROLCHE}`]?.status).toBe('WITHDRAWN');
    expect(await codes(A, ACCEPT, { id: a[`Mia@${REGENBOGEN}`]?.id })).toEqual(['CONFLICT']);
    expect(await codes(A, ACCEPT, { id: a[`Mia@${STROLCHE}`]?.id })).toEqual(['CONFLICT']);
  });

  it('a place the family withdraws goes to the next on the waiting list, live; an offer lapses by itself', async () => {
    const live = subscribeToSubgraph<{ myKitaApplicationChanged: { id: string; status: string } }>(
      subgraph.url,
      keys,
      C,
      'subscription { myKitaApplicationChanged { id status } }',
    );
    await wait(1000);
    // Short enough to lapse in the test; long enough that the checks below see the offer first.
    process.env.FAMILY_OFFER_VALID_SECONDS = '3';
    try {
      const ben = (await appsOf(B))[`Ben@${STROLCHE}`];
      const cemWish = await subgraph.db.wish.findFirstOrThrow({ where: { childId: c1, kitaId: STROLCHE } });
      expect(cemWish.status).toBe('WAITLISTED');
      expect((await ok(B, WITHDRAW, { id: ben?.id })).withdrawKitaApplication.status).toBe('WITHDRAWN');
      // Mia accepted elsewhere: Cem is next at Kleine Strolche (read from the table: an API read
      // would itself lapse an overdue offer, and this test is about the timer).
      const id = cemWish.id;
      const offered = await subgraph.db.wish.findUniqueOrThrow({ where: { id } });
      expect(offered.status).toBe('OFFERED');
      expect(offered.reason).toMatch(/Warteliste/);
      await eventually(
        () =>
          live.events.some(
            (e) => e.myKitaApplicationChanged.id === id && e.myKitaApplicationChanged.status === 'OFFERED',
          ),
        'the freed place reaches Cem’s family live',
      );
      // Nobody reads: the background sweep lapses the offer after its deadline.
      const deadline = Date.now() + 15_000;
      while ((await subgraph.db.wish.findUniqueOrThrow({ where: { id } })).status !== 'LAPSED') {
        expect(Date.now()).toBeLessThan(deadline);
        await wait(100);
      }
      const group = await subgraph.db.kitaGroup.findUniqueOrThrow({
        where: { kitaId_ageGroup: { kitaId: STROLCHE, ageGroup: 'U3' } },
      });
      expect(group.freePlaces).toBe(1); // nobody left on the list
      await eventually(
        () =>
          live.events.some(
            (e) => e.myKitaApplicationChanged.id === id && e.myKitaApplicationChanged.status === 'LAPSED',
          ),
        'the lapse reaches Cem’s family live',
      );
      expect(await codes(C, ACCEPT, { id })).toEqual(['CONFLICT']);
    } finally {
      delete process.env.FAMILY_OFFER_VALID_SECONDS;
      await live.dispose();
    }
  });

  it('two families for the last place: two runs at once propose once and give exactly one offer; two accepts at once, one contract', async () => {
    await subgraph.db.kitaGroup.update({
      where: { kitaId_ageGroup: { kitaId: SONNENSCHEIN, ageGroup: 'UE3' } },
      data: { places: 1, freePlaces: 1 },
    });
    const d1 = await child(D, 'Dana', UE3_CHILD);
    const e1 = await child(E, 'Emil', UE3_CHILD);
    await apply(D, d1, SONNENSCHEIN);
    await apply(E, e1, SONNENSCHEIN);
    const runs = await Promise.all([ask(STAFF, RUN, {}), ask(STAFF, RUN, {})]);
    // One proposal at a time: the second waits for the first's lock and is refused.
    expect(runs.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const proposed = runs.find((r) => !r.errors)?.data.runKitaAllocation.run.id;
    expect((await ok(COORDINATOR, CONFIRM, { id: proposed })).confirmKitaAllocation.status).toBe('RELEASED');
    const held = await subgraph.db.wish.count({
      where: { kitaId: SONNENSCHEIN, ageGroup: 'UE3', status: 'OFFERED' },
    });
    expect(held).toBe(1);
    const group = await subgraph.db.kitaGroup.findUniqueOrThrow({
      where: { kitaId_ageGroup: { kitaId: SONNENSCHEIN, ageGroup: 'UE3' } },
    });
    expect(group.freePlaces).toBe(0);
    const offer = await subgraph.db.wish.findFirstOrThrow({
      where: { kitaId: SONNENSCHEIN, status: 'OFFERED' },
      include: { child: true },
    });
    const owner = offer.child.familyId === D.id ? D : E;
    const accepts = await Promise.all([
      ask(owner, ACCEPT, { id: offer.id }),
      ask(owner, ACCEPT, { id: offer.id }),
    ]);
    expect(accepts.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    expect(await subgraph.db.wish.count({ where: { kitaId: SONNENSCHEIN, status: 'ACCEPTED' } })).toBe(1);
    // The database refuses a place below zero whatever the code does.
    await expect(
      subgraph.db.kitaGroup.update({
        where: { kitaId_ageGroup: { kitaId: SONNENSCHEIN, ageGroup: 'UE3' } },
        data: { freePlaces: -1 },
      }),
    ).rejects.toThrow();
  });

  it('exports and erases a family’s data; a held place goes down the list', async () => {
    const PD = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on PersonalData { family } } }';
    const mine = await ok(A, PD, { r: [{ __typename: 'PersonalData', accountId: A.id }] });
    const exported = mine._entities[0].family;
    expect(exported.children.map((c: { firstName: string }) => c.firstName).sort()).toEqual(['Mia', 'Spare']);
    expect(
      exported.children.find((c: { firstName: string }) => c.firstName === 'Mia').applications,
    ).toHaveLength(2);
    expect(await codes(B, PD, { r: [{ __typename: 'PersonalData', accountId: A.id }] })).toEqual([
      'FORBIDDEN',
    ]);

    // Mia holds Regenbogen's U3 place; Cem waits for it.
    await subgraph.eraseAccount(A.id);
    expect(await subgraph.db.child.count({ where: { familyId: A.id } })).toBe(0);
    expect(await subgraph.db.wish.count({ where: { childId: a1 } })).toBe(0);
    expect((await appsOf(C))[`Cem@${REGENBOGEN}`]?.status).toBe('OFFERED');
    // Idempotent.
    await subgraph.eraseAccount(A.id);
    expect((await ok(A, APPS)).myChildren).toEqual([]);
  });
});
