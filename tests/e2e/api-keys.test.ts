import { MyApiKeysDocument, RevokeApiKeyDocument } from '@kaarst/contract';
import { generateHubKeys, signApiKey, signSessionToken } from '@kaarst/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNA, codes, issueApiKey, postGraphQL, STAFF, startHub, type TestHub } from '../harness.ts';

const ANNA_ID = '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0001';
const STAFF_ID = '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0002';
const ISSUE = 'mutation ($i: IssueApiKeyInput!) { issueApiKey(input: $i) { key } }';

/**
 * Third-party API keys, with registered documents enforced as in production:
 * a key lets an application send its own documents; a bad, foreign, forged or
 * revoked key is refused with INVALID_API_KEY before anything runs.
 */
describe('API keys', () => {
  let hub: TestHub;
  let anna: string;
  const query = '{ officeLocations { id } }';
  const withKey = (key: string, q = query) =>
    postGraphQL(hub.url, { query: q }, undefined, { 'x-api-key': key });

  beforeAll(async () => {
    hub = await startHub({
      gateway: { trustedDocuments: { enforce: true }, apiKeyRevocationRefreshMs: 200 },
    });
    anna = await hub.signIn(ANNA);
  });
  afterAll(() => hub?.close());

  it('a citizen issues a key and an application runs its own documents with it', async () => {
    const { key, id } = await issueApiKey(hub, anna, 'Kaarst open data map');
    expect(codes(await hub.request(query))).toEqual(['PERSISTED_QUERY_NOT_TRUSTED']);
    const answer = await withKey(key);
    expect(answer.errors).toBeUndefined();
    expect((answer.data as { officeLocations: unknown[] }).officeLocations.length).toBeGreaterThan(0);
    const mine = await hub.execute(MyApiKeysDocument, {}, anna);
    const listed = mine.data?.myApiKeys.find((k) => k.id === id);
    expect(listed).toMatchObject({ name: 'Kaarst open data map', ratePerMinute: 60, revokedAt: null });
    expect(key.endsWith(listed?.hint ?? '?')).toBe(true);
  });

  it('refuses keys that are not the hub’s: garbage, another hub’s, a session token, tampered claims', async () => {
    const { key } = await issueApiKey(hub, anna, 'to tamper with');
    const [header, payload, signature] = key.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const raised = Buffer.from(JSON.stringify({ ...claims, rpm: 100000 })).toString('base64url');
    const otherHub = await generateHubKeys();
    const foreign = (await signApiKey(otherHub, { ownerId: String(claims.owner), ratePerMinute: 60 })).key;
    const session = (await signSessionToken(hub.keys, { id: String(claims.owner), roles: ['citizen'] }))
      .token;
    for (const bad of ['nonsense', `${header}.${raised}.${signature}`, foreign, session, 'x'.repeat(5000)]) {
      const response = await withKey(bad);
      expect(response.status, bad.slice(0, 20)).toBe(401);
      expect(codes(response)).toEqual(['INVALID_API_KEY']);
    }
  });

  it('an API key is not a session: as a bearer token it is UNAUTHENTICATED', async () => {
    const { key } = await issueApiKey(hub, anna, 'not a session');
    const response = await postGraphQL(hub.url, { query: '{ me { id } }' }, key);
    expect(response.status).toBe(401);
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses an empty key and two keys in one request', async () => {
    expect(codes(await withKey(''))).toEqual(['INVALID_API_KEY']);
    const response = await fetch(hub.url, {
      method: 'POST',
      headers: [
        ['content-type', 'application/json'],
        ['x-api-key', 'a'],
        ['x-api-key', 'b'],
      ],
      body: JSON.stringify({ query }),
    });
    expect(response.status).toBe(401);
    expect(
      ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
    ).toBe('INVALID_API_KEY');
  });

  it('a revoked key stops working at the gateway; revoking again changes nothing', async () => {
    const { key, id } = await issueApiKey(hub, anna, 'short-lived');
    expect((await withKey(key)).errors).toBeUndefined();
    const revoked = await hub.execute(RevokeApiKeyDocument, { id }, anna);
    expect(revoked.data?.revokeApiKey.revokedAt).toBeTruthy();
    const again = await hub.execute(RevokeApiKeyDocument, { id }, anna);
    expect(again.data?.revokeApiKey.revokedAt).toBe(revoked.data?.revokeApiKey.revokedAt);
    let response = await withKey(key);
    for (let i = 0; i < 50 && response.status !== 401; i++) {
      await new Promise((r) => setTimeout(r, 100));
      response = await withKey(key);
    }
    expect(codes(response)).toEqual(['INVALID_API_KEY']);
    expect(response.errors?.[0]?.message).toContain('revoked');
  });

  it('nobody else may revoke or see a citizen’s key; staff may revoke it', async () => {
    const { id } = await issueApiKey(hub, anna, 'Anna’s');
    const staff = await hub.signIn(STAFF);
    // A real, signed-in citizen who is not Anna (an account id the demo data does not hold).
    const stranger = (
      await signSessionToken(hub.keys, { id: '0b5f3c1e-4a57-4c1a-9e61-5a1d2b7c0999', roles: ['citizen'] })
    ).token;
    expect(codes(await hub.execute(RevokeApiKeyDocument, { id }, stranger))).toEqual(['NOT_FOUND']);
    expect((await hub.execute(MyApiKeysDocument, {}, stranger)).data?.myApiKeys).toEqual([]);
    const byStaff = await hub.execute(RevokeApiKeyDocument, { id }, staff);
    expect(byStaff.data?.revokeApiKey.revokedAt).toBeTruthy();
  });

  it('self-service has limits: 60 per minute, own account only, 5 active keys', async () => {
    // These documents are not registered: send them the way an application would, with a key.
    const { key } = await issueApiKey(hub, anna, 'for sending documents');
    const send = (input: Record<string, unknown>) =>
      postGraphQL(hub.url, { query: ISSUE, variables: { i: input } }, anna, { 'x-api-key': key });
    expect(codes(await send({ name: 'fast', ratePerMinute: 1000 }))).toEqual(['FORBIDDEN']);
    expect(codes(await send({ name: 'for the office', ownerId: STAFF_ID }))).toEqual(['FORBIDDEN']);
    expect(codes(await send({ name: 'x', ownerId: 'not-an-id' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await send({ name: '' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await send({ name: 'x', ratePerMinute: 0 }))).toEqual(['BAD_USER_INPUT']);
    // Anna holds several already (earlier tests revoked two); fill up to 5 active, then one more is refused.
    const active =
      (await hub.execute(MyApiKeysDocument, {}, anna)).data?.myApiKeys.filter((k) => !k.revokedAt) ?? [];
    for (let i = active.length; i < 5; i++)
      expect((await send({ name: `fill ${i}` })).errors).toBeUndefined();
    expect(codes(await send({ name: 'one too many' }))).toEqual(['FORBIDDEN']);
  });

  it('staff issue keys to others with higher rates and see every key', async () => {
    const staff = await hub.signIn(STAFF);
    const { key } = await issueApiKey(hub, staff, 'staff tooling');
    const issued = await postGraphQL<{
      issueApiKey: { apiKey: { ratePerMinute: number; owner: { id: string } } };
    }>(
      hub.url,
      {
        query:
          'mutation ($i: IssueApiKeyInput!) { issueApiKey(input: $i) { apiKey { ratePerMinute owner { id } } } }',
        variables: { i: { name: 'Verkehrsverbund dashboard', ownerId: ANNA_ID, ratePerMinute: 6000 } },
      },
      staff,
      { 'x-api-key': key },
    );
    expect(issued.errors).toBeUndefined();
    expect(issued.data?.issueApiKey.apiKey).toEqual({ ratePerMinute: 6000, owner: { id: ANNA_ID } });
    const all = await postGraphQL<{ apiKeys: { name: string }[] }>(
      hub.url,
      { query: '{ apiKeys { name } }' },
      staff,
      { 'x-api-key': key },
    );
    expect(all.data?.apiKeys.map((k) => k.name)).toContain('Verkehrsverbund dashboard');
    const asCitizen = await postGraphQL(hub.url, { query: '{ apiKeys { name } }' }, anna, {
      'x-api-key': key,
    });
    expect(codes(asCitizen)).toEqual(['FORBIDDEN']);
  });
});
