/**
 * The Kaarst Pass through the gateway: the contract query verbatim,
 * the demo citizen's QR token checked offline with the graph's public key and
 * revocation list (a free ride in the town's zone), redemptions free and paid,
 * the partner's view, and the pass revoked when the holder deletes the account.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import {
  ApplyForKaarstPassDocument,
  DeleteMyAccountDocument,
  KaarstPassOffersDocument,
  KaarstPassTokenDocument,
  KaarstPassVerificationDocument,
  MyKaarstPassDocument,
  MyOfferRedemptionsDocument,
  RedeemKaarstPassOfferDocument,
  SignUpDocument,
} from '@kaarst/contract';
import { type JWK, verifyKaarstPassToken } from '@kaarst/pass-verify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNA, codes, startHub, type TestHub } from '../harness.ts';

const PARTNER = 'partner@example.org';
const CONTRACT_OFFERS = 'query { kaarstPassOffers { id title free partner { name } } }';

/** Waits until `check` holds, or fails naming what did not happen. */
async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('Kaarst Pass through the gateway', () => {
  let hub: TestHub;
  let anna: string;
  beforeAll(async () => {
    hub = await startHub({ subgraphs: ['pass'] });
    anna = await hub.signIn(ANNA);
  });
  afterAll(() => hub?.close());

  const verification = async () => {
    const answer = await hub.execute(KaarstPassVerificationDocument);
    expect(answer.errors).toBeUndefined();
    return {
      key: answer.data?.kaarstPassVerificationKey as JWK,
      revoked: answer.data?.kaarstPassRevocations ?? [],
    };
  };

  it('answers the contract query verbatim: the city’s and partners’ offers, public', async () => {
    const verbatim = await hub.request<{
      kaarstPassOffers: { id: string; title: string; free: boolean; partner: { name: string } }[];
    }>(CONTRACT_OFFERS);
    expect(verbatim.errors).toBeUndefined();
    const offers = verbatim.data?.kaarstPassOffers ?? [];
    expect(offers.filter((o) => o.partner.name === 'Stadt Kaarst').length).toBeGreaterThanOrEqual(3);
    expect(offers.some((o) => o.partner.name !== 'Stadt Kaarst')).toBe(true);
    expect(offers.some((o) => o.free) && offers.some((o) => !o.free)).toBe(true);
    const typed = await hub.execute(KaarstPassOffersDocument);
    expect(typed.data?.kaarstPassOffers).toEqual(offers);
  });

  it('gives the demo citizen a token that a driver verifies offline: a free ride in Kaarst', async () => {
    const pass = (await hub.execute(MyKaarstPassDocument, undefined, anna)).data?.myKaarstPass;
    expect(pass?.status).toBe('ACTIVE');
    // Applying again changes nothing: one live pass per person.
    const again = await hub.execute(
      ApplyForKaarstPassDocument,
      { input: { postalCode: '41564', street: 'Am Neumarkt 2' } },
      anna,
    );
    expect(again.data?.applyForKaarstPass.id).toBe(pass?.id);
    const token = (await hub.execute(KaarstPassTokenDocument, undefined, anna)).data?.kaarstPassToken.token;
    const { key, revoked } = await verification();
    const checked = await verifyKaarstPassToken(token as string, key, {
      revokedNumbers: revoked,
      tripZone: 'kaarst',
    });
    expect(checked).toMatchObject({ valid: true, passNumber: pass?.number, freeRide: true });
    expect(codes(await hub.execute(KaarstPassTokenDocument))).toEqual(['UNAUTHENTICATED']);
  });

  it('redeems a free city offer idempotently and a paid partner offer as PAYMENT_PENDING; the partner sees only the number', async () => {
    const offers = (await hub.execute(KaarstPassOffersDocument)).data?.kaarstPassOffers ?? [];
    const cityFree = offers.find((o) => o.free && o.partner.name === 'Stadt Kaarst');
    const partnerPaid = offers.find((o) => !o.free && o.partner.name !== 'Stadt Kaarst');
    const key = randomUUID();
    const first = await hub.execute(
      RedeemKaarstPassOfferDocument,
      { offerId: cityFree?.id as string, idempotencyKey: key },
      anna,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data?.redeemKaarstPassOffer.status).toBe('REDEEMED');
    const repeated = await hub.execute(
      RedeemKaarstPassOfferDocument,
      { offerId: cityFree?.id as string, idempotencyKey: key },
      anna,
    );
    expect(repeated.data?.redeemKaarstPassOffer.id).toBe(first.data?.redeemKaarstPassOffer.id);

    const paid = await hub.execute(
      RedeemKaarstPassOfferDocument,
      { offerId: partnerPaid?.id as string, idempotencyKey: randomUUID() },
      anna,
    );
    expect(paid.data?.redeemKaarstPassOffer).toMatchObject({ status: 'PAYMENT_PENDING' });
    expect(paid.data?.redeemKaarstPassOffer.invoiceReference).toMatch(/^KPR-\d{6}$/);

    const partner = await hub.signIn(PARTNER);
    const seen = await hub.execute(MyOfferRedemptionsDocument, {}, partner);
    expect(seen.errors).toBeUndefined();
    expect(seen.data?.myOfferRedemptions.map((r) => [r.offer.id, r.passNumber])).toEqual([
      [partnerPaid?.id, first.data?.redeemKaarstPassOffer.passNumber],
    ]);
    // The city's offer is not the partner's.
    expect(
      codes(await hub.execute(MyOfferRedemptionsDocument, { offerId: cityFree?.id as string }, partner)),
    ).toEqual(['NOT_FOUND']);
    // Citizens are not partners: the gateway refuses before the subgraph is asked.
    expect(codes(await hub.execute(MyOfferRedemptionsDocument, {}, anna))).toEqual(['FORBIDDEN']);
  });

  it('revokes the pass when its holder deletes the account: the number goes on the list', async () => {
    const email = `pass-${randomBytes(4).toString('hex')}@example.org`;
    const signedUp = await hub.execute(SignUpDocument, {
      input: { email, displayName: 'Pass Probe', password: 'kaarst-pass-probe' },
    });
    const token = signedUp.data?.signUp.token as string;
    const applied = await hub.execute(
      ApplyForKaarstPassDocument,
      { input: { postalCode: '41564', street: 'Probeweg 3' } },
      token,
    );
    const number = applied.data?.applyForKaarstPass.number as string;
    expect(applied.data?.applyForKaarstPass.status).toBe('ACTIVE');
    const qr = (await hub.execute(KaarstPassTokenDocument, undefined, token)).data?.kaarstPassToken
      .token as string;
    expect((await verification()).revoked).not.toContain(number);
    // The person's copy of their data holds the pass with the address they gave.
    const copy = await hub.request<{
      myPersonalData: { pass: { passes: { number: string; street: string }[] } };
    }>('{ myPersonalData { pass } }', undefined, token);
    expect(copy.errors).toBeUndefined();
    expect(copy.data?.myPersonalData.pass.passes).toMatchObject([{ number, street: 'Probeweg 3' }]);

    const deleted = await hub.execute(DeleteMyAccountDocument, { confirmEmail: email }, token);
    expect(deleted.errors).toBeUndefined();
    await eventually(
      async () => (await verification()).revoked.includes(number),
      'the pass subgraph revokes the deleted account’s pass',
    );
    const { key, revoked } = await verification();
    expect(await verifyKaarstPassToken(qr, key, { revokedNumbers: revoked })).toMatchObject({
      valid: false,
      reason: 'REVOKED',
    });
  });
});
