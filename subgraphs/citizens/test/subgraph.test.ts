import { randomUUID } from 'node:crypto';
import {
  generateHubKeys,
  type HubKeys,
  hubSessionVerifier,
  type RunningSubgraph,
  type Viewer,
  verifySessionToken,
} from '@kaarst/kit';
import { type GraphQLResponse, startTestSubgraph, subgraphRequest } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { citizensSubgraph } from '../src/subgraph.ts';

const ANNA_EMAIL = 'anna.schmitz@example.org';
const STAFF_EMAIL = 'buergerbuero@example.org';
const PASSWORD = 'kaarst-demo';

const SIGN_IN = /* GraphQL */ `
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      token
      expiresAt
      citizen { id displayName email roles department }
    }
  }
`;
const ENTITIES = /* GraphQL */ `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Citizen { id displayName email }
    }
  }
`;

type Person = {
  id: string;
  displayName: string;
  email: string | null;
  roles: string[];
  department: string | null;
};
type SignIn = { signIn: { token: string; expiresAt: string; citizen: Person } };
type Entities = { _entities: Array<{ id: string; displayName: string; email: string | null } | null> };

const codes = (response: Pick<GraphQLResponse<unknown>, 'errors'>) =>
  (response.errors ?? []).map((e) => e.extensions?.code);

describe('citizens subgraph', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient>;
  let anna: Person;
  let clerk: Person;
  const request = <T = Record<string, unknown>>(
    viewer: Viewer | null,
    query: string,
    variables?: Record<string, unknown>,
  ) => subgraphRequest<T>(subgraph.url, keys, viewer, query, variables);
  const signIn = (email: string, password: string) => request<SignIn>(null, SIGN_IN, { email, password });
  const verifier = () => hubSessionVerifier(keys);

  beforeAll(async () => {
    keys = await generateHubKeys();
    subgraph = await startTestSubgraph(citizensSubgraph, { keys });
  });
  afterAll(async () => {
    await subgraph?.close();
  });

  describe('signIn', () => {
    it('signs in the demo citizen with a session token the hub accepts', async () => {
      const before = Date.now();
      const response = await signIn(ANNA_EMAIL, PASSWORD);
      expect(response.errors).toBeUndefined();
      const session = response.data?.signIn;
      if (!session) throw new Error('no session');
      anna = session.citizen;
      expect(anna).toMatchObject({ displayName: 'Anna Schmitz', roles: ['CITIZEN'], department: null });
      expect(anna.id).toMatch(/^[0-9a-f-]{36}$/);

      const viewer = await verifySessionToken(session.token, verifier());
      expect(viewer).toEqual({ id: anna.id, roles: ['citizen'] });
      // eight hours
      const expiresAt = Date.parse(session.expiresAt);
      expect(session.expiresAt).toMatch(/Z$/);
      expect(expiresAt).toBeGreaterThan(before + 8 * 3600_000 - 5_000);
      expect(expiresAt).toBeLessThan(Date.now() + 8 * 3600_000 + 5_000);
    });

    it('the token is refused by other keys', async () => {
      const response = await signIn(ANNA_EMAIL, PASSWORD);
      const other = await generateHubKeys();
      await expect(
        verifySessionToken(response.data?.signIn.token ?? '', hubSessionVerifier(other)),
      ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    });

    it('signs in staff with their role and department', async () => {
      const response = await signIn(STAFF_EMAIL, PASSWORD);
      expect(response.errors).toBeUndefined();
      const session = response.data?.signIn;
      if (!session) throw new Error('no session');
      clerk = session.citizen;
      expect(clerk).toMatchObject({ roles: ['STAFF'], department: 'buergerbuero' });
      expect(await verifySessionToken(session.token, verifier())).toEqual({
        id: clerk.id,
        roles: ['staff'],
        department: 'buergerbuero',
      });
    });

    it('ignores case and surrounding spaces in the email', async () => {
      expect(anna).toBeDefined();
      const response = await signIn('  Anna.Schmitz@Example.ORG ', PASSWORD);
      expect(response.errors).toBeUndefined();
      expect(response.data?.signIn.citizen.id).toBe(anna.id);
    });

    // signIn runs before the request has a viewer; the person signing in still sees their email.
    it('shows the signed-in person their own email in the session', async () => {
      const response = await signIn(ANNA_EMAIL, PASSWORD);
      expect(response.errors).toBeUndefined();
      expect(response.data?.signIn.citizen.email).toBe(ANNA_EMAIL);
    });

    it('wrong password and unknown email both give UNAUTHENTICATED with the same message', async () => {
      const wrongPassword = await signIn(ANNA_EMAIL, 'kaarst-demo-wrong');
      const unknownEmail = await signIn('nobody@example.org', PASSWORD);
      for (const response of [wrongPassword, unknownEmail]) {
        expect(response.data ?? null).toBeNull();
        expect(codes(response)).toEqual(['UNAUTHENTICATED']);
        expect(JSON.stringify(response)).not.toContain('token');
      }
      expect(wrongPassword.errors?.[0]?.message).toBe(unknownEmail.errors?.[0]?.message);
      expect(wrongPassword.errors?.[0]?.message).toBe('Email or password is wrong.');
    });

    it('refuses what is not an email address, or an empty password, with BAD_USER_INPUT', async () => {
      expect(codes(await signIn('anna', PASSWORD))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await signIn(ANNA_EMAIL, ''))).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('me', () => {
    it('is null for an anonymous caller', async () => {
      const response = await request(null, '{ me { id } }');
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({ me: null });
    });

    it('is the signed-in person', async () => {
      expect(anna).toBeDefined();
      const response = await request<{ me: Person }>(
        { id: anna.id, roles: ['citizen'] },
        '{ me { id displayName email roles } }',
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.me).toEqual({
        id: anna.id,
        displayName: 'Anna Schmitz',
        email: ANNA_EMAIL,
        roles: ['CITIZEN'],
      });
    });
  });

  describe('entity resolution (_entities)', () => {
    const annaRef = () => ({ representations: [{ __typename: 'Citizen', id: anna.id }] });

    it('resolves a person for themselves', async () => {
      expect(anna).toBeDefined();
      const response = await request<Entities>({ id: anna.id, roles: ['citizen'] }, ENTITIES, annaRef());
      expect(response.errors).toBeUndefined();
      expect(response.data?._entities).toEqual([
        { id: anna.id, displayName: 'Anna Schmitz', email: ANNA_EMAIL },
      ]);
    });

    it('resolves a person for staff', async () => {
      expect(anna).toBeDefined();
      const response = await request<Entities>({ id: randomUUID(), roles: ['staff'] }, ENTITIES, annaRef());
      expect(response.errors).toBeUndefined();
      expect(response.data?._entities).toEqual([
        { id: anna.id, displayName: 'Anna Schmitz', email: ANNA_EMAIL },
      ]);
    });

    it('is null for another citizen and for an anonymous caller', async () => {
      expect(anna).toBeDefined();
      const other = await request<Entities>({ id: randomUUID(), roles: ['citizen'] }, ENTITIES, annaRef());
      expect(other.errors).toBeUndefined();
      expect(other.data?._entities).toEqual([null]);
      const anonymous = await request<Entities>(null, ENTITIES, annaRef());
      expect(anonymous.errors).toBeUndefined();
      expect(anonymous.data?._entities).toEqual([null]);
    });

    it('resolves several references in order, each by its own rule', async () => {
      expect(anna && clerk).toBeTruthy();
      const response = await request<Entities>({ id: anna.id, roles: ['citizen'] }, ENTITIES, {
        representations: [
          { __typename: 'Citizen', id: clerk.id },
          { __typename: 'Citizen', id: anna.id },
        ],
      });
      expect(response.errors).toBeUndefined();
      expect(response.data?._entities).toEqual([
        null,
        { id: anna.id, displayName: 'Anna Schmitz', email: ANNA_EMAIL },
      ]);
    });

    it('is null for staff asking about an id that does not exist', async () => {
      const response = await request<Entities>({ id: randomUUID(), roles: ['staff'] }, ENTITIES, {
        representations: [{ __typename: 'Citizen', id: randomUUID() }],
      });
      expect(response.errors).toBeUndefined();
      expect(response.data?._entities).toEqual([null]);
    });
  });

  it('refuses a request without the x-hub-context header with 401', async () => {
    const response = await fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SIGN_IN, variables: { email: ANNA_EMAIL, password: PASSWORD } }),
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as GraphQLResponse;
    expect(codes(body)).toEqual(['UNAUTHENTICATED']);
  });
});
