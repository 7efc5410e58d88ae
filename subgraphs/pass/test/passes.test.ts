import { randomUUID } from 'node:crypto';
import { generateHubKeys, type HubKeys, type RunningSubgraph, type Viewer } from '@kaarst/kit';
import { type GraphQLResponse, startTestSubgraph, subgraphRequest } from '@kaarst/kit/testing';
import { verifyKaarstPassToken } from '@kaarst/pass-verify';
import type { JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { erasePassData } from '../src/privacy.ts';
import { passSubgraph } from '../src/subgraph.ts';

const codes = (response: Pick<GraphQLResponse<unknown>, 'errors'>) =>
  (response.errors ?? []).map((e) => e.extensions?.code);

type Pass = {
  id: string;
  number: string;
  status: string;
  validFrom: string | null;
  validUntil: string | null;
};
const PASS = 'id number status validFrom validUntil';
const APPLY = `mutation ($input: ApplyForKaarstPassInput!) { applyForKaarstPass(input: $input) { ${PASS} } }`;
const DECIDE = `mutation ($id: ID!, $approve: Boolean!, $reason: String!) { decideKaarstPassApplication(id: $id, approve: $approve, reason: $reason) { ${PASS} statusReason } }`;
const SUSPEND = `mutation ($id: ID!, $reason: String!) { suspendKaarstPass(id: $id, reason: $reason) { ${PASS} } }`;
const REACTIVATE = `mutation ($id: ID!, $reason: String!) { reactivateKaarstPass(id: $id, reason: $reason) { ${PASS} } }`;
const REVOKE = `mutation ($id: ID!, $reason: String!) { revokeKaarstPass(id: $id, reason: $reason) { ${PASS} } }`;
const TOKEN = '{ kaarstPassToken { token refreshAt expiresAt } }';
const MY_PASS = `{ myKaarstPass { ${PASS} postalCode street } }`;

describe('pass: issuance, staff decisions, the QR token', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient>;
  const citizen = (): Viewer => ({ id: randomUUID(), roles: ['citizen'] });
  const staff: Viewer = { id: randomUUID(), roles: ['staff'], department: 'buergerbuero' };
  const request = <T = Record<string, unknown>>(
    viewer: Viewer | null,
    query: string,
    variables?: Record<string, unknown>,
  ) => subgraphRequest<T>(subgraph.url, keys, viewer, query, variables);
  const apply = (viewer: Viewer, postalCode: string, street = 'Am Neumarkt 2') =>
    request<{ applyForKaarstPass: Pass }>(viewer, APPLY, { input: { postalCode, street } });
  const count = async (table: string) =>
    Number((await subgraph.db.$queryRawUnsafe<[{ n: bigint }]>(`SELECT count(*) AS n FROM ${table}`))[0].n);
  const publicKey = async () =>
    (await request<{ kaarstPassVerificationKey: JWK }>(null, '{ kaarstPassVerificationKey }')).data
      ?.kaarstPassVerificationKey as JWK;
  const revocations = async () =>
    (await request<{ kaarstPassRevocations: string[] }>(null, '{ kaarstPassRevocations }')).data
      ?.kaarstPassRevocations ?? [];

  beforeAll(async () => {
    keys = await generateHubKeys();
    subgraph = await startTestSubgraph(passSubgraph, { keys });
  });
  afterAll(async () => subgraph?.close());

  it('approves a Kaarst address at once for one year, with a number; a second application returns it', async () => {
    const anna = citizen();
    const first = await apply(anna, '41564');
    expect(first.errors).toBeUndefined();
    const pass = first.data?.applyForKaarstPass as Pass;
    expect(pass.number).toMatch(/^KP-\d{6}$/);
    expect(pass.status).toBe('ACTIVE');
    const from = new Date(pass.validFrom as string);
    const until = new Date(pass.validUntil as string);
    expect(Math.abs(from.getTime() - Date.now())).toBeLessThan(60_000);
    expect(until.getUTCFullYear() - from.getUTCFullYear()).toBe(1);
    expect(until.getUTCMonth()).toBe(from.getUTCMonth());

    const again = await apply(anna, '41564', 'Andere Straße 5');
    expect(again.data?.applyForKaarstPass).toEqual(pass);
    const mine = await request<{ myKaarstPass: Pass & { street: string } }>(anna, MY_PASS);
    expect(mine.data?.myKaarstPass).toMatchObject({
      id: pass.id,
      street: 'Am Neumarkt 2',
      postalCode: '41564',
    });
  });

  it('gives one pass to concurrent applications of one person', async () => {
    const ben = citizen();
    const answers = await Promise.all(Array.from({ length: 5 }, () => apply(ben, '41564')));
    const ids = new Set(answers.map((a) => a.data?.applyForKaarstPass.id));
    expect(answers.flatMap(codes)).toEqual([]);
    expect(ids.size).toBe(1);
  });

  it('sends other addresses to staff, who approve or reject with a reason, audited', async () => {
    const clara = citizen();
    const pending = (await apply(clara, '41460', 'Büttger Straße 1')).data?.applyForKaarstPass as Pass;
    expect(pending).toMatchObject({ status: 'PENDING', validFrom: null, validUntil: null });
    expect(codes(await request(clara, TOKEN))).toEqual(['PASS_NOT_ACTIVE']);
    // A citizen may not decide.
    expect(codes(await request(clara, DECIDE, { id: pending.id, approve: true, reason: 'ich' }))).toEqual([
      'FORBIDDEN',
    ]);
    const queue = await request<{ pendingKaarstPassApplications: Pass[] }>(
      staff,
      `{ pendingKaarstPassApplications { ${PASS} } }`,
    );
    expect(queue.data?.pendingKaarstPassApplications.map((p) => p.id)).toContain(pending.id);
    const approved = await request<{ decideKaarstPassApplication: Pass & { statusReason: string } }>(
      staff,
      DECIDE,
      { id: pending.id, approve: true, reason: 'Meldebescheinigung vorgelegt' },
    );
    expect(approved.data?.decideKaarstPassApplication).toMatchObject({
      status: 'ACTIVE',
      statusReason: 'Meldebescheinigung vorgelegt',
    });
    expect(approved.data?.decideKaarstPassApplication.validUntil).not.toBeNull();
    // Decided once: not again.
    expect(codes(await request(staff, DECIDE, { id: pending.id, approve: false, reason: 'x' }))).toEqual([
      'CONFLICT',
    ]);

    const dora = citizen();
    const other = (await apply(dora, '40210', 'Königsallee 1')).data?.applyForKaarstPass as Pass;
    const rejected = await request<{ decideKaarstPassApplication: Pass }>(staff, DECIDE, {
      id: other.id,
      approve: false,
      reason: 'Kein Wohnsitz in Kaarst',
    });
    expect(rejected.data?.decideKaarstPassApplication.status).toBe('REJECTED');
    const audit = await subgraph.db.auditEntry.findMany({
      where: { recordId: { in: [pending.id, other.id] } },
      orderBy: { at: 'asc' },
    });
    expect(audit.map((a) => [a.action, a.actorId, a.detail])).toEqual([
      ['kaarstPass.approve', staff.id, 'Meldebescheinigung vorgelegt'],
      ['kaarstPass.reject', staff.id, 'Kein Wohnsitz in Kaarst'],
    ]);
  });

  it('refuses bad input with stable codes and stores nothing', async () => {
    const before = await count('kaarst_pass');
    const eve = citizen();
    for (const input of [
      { postalCode: '4156', street: 'Am Neumarkt 2' },
      { postalCode: 'abcde', street: 'Am Neumarkt 2' },
      { postalCode: '41564', street: ' ' },
    ]) {
      expect(codes(await request(eve, APPLY, { input }))).toEqual(['BAD_USER_INPUT']);
    }
    expect(codes(await request(null, APPLY, { input: { postalCode: '41564', street: 'x' } }))).toEqual([
      'UNAUTHENTICATED',
    ]);
    const pass = (await apply(citizen(), '41564')).data?.applyForKaarstPass as Pass;
    expect(codes(await request(staff, SUSPEND, { id: pass.id, reason: '  ' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await request(staff, SUSPEND, { id: randomUUID(), reason: 'Missbrauch' }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(await count('kaarst_pass')).toBe(before + 1);
    expect(await subgraph.db.auditEntry.count({ where: { recordId: pass.id } })).toBe(0);
  });

  it('gives the holder a token that verifies offline; suspension puts the number on the revocation list', async () => {
    const fritz = citizen();
    const pass = (await apply(fritz, '41564')).data?.applyForKaarstPass as Pass;
    const issued = await request<{
      kaarstPassToken: { token: string; refreshAt: string; expiresAt: string };
    }>(fritz, TOKEN);
    expect(issued.errors).toBeUndefined();
    const { token, refreshAt, expiresAt } = issued.data?.kaarstPassToken ?? {
      token: '',
      refreshAt: '',
      expiresAt: '',
    };
    expect(new Date(expiresAt).getTime() - new Date(refreshAt).getTime()).toBe(30_000);
    const key = await publicKey();
    expect(Object.keys(key).sort()).toEqual(['crv', 'kty', 'x']);
    const verified = await verifyKaarstPassToken(token, key, {
      revokedNumbers: await revocations(),
      tripZone: 'kaarst',
    });
    expect(verified).toMatchObject({ valid: true, passNumber: pass.number, freeRide: true });
    // Whole seconds in the pass and in the token alike.
    expect(verified.validUntil?.toISOString()).toBe(pass.validUntil);

    await request(staff, SUSPEND, { id: pass.id, reason: 'Verdacht auf Weitergabe' });
    expect(await revocations()).toContain(pass.number);
    expect(codes(await request(fritz, TOKEN))).toEqual(['PASS_NOT_ACTIVE']);
    const cached = await verifyKaarstPassToken(token, key, { revokedNumbers: await revocations() });
    expect(cached).toMatchObject({ valid: false, reason: 'REVOKED' });

    const back = await request<{ reactivateKaarstPass: Pass }>(staff, REACTIVATE, {
      id: pass.id,
      reason: 'geklärt',
    });
    expect(back.data?.reactivateKaarstPass.status).toBe('ACTIVE');
    expect(await revocations()).not.toContain(pass.number);
    await request(staff, REVOKE, { id: pass.id, reason: 'Wegzug' });
    expect(await revocations()).toContain(pass.number);
    // Revoked is final: reactivation is refused, and the person may apply anew.
    expect(codes(await request(staff, REACTIVATE, { id: pass.id, reason: 'x' }))).toEqual(['CONFLICT']);
    const renewed = (await apply(fritz, '41564')).data?.applyForKaarstPass as Pass;
    expect(renewed.number).not.toBe(pass.number);
  });

  it('shows an expired pass as EXPIRED, gives it no token, and renews it on a new application', async () => {
    const gerd = citizen();
    const pass = (await apply(gerd, '41564')).data?.applyForKaarstPass as Pass;
    await subgraph.db.kaarstPass.update({
      where: { id: pass.id },
      data: { validUntil: new Date(Date.now() - 1000) },
    });
    expect((await request<{ myKaarstPass: Pass }>(gerd, MY_PASS)).data?.myKaarstPass.status).toBe('EXPIRED');
    expect(codes(await request(gerd, TOKEN))).toEqual(['PASS_EXPIRED']);
    const renewed = (await apply(gerd, '41564')).data?.applyForKaarstPass as Pass;
    expect(renewed).toMatchObject({ id: pass.id, number: pass.number, status: 'ACTIVE' });
    expect(new Date(renewed.validUntil as string).getTime()).toBeGreaterThan(Date.now());
  });

  it('erases a deleted account: pass revoked and on the list, address gone, twice is harmless', async () => {
    const hanna = citizen();
    const pass = (await apply(hanna, '41564', 'Geheimweg 7')).data?.applyForKaarstPass as Pass;
    await request(staff, SUSPEND, { id: pass.id, reason: 'Hanna hat angerufen' });
    await request(staff, REACTIVATE, { id: pass.id, reason: 'Hanna erneut' });
    expect(await erasePassData(subgraph.db, hanna.id)).toEqual({ passes: 1, revoked: 1 });
    expect(await erasePassData(subgraph.db, hanna.id)).toEqual({ passes: 0, revoked: 0 });
    const row = await subgraph.db.kaarstPass.findUniqueOrThrow({ where: { id: pass.id } });
    expect(row).toMatchObject({ status: 'REVOKED', holderId: null, postalCode: null, street: null });
    expect(await revocations()).toContain(pass.number);
    const details = await subgraph.db.auditEntry.findMany({ where: { recordId: pass.id } });
    expect(details.map((d) => d.detail)).toEqual([null, null]);
    expect((await request(hanna, MY_PASS)).data).toEqual({ myKaarstPass: null });
  });
});
