/**
 * The family navigator through the gateway: public search, a family's child and wish list,
 * the directives (@authenticated, @requiresScopes) and per-record rules, the providers'
 * view, a status change arriving live over the gateway's WebSocket with fields joined from
 * the subgraph, and the family's part of the personal-data export.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNA, codes, STAFF, startHub, type TestHub } from '../harness.ts';
import { wsClient } from '../live.ts';
import { newCitizenSession } from '../people.ts';

const STROLCHE = 'beispiel-kita-kleine-strolche';

describe('family navigator through the gateway', () => {
  let hub: TestHub;
  let anna: string;
  let childId: string;

  beforeAll(async () => {
    hub = await startHub({ subgraphs: ['family'] });
    anna = await hub.signIn(ANNA);
  });
  afterAll(() => hub?.close());

  it('searches Kitas near a point without signing in; a bad radius is BAD_USER_INPUT', async () => {
    const near = await hub.request<{ kitas: Array<{ id: string; distanceKm: number; sample: boolean }> }>(
      '{ kitas(search: { near: { latitude: 51.209, longitude: 6.628, radiusKm: 1 } }) { id distanceKm sample } }',
    );
    expect(codes(near)).toEqual([]);
    expect(near.data?.kitas[0]).toMatchObject({ id: STROLCHE, sample: true });
    const bad = await hub.request(
      '{ kitas(search: { near: { latitude: 51.2, longitude: 6.6, radiusKm: 0 } }) { id } }',
    );
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
  });

  it('a family applies; another family cannot read the child; the provider can', async () => {
    expect(codes(await hub.request('{ myChildren { id } }'))).toEqual(['UNAUTHENTICATED']);
    const added = await hub.request<{ addFamilyChild: { id: string } }>(
      'mutation { addFamilyChild(input: { firstName: "Lina", birthDate: "2024-02-01", startDate: "2026-08-01", weeklyHours: 35 }) { id } }',
      undefined,
      anna,
    );
    expect(codes(added)).toEqual([]);
    childId = added.data?.addFamilyChild.id as string;
    const applied = await hub.request(
      'mutation ($c: ID!, $k: ID!) { applyForKita(childId: $c, kitaId: $k) { rank status kita { name } } }',
      { c: childId, k: STROLCHE },
      anna,
    );
    expect(codes(applied)).toEqual([]);
    expect(
      codes(
        await hub.request(
          'mutation ($c: ID!) { applyForKita(childId: $c, kitaId: "gibt-es-nicht") { id } }',
          { c: childId },
          anna,
        ),
      ),
    ).toEqual(['NOT_FOUND']);

    const other = await newCitizenSession(hub);
    const stranger = await hub.request<{ familyChild: unknown }>(
      'query ($id: ID!) { familyChild(id: $id) { firstName } }',
      { id: childId },
      other,
    );
    expect(codes(stranger)).toEqual([]);
    expect(stranger.data?.familyChild).toBeNull();
    // A citizen is not a provider: the gateway refuses the providers' list.
    expect(
      codes(await hub.request(`{ kitaApplicants(kitaId: "${STROLCHE}") { id } }`, undefined, anna)),
    ).toEqual(['FORBIDDEN']);

    const partner = await hub.signIn('partner@example.org'); // the sample provider's coordinator
    const applicants = await hub.request<{ kitaApplicants: Array<{ child: { firstName: string } }> }>(
      `{ kitaApplicants(kitaId: "${STROLCHE}") { child { firstName } points } }`,
      undefined,
      partner,
    );
    expect(codes(applicants)).toEqual([]);
    expect(applicants.data?.kitaApplicants.map((a) => a.child.firstName)).toEqual(['Lina']);
  });

  it('the family sees the allocation’s offer live, through the gateway', async () => {
    const ws = wsClient(hub.url, anna);
    const live = ws.subscribe<{
      myKitaApplicationChanged: { status: string; kita: { name: string }; child: { firstName: string } };
    }>(
      'subscription { myKitaApplicationChanged { status offerExpiresAt kita { name } child { firstName } } }',
    );
    try {
      await new Promise((resolve) => setTimeout(resolve, 1500)); // the gateway opens the upstream subscription
      const staff = await hub.signIn(STAFF);
      const run = await hub.request<{ runKitaAllocation: { run: { id: string } } }>(
        'mutation { runKitaAllocation { offered run { id status } } }',
        undefined,
        staff,
      );
      expect(codes(run)).toEqual([]);
      // A proposal until the provider confirms: its coordinator (the demo partner) does.
      const partner = await hub.signIn('partner@example.org');
      const confirmed = await hub.request<{ confirmKitaAllocation: { status: string } }>(
        'mutation ($id: ID!) { confirmKitaAllocation(runId: $id) { status } }',
        { id: run.data?.runKitaAllocation.run.id },
        partner,
      );
      expect(codes(confirmed)).toEqual([]);
      expect(confirmed.data?.confirmKitaAllocation.status).toBe('RELEASED');
      const [event] = await live.waitFor(1, 10_000);
      expect(event?.data?.myKitaApplicationChanged).toMatchObject({
        status: 'OFFERED',
        child: { firstName: 'Lina' },
        kita: { name: 'Kita Kleine Strolche (Beispiel)' },
      });
    } finally {
      live.unsubscribe();
      await ws.dispose();
    }
  });

  it('the family’s children are in their personal-data export', async () => {
    const copy = await hub.request<{
      myPersonalData: { family: { children: Array<{ firstName: string; applications: unknown[] }> } };
    }>('{ myPersonalData { family } }', undefined, anna);
    expect(codes(copy)).toEqual([]);
    expect(copy.data?.myPersonalData.family.children.map((c) => c.firstName)).toEqual(['Lina']);
    expect(copy.data?.myPersonalData.family.children[0]?.applications).toHaveLength(1);
  });
});
