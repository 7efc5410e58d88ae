import { generateHubKeys, type HubKeys, type RunningSubgraph, type Viewer } from '@kaarst/kit';
import { startTestSubgraph, subscribeToSubgraph } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgeGroup, PrismaClient } from '../src/generated/prisma/client.ts';
import { DEMO_COORDINATOR_ID } from '../src/seed.ts';
import { familySubgraph } from '../src/subgraph.ts';
import { askers } from './ask.ts';

// Providers confirm an allocation run before any offer reaches a family.
const family = (n: number): Viewer => ({ id: `dddddddd-0000-4000-8000-00000000000${n}`, roles: ['citizen'] });
const [F1, F2, F3, F4, F5, F6] = [1, 2, 3, 4, 5, 6].map(family) as Viewer[] as [
  Viewer,
  Viewer,
  Viewer,
  Viewer,
  Viewer,
  Viewer,
];
const KINDERWELT: Viewer = { id: DEMO_COORDINATOR_ID, roles: ['partner'] }; // beispiel-kinderwelt
const FAMILIENHILFE: Viewer = { id: 'eeeeeeee-0000-4000-8000-000000000001', roles: ['partner'] };
const FOREIGN_PARTNER: Viewer = { id: 'eeeeeeee-0000-4000-8000-000000000002', roles: ['partner'] };
const ADMIN: Viewer = { id: 'eeeeeeee-0000-4000-8000-000000000003', roles: ['admin'] };
const STAFF: Viewer = {
  id: 'eeeeeeee-0000-4000-8000-000000000004',
  roles: ['staff'],
  department: 'jugendamt',
};

const STROLCHE = 'beispiel-kita-kleine-strolche'; // kinderwelt
const SONNENSCHEIN = 'beispiel-kita-sonnenschein'; // kinderwelt
const WIRBELWIND = 'beispiel-kita-wirbelwind'; // familienhilfe

const U3_CHILD = { birthDate: '2024-01-15', startDate: '2026-08-01', weeklyHours: 35 };
const UE3_CHILD = { birthDate: '2022-01-15', startDate: '2026-08-01', weeklyHours: 35 };
const ADD_CHILD = `mutation ($input: FamilyChildInput!) { addFamilyChild(input: $input) { id } }`;
const APPLY = `mutation ($childId: ID!, $kitaId: ID!) { applyForKita(childId: $childId, kitaId: $kitaId) { id } }`;
const APPS = `{ myChildren { firstName applications { id status reason offerExpiresAt kita { id } } } }`;
const RUN = `mutation ($confirm: Int) { runKitaAllocation(offerValidForSeconds: 3600, confirmWithinSeconds: $confirm) {
  children offered waitlisted unplaced run { id status confirmBy } } }`;
const RUN_VIEW = `query ($id: ID!) { kitaAllocationRun(id: $id) { id status endedBy
  confirmations { provider { id } confirmed confirmedAt }
  groups { kita { id } ageGroup offered waitlisted }
  proposals { application { id kita { id } child { firstName } } status reason refusedRank } } }`;
const CONFIRM = `mutation ($id: ID!) { confirmKitaAllocation(runId: $id) { id status endedBy confirmations { provider { id } confirmed } } }`;
const CANCEL = `mutation ($id: ID!) { cancelKitaAllocation(runId: $id) { id status endedBy } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawKitaApplication(id: $id) { id status } }`;

type App = {
  id: string;
  status: string;
  reason: string | null;
  offerExpiresAt: string | null;
  kita: { id: string };
};

describe('providers confirm an allocation run before offers reach families', () => {
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
  const places = async (kitaId: string, ageGroup: AgeGroup, set?: number) => {
    const where = { kitaId_ageGroup: { kitaId, ageGroup } };
    if (set !== undefined)
      await subgraph.db.kitaGroup.update({ where, data: { places: set, freePlaces: set } });
    return (await subgraph.db.kitaGroup.findUniqueOrThrow({ where })).freePlaces;
  };
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  beforeAll(async () => {
    process.env.FAMILY_LAPSE_SWEEP_MS = '200';
    keys = await generateHubKeys();
    subgraph = await startTestSubgraph(familySubgraph, { keys });
    await ok(
      ADMIN,
      `mutation { addFamilyProviderCoordinator(providerId: "beispiel-familienhilfe", accountId: "${FAMILIENHILFE.id}") }`,
    );
  });
  afterAll(async () => {
    delete process.env.FAMILY_LAPSE_SWEEP_MS;
    await subgraph?.close();
  });

  it('a run is a proposal each provider sees and confirms for its own Kitas; the last confirmation releases it', async () => {
    await places(STROLCHE, 'U3', 1);
    await places(WIRBELWIND, 'U3', 1);
    const mia = await child(F1, 'Mia');
    const ben = await child(F2, 'Ben');
    const cem = await child(F3, 'Cem');
    await apply(F1, mia, STROLCHE);
    await apply(F1, mia, WIRBELWIND);
    const benWish = await apply(F2, ben, WIRBELWIND);
    await apply(F3, cem, WIRBELWIND);

    const live = subscribeToSubgraph<{ myKitaApplicationChanged: { id: string; status: string } }>(
      subgraph.url,
      keys,
      F1,
      'subscription { myKitaApplicationChanged { id status } }',
    );
    await wait(1000);
    try {
      const report = (await ok(STAFF, RUN, { confirm: 3600 })).runKitaAllocation;
      expect(report).toMatchObject({ children: 3, offered: 2, waitlisted: 1, unplaced: 1 });
      expect(report.run.status).toBe('PROPOSED');
      const runId = report.run.id as string;

      // Nothing reaches the families yet; the proposed places are held.
      const before = await appsOf(F1);
      expect(before[`Mia@${STROLCHE}`]).toMatchObject({
        status: 'PENDING',
        reason: null,
        offerExpiresAt: null,
      });
      expect(before[`Mia@${WIRBELWIND}`]?.status).toBe('PENDING');
      expect(await places(STROLCHE, 'U3')).toBe(0);
      expect(await places(WIRBELWIND, 'U3')).toBe(0);
      await wait(500);
      expect(live.events).toEqual([]);

      // Each provider sees its own part only.
      const kw = (await ok(KINDERWELT, RUN_VIEW, { id: runId })).kitaAllocationRun;
      expect(kw.confirmations).toEqual([
        { provider: { id: 'beispiel-kinderwelt' }, confirmed: false, confirmedAt: null },
      ]);
      expect(kw.groups).toEqual([{ kita: { id: STROLCHE }, ageGroup: 'U3', offered: 1, waitlisted: 0 }]);
      expect(kw.proposals).toEqual([
        {
          application: {
            id: before[`Mia@${STROLCHE}`]?.id,
            kita: { id: STROLCHE },
            child: { firstName: 'Mia' },
          },
          status: 'OFFERED',
          reason: null,
          refusedRank: null,
        },
      ]);
      const fh = (await ok(FAMILIENHILFE, RUN_VIEW, { id: runId })).kitaAllocationRun;
      expect(fh.confirmations.map((c: { provider: { id: string } }) => c.provider.id)).toEqual([
        'beispiel-familienhilfe',
      ]);
      expect(fh.groups).toEqual([{ kita: { id: WIRBELWIND }, ageGroup: 'U3', offered: 1, waitlisted: 1 }]);
      const byChild = Object.fromEntries(
        fh.proposals.map((p: { application: { child: { firstName: string } } }) => [
          p.application.child.firstName,
          p,
        ]),
      );
      expect(Object.keys(byChild).sort()).toEqual(['Ben', 'Cem', 'Mia']);
      expect(byChild.Ben.status).toBe('OFFERED');
      expect(byChild.Cem).toMatchObject({ status: 'WAITLISTED', refusedRank: 3 });
      expect(byChild.Cem.reason).toContain('Rang 3 von 3');
      expect(byChild.Mia.status).toBe('NOT_NEEDED');
      // Staff see the numbers of every provider, but no child.
      const st = (await ok(STAFF, RUN_VIEW, { id: runId })).kitaAllocationRun;
      expect(st.confirmations).toHaveLength(2);
      expect(st.groups).toHaveLength(2);
      expect(st.proposals).toEqual([]);
      expect((await ok(STAFF, '{ kitaAllocationRuns { id status } }')).kitaAllocationRuns[0]).toEqual({
        id: runId,
        status: 'PROPOSED',
      });
      // Nobody else.
      expect(await codes(F1, '{ kitaAllocationRuns { id } }')).toEqual(['FORBIDDEN']);
      expect((await ok(FOREIGN_PARTNER, RUN_VIEW, { id: runId })).kitaAllocationRun).toBeNull();
      expect((await ok(FOREIGN_PARTNER, '{ kitaAllocationRuns { id } }')).kitaAllocationRuns).toEqual([]);
      expect(await codes(FOREIGN_PARTNER, CONFIRM, { id: runId })).toEqual(['FORBIDDEN']);
      expect(await codes(STAFF, CONFIRM, { id: runId })).toEqual(['FORBIDDEN']);
      expect(await codes(KINDERWELT, CONFIRM, { id: 'dddddddd-0000-4000-8000-0000000000ff' })).toEqual([
        'NOT_FOUND',
      ]);
      // One proposal at a time.
      expect(await codes(STAFF, RUN, { confirm: 3600 })).toEqual(['CONFLICT']);

      // The first provider confirms: still a proposal.
      const first = (await ok(KINDERWELT, CONFIRM, { id: runId })).confirmKitaAllocation;
      expect(first).toMatchObject({
        status: 'PROPOSED',
        confirmations: [{ provider: { id: 'beispiel-kinderwelt' }, confirmed: true }],
      });
      expect((await ok(KINDERWELT, CONFIRM, { id: runId })).confirmKitaAllocation.status).toBe('PROPOSED');
      expect((await appsOf(F1))[`Mia@${STROLCHE}`]?.status).toBe('PENDING');

      // Meanwhile Ben's family withdraws the wish the run would offer a place for.
      expect((await ok(F2, WITHDRAW, { id: benWish })).withdrawKitaApplication.status).toBe('WITHDRAWN');

      // The last confirmation releases the run: offers go out, with their deadline from now.
      const releasedAt = Date.now();
      const last = (await ok(FAMILIENHILFE, CONFIRM, { id: runId })).confirmKitaAllocation;
      expect(last).toMatchObject({ status: 'RELEASED', endedBy: 'CONFIRMED' });
      const after = await appsOf(F1);
      expect(after[`Mia@${STROLCHE}`]?.status).toBe('OFFERED');
      const expires = Date.parse(after[`Mia@${STROLCHE}`]?.offerExpiresAt ?? '');
      expect(expires).toBeGreaterThanOrEqual(releasedAt + 3600_000 - 1000);
      expect(after[`Mia@${WIRBELWIND}`]?.status).toBe('NOT_NEEDED');
      // Ben's place was not given to a withdrawn wish: it went to Cem, next on the list.
      expect((await appsOf(F2))[`Ben@${WIRBELWIND}`]?.status).toBe('WITHDRAWN');
      const cemWish = (await appsOf(F3))[`Cem@${WIRBELWIND}`];
      expect(cemWish?.status).toBe('OFFERED');
      expect(cemWish?.reason).toMatch(/Warteliste/);
      expect(await places(WIRBELWIND, 'U3')).toBe(0);
      expect(await places(STROLCHE, 'U3')).toBe(0);
      // Live, once released.
      const deadline = Date.now() + 10_000;
      while (live.events.length < 2 && Date.now() < deadline) await wait(50);
      expect(live.events.map((e) => e.myKitaApplicationChanged.status).sort()).toEqual([
        'NOT_NEEDED',
        'OFFERED',
      ]);
      // Confirming again is harmless.
      expect((await ok(FAMILIENHILFE, CONFIRM, { id: runId })).confirmKitaAllocation.status).toBe('RELEASED');
    } finally {
      await live.dispose();
    }
  });

  it('a run nobody confirms is released at its deadline by itself; a late confirmation is refused', async () => {
    await places(SONNENSCHEIN, 'UE3', 1);
    const dana = await child(F4, 'Dana', UE3_CHILD);
    const wish = await apply(F4, dana, SONNENSCHEIN);
    const report = (await ok(STAFF, RUN, { confirm: 1 })).runKitaAllocation;
    expect(report.run.status).toBe('PROPOSED');
    expect((await subgraph.db.wish.findUniqueOrThrow({ where: { id: wish } })).status).toBe('PENDING');
    // Nobody reads: the background sweep releases it (read from the table).
    const deadline = Date.now() + 15_000;
    while (
      (await subgraph.db.allocationRun.findUniqueOrThrow({ where: { id: report.run.id } })).status ===
      'PROPOSED'
    ) {
      expect(Date.now()).toBeLessThan(deadline);
      await wait(100);
    }
    const run = await subgraph.db.allocationRun.findUniqueOrThrow({ where: { id: report.run.id } });
    expect(run).toMatchObject({ status: 'RELEASED', releasedBy: 'DEADLINE' });
    expect((await subgraph.db.wish.findUniqueOrThrow({ where: { id: wish } })).status).toBe('OFFERED');
    expect(await codes(KINDERWELT, CONFIRM, { id: run.id })).toEqual(['CONFLICT']);
  });

  it('staff cancel a proposal (places back, families untouched); two providers confirming at once release it once', async () => {
    await places(STROLCHE, 'UE3', 1);
    await places(WIRBELWIND, 'UE3', 1);
    const emil = await child(F5, 'Emil', UE3_CHILD);
    const finn = await child(F6, 'Finn', UE3_CHILD);
    const emilWish = await apply(F5, emil, STROLCHE);
    const finnWish = await apply(F6, finn, WIRBELWIND);

    const proposed = (await ok(STAFF, RUN, { confirm: 3600 })).runKitaAllocation.run.id as string;
    expect(await places(STROLCHE, 'UE3')).toBe(0);
    expect(await codes(KINDERWELT, CANCEL, { id: proposed })).toEqual(['FORBIDDEN']);
    expect((await ok(STAFF, CANCEL, { id: proposed })).cancelKitaAllocation).toMatchObject({
      status: 'CANCELLED',
      endedBy: 'CANCELLED',
    });
    expect((await ok(STAFF, CANCEL, { id: proposed })).cancelKitaAllocation.status).toBe('CANCELLED');
    expect(await places(STROLCHE, 'UE3')).toBe(1);
    expect(await places(WIRBELWIND, 'UE3')).toBe(1);
    expect((await appsOf(F5))[`Emil@${STROLCHE}`]?.status).toBe('PENDING');
    expect(await codes(KINDERWELT, CONFIRM, { id: proposed })).toEqual(['CONFLICT']);

    const runId = (await ok(STAFF, RUN, { confirm: 3600 })).runKitaAllocation.run.id as string;
    const both = await Promise.all([
      ask(KINDERWELT, CONFIRM, { id: runId }),
      ask(FAMILIENHILFE, CONFIRM, { id: runId }),
    ]);
    for (const answer of both) expect(answer.errors).toBeUndefined();
    const run = await subgraph.db.allocationRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run).toMatchObject({ status: 'RELEASED', releasedBy: 'CONFIRMED' });
    expect((await subgraph.db.wish.findUniqueOrThrow({ where: { id: emilWish } })).status).toBe('OFFERED');
    expect((await subgraph.db.wish.findUniqueOrThrow({ where: { id: finnWish } })).status).toBe('OFFERED');
    expect(await places(STROLCHE, 'UE3')).toBe(0);
    expect(await places(WIRBELWIND, 'UE3')).toBe(0);
    // A coordinator's confirmations are in its data export; erased, the confirmation stays without its name.
    const PD = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on PersonalData { family } } }';
    const exported = (
      await ok(FAMILIENHILFE, PD, { r: [{ __typename: 'PersonalData', accountId: FAMILIENHILFE.id }] })
    )._entities[0].family;
    expect(exported.confirmedRuns.map((c: { runId: string }) => c.runId)).toContain(runId);
    await subgraph.eraseAccount(FAMILIENHILFE.id);
    expect(await subgraph.db.allocationConfirmation.count({ where: { confirmedBy: FAMILIENHILFE.id } })).toBe(
      0,
    );
    const kept = await subgraph.db.allocationConfirmation.findUniqueOrThrow({
      where: { runId_providerId: { runId, providerId: 'beispiel-familienhilfe' } },
    });
    expect(kept.confirmedAt).not.toBeNull();
    // The database allows one proposal at a time whatever the code does.
    await subgraph.db.allocationRun.create({
      data: {
        offerValidForSeconds: 1,
        confirmBy: new Date(Date.now() + 3600_000),
        children: 0,
        offered: 0,
        waitlisted: 0,
        unplaced: 0,
      },
    });
    await expect(
      subgraph.db.allocationRun.create({
        data: {
          offerValidForSeconds: 1,
          confirmBy: new Date(Date.now() + 3600_000),
          children: 0,
          offered: 0,
          waitlisted: 0,
          unplaced: 0,
        },
      }),
    ).rejects.toThrow();
  });
});
