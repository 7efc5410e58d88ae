import { randomUUID } from 'node:crypto';
import { generateHubKeys, type HubKeys, type RunningSubgraph, type Viewer } from '@kaarst/kit';
import { type GraphQLResponse, startTestSubgraph, subgraphRequest } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { passSubgraph } from '../src/subgraph.ts';

const codes = (response: Pick<GraphQLResponse<unknown>, 'errors'>) =>
  (response.errors ?? []).map((e) => e.extensions?.code);

type Offer = {
  id: string;
  title: string;
  free: boolean;
  remaining: number | null;
  partner: { name: string };
};
type Redemption = {
  id: string;
  status: string;
  passNumber: string;
  invoiceReference: string | null;
  paymentInstructions: string | null;
};
const OFFER = 'id title free remaining partner { name }';
const CREATE = `mutation ($input: KaarstPassOfferInput!) { createKaarstPassOffer(input: $input) { ${OFFER} } }`;
const UPDATE = `mutation ($id: ID!, $input: KaarstPassOfferInput!) { updateKaarstPassOffer(id: $id, input: $input) { ${OFFER} } }`;
const REDEMPTION = 'id status passNumber invoiceReference paymentInstructions';
const REDEEM = `mutation ($offerId: ID!, $key: String!) { redeemKaarstPassOffer(offerId: $offerId, idempotencyKey: $key) { ${REDEMPTION} } }`;
const APPLY =
  'mutation ($input: ApplyForKaarstPassInput!) { applyForKaarstPass(input: $input) { id number status } }';
const PARTNER_REDEMPTIONS = `query ($offerId: ID) { myOfferRedemptions(offerId: $offerId) { ${REDEMPTION} offer { id } } }`;

const DAY = 86_400_000;
const offerInput = (extra: Record<string, unknown> = {}) => ({
  title: 'Schwimmkurs',
  description: 'Ein Kurs im Hallenbad',
  category: 'POOL',
  free: true,
  validFrom: new Date(Date.now() - DAY).toISOString(),
  validUntil: new Date(Date.now() + 30 * DAY).toISOString(),
  ...extra,
});

describe('pass: offers, redemptions, quotas and partners', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient>;
  const staff: Viewer = { id: randomUUID(), roles: ['staff'], department: 'kultur' };
  const partnerA: Viewer = { id: randomUUID(), roles: ['partner'] };
  const request = <T = Record<string, unknown>>(
    viewer: Viewer | null,
    query: string,
    variables?: Record<string, unknown>,
  ) => subgraphRequest<T>(subgraph.url, keys, viewer, query, variables);
  const holder = async (postalCode = '41564') => {
    const viewer: Viewer = { id: randomUUID(), roles: ['citizen'] };
    const applied = await request<{ applyForKaarstPass: { number: string } }>(viewer, APPLY, {
      input: { postalCode, street: 'Am Neumarkt 2' },
    });
    expect(applied.errors).toBeUndefined();
    return { viewer, number: applied.data?.applyForKaarstPass.number as string };
  };
  const createOffer = async (viewer: Viewer, input: Record<string, unknown>) => {
    const created = await request<{ createKaarstPassOffer: Offer }>(viewer, CREATE, {
      input: offerInput(input),
    });
    expect(created.errors).toBeUndefined();
    return created.data?.createKaarstPassOffer as Offer;
  };
  const redeem = (viewer: Viewer, offerId: string, key: string = randomUUID()) =>
    request<{ redeemKaarstPassOffer: Redemption }>(viewer, REDEEM, { offerId, key });
  const redemptionCount = (offerId: string) => subgraph.db.redemption.count({ where: { offerId } });

  beforeAll(async () => {
    keys = await generateHubKeys();
    subgraph = await startTestSubgraph(passSubgraph, { keys });
  });
  afterAll(async () => subgraph?.close());

  it('lists the city’s and partners’ current offers publicly, sample offers marked', async () => {
    const listed = await request<{ kaarstPassOffers: (Offer & { sample: boolean })[] }>(
      null,
      `{ kaarstPassOffers { ${OFFER} sample } }`,
    );
    const offers = listed.data?.kaarstPassOffers ?? [];
    expect(offers.length).toBeGreaterThanOrEqual(5);
    expect(offers.every((o) => o.sample && o.title.endsWith('(Beispiel)'))).toBe(true);
    expect(offers.filter((o) => o.partner.name === 'Stadt Kaarst').length).toBeGreaterThanOrEqual(3);
    expect(offers.some((o) => o.partner.name !== 'Stadt Kaarst' && !o.free)).toBe(true);
    // Where each is used (the app filters by it); the bus holds anywhere in town.
    const places = await request<{ kaarstPassOffers: Array<{ title: string; place: string | null }> }>(
      null,
      '{ kaarstPassOffers { title place } }',
    );
    const byTitle = new Map(places.data?.kaarstPassOffers.map((o) => [o.title, o.place]));
    expect(byTitle.get('Stadtbücherei: Jahresausweis (Beispiel)')).toBe('Stadtbücherei, Kaarst-Mitte');
    expect(byTitle.get('Bus im Stadtgebiet (Beispiel)')).toBeNull();
    const placed = await request<{ createKaarstPassOffer: { place: string | null } }>(
      staff,
      'mutation ($input: KaarstPassOfferInput!) { createKaarstPassOffer(input: $input) { place } }',
      { input: offerInput({ place: '  Büttgen  ' }) },
    );
    expect(placed.data?.createKaarstPassOffer.place).toBe('Büttgen');
  });

  it('keeps the quota under 30 concurrent redemptions of 30 passes: exactly 10 succeed', async () => {
    const offer = await createOffer(staff, { title: 'Konzertkarte', quota: 10 });
    const holders = await Promise.all(Array.from({ length: 30 }, () => holder()));
    const answers = await Promise.all(holders.map((h) => redeem(h.viewer, offer.id)));
    const succeeded = answers.filter((a) => a.data?.redeemKaarstPassOffer);
    expect(
      answers.flatMap((a) => a.errors ?? []).filter((e) => e.extensions?.code !== 'QUOTA_EXHAUSTED'),
    ).toEqual([]);
    expect(succeeded).toHaveLength(10);
    expect(answers.flatMap(codes).sort()).toEqual(Array(20).fill('QUOTA_EXHAUSTED'));
    expect(await redemptionCount(offer.id)).toBe(10);
    const stored = await subgraph.db.offer.findUniqueOrThrow({ where: { id: offer.id } });
    expect(stored.redeemed).toBe(10);
    const listed = await request<{ kaarstPassOffers: Offer[] }>(null, `{ kaarstPassOffers { ${OFFER} } }`);
    expect(listed.data?.kaarstPassOffers.find((o) => o.id === offer.id)?.remaining).toBe(0);
  });

  it('redeems once for one key sent 10 times at once, and refuses past the per-pass limit', async () => {
    const offer = await createOffer(staff, { title: 'Bibliotheksausweis', perPassLimit: 2 });
    const { viewer, number } = await holder();
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 10 }, () => redeem(viewer, offer.id, key)));
    expect(answers.flatMap(codes)).toEqual([]);
    const ids = new Set(answers.map((a) => a.data?.redeemKaarstPassOffer.id));
    expect(ids.size).toBe(1);
    expect(answers[0]?.data?.redeemKaarstPassOffer).toMatchObject({ status: 'REDEEMED', passNumber: number });
    expect(await redemptionCount(offer.id)).toBe(1);
    expect((await subgraph.db.offer.findUniqueOrThrow({ where: { id: offer.id } })).redeemed).toBe(1);
    expect((await redeem(viewer, offer.id)).errors).toBeUndefined();
    expect(codes(await redeem(viewer, offer.id))).toEqual(['REDEMPTION_LIMIT_REACHED']);
    // The same key for another offer is a mistake, not a redemption.
    const other = await createOffer(staff, { title: 'Stadtführung' });
    expect(codes(await redeem(viewer, other.id, key))).toEqual(['CONFLICT']);
    expect(await redemptionCount(offer.id)).toBe(2);
  });

  it('refuses without an active pass or outside the offer’s dates, with clear codes and nothing stored', async () => {
    const offer = await createOffer(staff, { title: 'Museumsbesuch' });
    const nobody: Viewer = { id: randomUUID(), roles: ['citizen'] };
    expect(codes(await redeem(nobody, offer.id))).toEqual(['PASS_NOT_ACTIVE']);
    const pending = await holder('40210');
    expect(codes(await redeem(pending.viewer, offer.id))).toEqual(['PASS_NOT_ACTIVE']);
    const expired = await holder();
    await subgraph.db.kaarstPass.updateMany({
      where: { number: expired.number },
      data: { validUntil: new Date(Date.now() - 1000) },
    });
    expect(codes(await redeem(expired.viewer, offer.id))).toEqual(['PASS_EXPIRED']);
    const later = await createOffer(staff, {
      title: 'Sommerfest',
      validFrom: new Date(Date.now() + DAY).toISOString(),
      validUntil: new Date(Date.now() + 2 * DAY).toISOString(),
    });
    const active = await holder();
    expect(codes(await redeem(active.viewer, later.id))).toEqual(['OFFER_NOT_AVAILABLE']);
    expect(codes(await redeem(active.viewer, randomUUID()))).toEqual(['NOT_FOUND']);
    expect(codes(await redeem(active.viewer, offer.id, 'short'))).toEqual(['BAD_USER_INPUT']);
    expect(await redemptionCount(offer.id)).toBe(0);
    expect(await redemptionCount(later.id)).toBe(0);
  });

  it('makes a paid redemption PAYMENT_PENDING with an invoice reference; staff mark it paid', async () => {
    const offer = await createOffer(partnerA, {
      title: 'Theaterkarte',
      free: false,
      priceCents: 1250,
      partnerName: 'Theater am See',
    });
    expect(offer).toMatchObject({ free: false, partner: { name: 'Theater am See' } });
    const { viewer } = await holder();
    const redeemed = (await redeem(viewer, offer.id)).data?.redeemKaarstPassOffer as Redemption;
    expect(redeemed.status).toBe('PAYMENT_PENDING');
    expect(redeemed.invoiceReference).toMatch(/^KPR-\d{6}$/);
    expect(redeemed.paymentInstructions).toContain(redeemed.invoiceReference);
    expect(redeemed.paymentInstructions).toContain('12,50');
    // One language per text: no English sentence appended to the German one.
    expect(redeemed.paymentInstructions).not.toMatch(/\b(Pay|at the counter|transfer)\b/);
    const PAID = `mutation ($id: ID!) { markKaarstPassRedemptionPaid(id: $id) { ${REDEMPTION} paidAt } }`;
    expect(codes(await request(viewer, PAID, { id: redeemed.id }))).toEqual(['FORBIDDEN']);
    expect(codes(await request(partnerA, PAID, { id: redeemed.id }))).toEqual(['FORBIDDEN']);
    const paid = await request<{ markKaarstPassRedemptionPaid: Redemption & { paidAt: string } }>(
      staff,
      PAID,
      {
        id: redeemed.id,
      },
    );
    expect(paid.data?.markKaarstPassRedemptionPaid).toMatchObject({ status: 'PAID' });
    expect(paid.data?.markKaarstPassRedemptionPaid.paidAt).not.toBeNull();
    const audit = await subgraph.db.auditEntry.findMany({ where: { recordId: redeemed.id } });
    expect(audit.map((a) => [a.action, a.detail])).toEqual([
      ['kaarstPassRedemption.paid', redeemed.invoiceReference],
    ]);
  });

  it('lets partners manage only their own offers and see only their redemptions, by pass number', async () => {
    // Partners of their own: the others above have redemptions of their own.
    const partnerA: Viewer = { id: randomUUID(), roles: ['partner'] };
    const partnerB: Viewer = { id: randomUUID(), roles: ['partner'] };
    const own = await createOffer(partnerA, { title: 'Kletterkurs', partnerName: 'Kletterhalle Kaarst' });
    const theirs = await createOffer(partnerB, { title: 'Yoga', partnerName: 'Yogaraum Büttgen' });
    const { viewer, number } = await holder();
    await redeem(viewer, own.id);
    await redeem(viewer, theirs.id);

    const seen = await request<{ myOfferRedemptions: (Redemption & { offer: { id: string } })[] }>(
      partnerA,
      PARTNER_REDEMPTIONS,
      {},
    );
    expect(seen.data?.myOfferRedemptions.map((r) => [r.offer.id, r.passNumber])).toEqual([[own.id, number]]);
    expect(codes(await request(partnerA, PARTNER_REDEMPTIONS, { offerId: theirs.id }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(
      codes(await request(partnerA, UPDATE, { id: theirs.id, input: offerInput({ partnerName: 'X' }) })),
    ).toEqual(['NOT_FOUND']);
    // The holder is nowhere in what partners can ask for.
    const holderField = await request(partnerA, '{ myOfferRedemptions { holderId } }');
    expect(codes(holderField)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const updated = await request<{ updateKaarstPassOffer: Offer }>(partnerA, UPDATE, {
      id: own.id,
      input: offerInput({ title: 'Kletterkurs für Kinder', partnerName: 'Kletterhalle Kaarst' }),
    });
    expect(updated.data?.updateKaarstPassOffer.title).toBe('Kletterkurs für Kinder');
    const mine = await request<{ myKaarstPassOffers: Offer[] }>(
      partnerA,
      `{ myKaarstPassOffers { ${OFFER} } }`,
    );
    expect(mine.data?.myKaarstPassOffers.map((o) => o.id)).toEqual([own.id]);
    // Citizens manage no offers; partners cannot speak for the city.
    expect(codes(await request(viewer, CREATE, { input: offerInput() }))).toEqual(['FORBIDDEN']);
    expect(
      codes(await request(partnerA, CREATE, { input: offerInput({ partnerName: 'Stadt Kaarst' }) })),
    ).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses bad offers with stable codes and stores nothing', async () => {
    const before = await subgraph.db.offer.count();
    const bad = [
      { free: false },
      { free: true, priceCents: 100 },
      { title: '' },
      { quota: 0 },
      { perPassLimit: 0 },
      { validUntil: new Date(Date.now() - 2 * DAY).toISOString() },
      { place: 'x'.repeat(201) },
    ];
    for (const input of bad) {
      expect(codes(await request(staff, CREATE, { input: offerInput(input) }))).toEqual(['BAD_USER_INPUT']);
    }
    expect(codes(await request(partnerA, CREATE, { input: offerInput() }))).toEqual(['BAD_USER_INPUT']);
    expect(await subgraph.db.offer.count()).toBe(before);
  });
});
