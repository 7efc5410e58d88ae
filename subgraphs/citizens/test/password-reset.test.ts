/**
 * "Passwort vergessen?" on the citizens subgraph, with its real SMTP client
 * (nodemailer) sending to a real SMTP server in this test (smtp-server): the
 * link arrives by mail, the database holds only the token's hash, a used,
 * expired or unknown token is refused with INVALID_RESET_TOKEN, unknown
 * addresses get the same answer and no mail, requests are throttled, two
 * racing uses of one link cannot both win, and the reset ends earlier sessions.
 */
import { createHash } from 'node:crypto';
import { generateHubKeys, type HubKeys, type RunningSubgraph, signContextToken } from '@kaarst/kit';
import { type GraphQLResponse, startTestSubgraph, subgraphRequest } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { closeMail } from '../src/mailer.ts';
import { citizensSubgraph } from '../src/subgraph.ts';
import { type Mailbox, resetTokenOf, startMailbox } from './mailbox.ts';

const PUBLIC_URL = 'https://hub.kaarst.example';
const FROM = 'Stadt Kaarst <no-reply@kaarst.example>';
const STRONG = 'Wolken ziehen über den Rathausplatz';

const SIGN_UP = /* GraphQL */ `
  mutation ($input: SignUpInput!) { signUp(input: $input) { token citizen { id } } }`;
const SIGN_IN = /* GraphQL */ `
  mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }`;
const REQUEST = /* GraphQL */ `mutation ($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = /* GraphQL */ `
  mutation ($token: String!, $newPassword: String!) { resetPassword(token: $token, newPassword: $newPassword) }`;

const codeOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.code;
const reasonOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.reason;
const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');
/** When a session token was issued, in milliseconds (its `iat` claim). */
const issuedAt = (token: string) =>
  (JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { iat: number }).iat *
  1000;

describe('password reset by mail', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient>;
  let mailbox: Mailbox;
  const saved = {
    SMTP_URL: process.env.SMTP_URL,
    MAIL_FROM: process.env.MAIL_FROM,
    HUB_PUBLIC_URL: process.env.HUB_PUBLIC_URL,
  };
  const request = <T>(query: string, variables: Record<string, unknown>) =>
    subgraphRequest<T>(subgraph.url, keys, null, query, variables);
  const fromClient = async <T>(client: string, query: string, variables: Record<string, unknown>) => {
    const response = await fetch(subgraph.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-hub-context': await signContextToken(keys, null, { client }),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<T>, 'status'>) };
  };
  let accounts = 0;
  async function newAccount(): Promise<{ email: string; id: string; token: string }> {
    const email = `reset.${Date.now()}.${accounts++}@example.org`;
    const response = await request<{ signUp: { token: string; citizen: { id: string } } }>(SIGN_UP, {
      input: { email, displayName: 'Rita Reset', password: 'erstes langes Kennwort 2026' },
    });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return { email, id: response.data.signUp.citizen.id, token: response.data.signUp.token };
  }
  async function linkFor(email: string): Promise<string> {
    const before = mailbox.received.length;
    const response = await request<{ requestPasswordReset: boolean }>(REQUEST, { email });
    expect(response.errors).toBeUndefined();
    return resetTokenOf(await mailbox.next(email, before)).token;
  }

  beforeAll(async () => {
    mailbox = await startMailbox();
    Object.assign(process.env, { SMTP_URL: mailbox.url, MAIL_FROM: FROM, HUB_PUBLIC_URL: PUBLIC_URL });
    keys = await generateHubKeys();
    subgraph = await startTestSubgraph(citizensSubgraph, { keys });
  });
  afterAll(async () => {
    await subgraph?.close();
    closeMail();
    await mailbox?.close();
    for (const [name, value] of Object.entries(saved))
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
  });

  it('mails a link to the portal; the database keeps only the hash of its token, with an expiry', async () => {
    const { email, id } = await newAccount();
    const response = await request<{ requestPasswordReset: boolean }>(REQUEST, {
      email: ` ${email.toUpperCase()} `,
    });
    expect(response).toMatchObject({ status: 200, data: { requestPasswordReset: true } });
    const mail = await mailbox.next(email);
    expect(mail.to).toEqual([email]);
    expect(mail.headers.from).toBe(FROM);
    expect(mail.text).toContain('Guten Tag Rita Reset');
    const { link, token } = resetTokenOf(mail);
    expect(link).toBe(`${PUBLIC_URL}/#/passwort-neu/${token}`);

    const rows = await subgraph.db.passwordReset.findMany({ where: { accountId: id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).toBe(sha256(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    const minutes = ((rows[0]?.expiresAt.getTime() ?? 0) - (rows[0]?.createdAt.getTime() ?? 0)) / 60_000;
    expect(minutes).toBeCloseTo(30, 1);
  });

  it('answers an unknown address exactly as a known one, and mails nothing', async () => {
    const before = mailbox.received.length;
    const unknown = `niemand.${Date.now()}@example.org`;
    const response = await request<{ requestPasswordReset: boolean }>(REQUEST, { email: unknown });
    const { email } = await newAccount();
    const known = await request<{ requestPasswordReset: boolean }>(REQUEST, { email });
    expect(response).toEqual(known);
    await mailbox.next(email, before);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailbox.received.slice(before).map((mail) => mail.to)).toEqual([[email]]);
  });

  it('sets a new password once; the old one and the used link are refused', async () => {
    const { email, id, token: session } = await newAccount();
    const token = await linkFor(email);

    // Too weak: refused at the field, and the link stays usable.
    const weak = await request(RESET, { token, newPassword: '1234567890' });
    expect([codeOf(weak), reasonOf(weak)]).toEqual(['BAD_USER_INPUT', 'PASSWORD_TOO_WEAK']);
    expect(weak.errors?.[0]?.extensions?.field).toBe('newPassword');

    expect((await request(RESET, { token, newPassword: STRONG })).data).toEqual({ resetPassword: true });
    const again = await request(RESET, { token, newPassword: `${STRONG} nochmal` });
    expect([codeOf(again), reasonOf(again)]).toEqual(['INVALID_RESET_TOKEN', 'USED']);

    expect(codeOf(await request(SIGN_IN, { email, password: 'erstes langes Kennwort 2026' }))).toBe(
      'UNAUTHENTICATED',
    );
    const signedIn = await request<{ signIn: { token: string } }>(SIGN_IN, { email, password: STRONG });
    expect(signedIn.errors).toBeUndefined();

    // Earlier sessions end: the gateways learn the cutoff, which lies after the old token and
    // not after the new one.
    const cutoffs = await fetch(subgraph.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-hub-context': await signContextToken(keys, null, { gatewayService: true }),
      },
      body: JSON.stringify({ query: '{ sessionCutoffs { accountId validFrom } }' }),
    }).then(
      (r) =>
        r.json() as Promise<{ data: { sessionCutoffs: Array<{ accountId: string; validFrom: string }> } }>,
    );
    const cutoff = cutoffs.data.sessionCutoffs.find((c) => c.accountId === id);
    if (!cutoff) throw new Error(`no cutoff in ${JSON.stringify(cutoffs)}`);
    expect(issuedAt(session)).toBeLessThan(Date.parse(cutoff.validFrom));
    expect(issuedAt(signedIn.data?.signIn.token ?? '')).toBeGreaterThanOrEqual(Date.parse(cutoff.validFrom));
    // Only for the gateways.
    expect(codeOf(await request('{ sessionCutoffs { accountId } }', {}))).toBe('FORBIDDEN');

    const audit = await subgraph.db.auditEntry.findMany({
      where: { actorId: id, action: 'account.passwordReset' },
    });
    expect(audit).toHaveLength(1);
  });

  it('refuses an expired link, an unknown one, and the other links once one was used', async () => {
    const { email, id } = await newAccount();
    const first = await linkFor(email);
    const second = await linkFor(email);
    await subgraph.db.$executeRaw`
      UPDATE password_reset SET "createdAt" = now() - interval '2 hours', "expiresAt" = now() - interval '1 hour'
      WHERE "tokenHash" = ${sha256(first)}`;
    const expired = await request(RESET, { token: first, newPassword: STRONG });
    expect([codeOf(expired), reasonOf(expired)]).toEqual(['INVALID_RESET_TOKEN', 'EXPIRED']);

    for (const token of ['x'.repeat(43), 'kein Token', '']) {
      const unknown = await request(RESET, { token, newPassword: STRONG });
      expect([codeOf(unknown), reasonOf(unknown)]).toEqual(['INVALID_RESET_TOKEN', 'UNKNOWN']);
    }

    const third = await linkFor(email);
    expect((await request(RESET, { token: third, newPassword: STRONG })).data).toEqual({
      resetPassword: true,
    });
    const voided = await request(RESET, { token: second, newPassword: STRONG });
    expect([codeOf(voided), reasonOf(voided)]).toEqual(['INVALID_RESET_TOKEN', 'USED']);
    // The invariant holds in the database too: a row cannot be used after it expired.
    await expect(
      subgraph.db
        .$executeRaw`UPDATE password_reset SET "usedAt" = "expiresAt" + interval '1 second' WHERE "accountId" = ${id}::uuid`,
    ).rejects.toThrow(/password_reset_used_check/);
  });

  it('lets only one of two racing uses of a link win', async () => {
    const { email } = await newAccount();
    const token = await linkFor(email);
    const answers = await Promise.all([
      request<{ resetPassword: boolean }>(RESET, { token, newPassword: STRONG }),
      request<{ resetPassword: boolean }>(RESET, { token, newPassword: `${STRONG} und Regen` }),
    ]);
    const won = answers.filter((a) => a.data?.resetPassword === true);
    const lost = answers.filter((a) => codeOf(a) === 'INVALID_RESET_TOKEN');
    expect([won.length, lost.length]).toEqual([1, 1]);
    expect(reasonOf(lost[0] as GraphQLResponse<unknown>)).toBe('USED');
  });

  it('throttles requests per address (known or not) and per client address', async () => {
    const { email } = await newAccount();
    for (const address of [email, `unbekannt.${Date.now()}@example.org`]) {
      for (let i = 0; i < 3; i++)
        expect((await request(REQUEST, { email: address })).data).toEqual({ requestPasswordReset: true });
      const fourth = await request(REQUEST, { email: address });
      expect(codeOf(fourth)).toBe('RATE_LIMITED');
      expect(fourth.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    }
    const client = '203.0.113.77';
    for (let i = 0; i < 10; i++)
      expect(
        codeOf(await fromClient(client, REQUEST, { email: `viele.${i}.${Date.now()}@example.org` })),
      ).toBe(undefined);
    expect(codeOf(await fromClient(client, REQUEST, { email: `elf.${Date.now()}@example.org` }))).toBe(
      'RATE_LIMITED',
    );
  });
});
