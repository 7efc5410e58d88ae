import { subscribeToSubgraph } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HIDE_AFTER_REPORTS } from '../src/moderation.ts';
import { SAMPLE_PROCESS_ID } from '../src/seed.ts';
import { citizen, type Harness, STAFF, startParticipation } from './helpers.ts';

const CREATE_PROCESS = `mutation ($input: ProcessInput!) { createProcess(input: $input) { id phase } }`;
const OPEN = `mutation ($id: ID!) { setProcessPhase(id: $id, phase: OPEN) { id phase } }`;
const PROPOSE = `mutation ($input: ProposalInput!) { createProposal(input: $input) { id status supportCount mine followedByMe location { latitude } } }`;
const SUPPORT = `mutation ($id: ID!) { supportProposal(proposalId: $id) { id supportCount thresholdReached supportedByMe } }`;
const ANSWER = `mutation ($input: ProposalAnswerInput!) { answerProposal(input: $input) { id status answer } }`;
const COMMENT = `mutation ($p: ID!, $b: String!, $parent: ID) { addComment(proposalId: $p, body: $b, parentId: $parent) { id body mine } }`;
const REPORT = `mutation ($type: ContributionType!, $id: ID!) { reportContribution(type: $type, id: $id, reason: "Beleidigend") }`;

const wait = async (check: () => boolean, ms = 5000) => {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('participation: proposals, supports, answers, comments, moderation', () => {
  let h: Harness;
  let processId: string;
  let proposalId: string;
  beforeAll(async () => {
    h = await startParticipation();
    const made = await h.ask(STAFF, CREATE_PROCESS, {
      input: { title: 'Testprozess', description: 'Test', minimumAge: 16, supportThreshold: 3 },
    });
    processId = made.data.createProcess.id;
    expect((await h.ask(STAFF, OPEN, { id: processId })).data.setProcessPhase.phase).toBe('OPEN');
  });
  afterAll(() => h?.close());

  it('lists the sample process to anyone', async () => {
    const answer = await h.ask(null, '{ participationProcesses { id proposals { id title } } }');
    expect(answer.errors).toBeUndefined();
    const sample = answer.data.participationProcesses.find((p: { id: string }) => p.id === SAMPLE_PROCESS_ID);
    expect(sample.proposals).toHaveLength(2);
  });

  it('a verified resident proposes; an account alone, a minor or anonymous may not', async () => {
    const input = {
      processId,
      title: 'Neue Bänke',
      body: 'Bitte mehr Bänke am Markt aufstellen.',
      category: 'Stadtgrün',
      district: 'Kaarst-Mitte',
      latitude: 51.2286,
      longitude: 6.6178,
    };
    expect(await h.codes(null, PROPOSE, { input })).toEqual(['UNAUTHENTICATED']);
    const unverified = await h.ask(citizen(), PROPOSE, { input });
    expect(unverified.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_VERIFIED' });
    const minor = await h.verified(`${new Date().getUTCFullYear() - 12}-01-01`);
    expect((await h.ask(minor, PROPOSE, { input })).errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'TOO_YOUNG',
    });
    const author = await h.verified();
    expect(await h.codes(author, PROPOSE, { input: { ...input, latitude: 48.1 } })).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(await h.codes(author, PROPOSE, { input: { ...input, title: 'x' } })).toEqual(['BAD_USER_INPUT']);
    const made = await h.ask(author, PROPOSE, { input });
    expect(made.errors).toBeUndefined();
    expect(made.data.createProposal).toMatchObject({
      status: 'PUBLISHED',
      supportCount: 0,
      mine: true,
      followedByMe: true,
    });
    proposalId = made.data.createProposal.id;
  });

  it('one support per verified person: a second is CONFLICT/ALREADY_SUPPORTED, also when racing', async () => {
    const watcher = subscribeToSubgraph<{ supportCountChanged: { supportCount: number } }>(
      h.subgraph.url,
      h.keys,
      null,
      'subscription ($id: ID!) { supportCountChanged(proposalId: $id) { supportCount thresholdReached } }',
      { id: proposalId },
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(await h.codes(citizen(), SUPPORT, { id: proposalId })).toEqual(['FORBIDDEN']);
    expect(await h.codes(null, SUPPORT, { id: proposalId })).toEqual(['UNAUTHENTICATED']);
    const first = await h.verified();
    const once = await h.ask(first, SUPPORT, { id: proposalId });
    expect(once.data.supportProposal).toMatchObject({
      supportCount: 1,
      supportedByMe: true,
      thresholdReached: false,
    });
    const again = await h.ask(first, SUPPORT, { id: proposalId });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_SUPPORTED' });
    // Racing: one person sends five supports at once; exactly one counts.
    const racer = await h.verified();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => h.ask(racer, SUPPORT, { id: proposalId })),
    );
    expect(answers.filter((a) => !a.errors)).toHaveLength(1);
    expect(answers.filter((a) => a.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(4);
    const third = await h.verified();
    const reached = await h.ask(third, SUPPORT, { id: proposalId });
    expect(reached.data.supportProposal).toMatchObject({ supportCount: 3, thresholdReached: true });
    expect(await h.db.support.count({ where: { proposalId } })).toBe(3);
    await wait(() => watcher.events.length >= 3);
    expect(watcher.events.map((e) => e.supportCountChanged.supportCount)).toEqual([1, 2, 3]);
    await watcher.dispose();
    // Announced from the outbox: one row per counted support (none for the refused ones),
    // written by the support's own statement, each marked published once the broker took it.
    const rows = await h.db.outboxEvent.findMany({
      where: { topic: `supports/${proposalId}` },
      orderBy: { id: 'asc' },
    });
    expect(
      rows.map(
        (r) =>
          (r.payload as { supportCountChanged: { supportCount: number } }).supportCountChanged.supportCount,
      ),
    ).toEqual([1, 2, 3]);
    const unpublished = () =>
      h.db.outboxEvent.count({ where: { topic: `supports/${proposalId}`, publishedAt: null } });
    for (let until = Date.now() + 5000; (await unpublished()) > 0 && Date.now() < until; )
      await new Promise((r) => setTimeout(r, 50));
    expect(await unpublished()).toBe(0);
    const awaiting = await h.ask(STAFF, '{ proposalsAwaitingAnswer { id } }');
    expect(awaiting.data.proposalsAwaitingAnswer.map((p: { id: string }) => p.id)).toContain(proposalId);
  });

  it('staff answer; a rejection needs reasons; followers hear the new status at once', async () => {
    const follower = citizen();
    await h.ask(
      follower,
      'mutation ($id: ID!) { followProposal(proposalId: $id, follow: true) { followedByMe } }',
      {
        id: proposalId,
      },
    );
    const feed = subscribeToSubgraph<{
      followedProposalStatusChanged: { status: string; proposal: { id: string } };
    }>(
      h.subgraph.url,
      h.keys,
      follower,
      'subscription { followedProposalStatusChanged { status answer proposal { id title } } }',
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(await h.codes(follower, ANSWER, { input: { proposalId, status: 'ACCEPTED' } })).toEqual([
      'FORBIDDEN',
    ]);
    expect(await h.codes(STAFF, ANSWER, { input: { proposalId, status: 'REJECTED', answer: '  ' } })).toEqual(
      ['BAD_USER_INPUT'],
    );
    // The database refuses a rejection without reasons from any writer.
    await expect(
      h.db.proposal.update({ where: { id: proposalId }, data: { status: 'REJECTED', answer: null } }),
    ).rejects.toThrow();
    const answered = await h.ask(STAFF, ANSWER, {
      input: { proposalId, status: 'UNDER_REVIEW', answer: 'Wir prüfen den Standort.' },
    });
    expect(answered.data.answerProposal).toMatchObject({ status: 'UNDER_REVIEW' });
    await wait(() => feed.events.length >= 1);
    expect(feed.events[0]?.followedProposalStatusChanged).toMatchObject({
      status: 'UNDER_REVIEW',
      proposal: { id: proposalId },
    });
    await feed.dispose();
    // The refused answers wrote no outbox row; the accepted one wrote one per follower.
    expect(await h.db.outboxEvent.count({ where: { topic: `followed-status/${follower.id}` } })).toBe(1);
    const awaiting = await h.ask(STAFF, '{ proposalsAwaitingAnswer { id } }');
    expect(awaiting.data.proposalsAwaitingAnswer.map((p: { id: string }) => p.id)).not.toContain(proposalId);
  });

  it('comments need an account (not verification), replies stay in their proposal', async () => {
    const someone = citizen();
    expect(await h.codes(null, COMMENT, { p: proposalId, b: 'Gute Idee' })).toEqual(['UNAUTHENTICATED']);
    const top = await h.ask(someone, COMMENT, { p: proposalId, b: 'Gute Idee' });
    expect(top.data.addComment).toMatchObject({ body: 'Gute Idee', mine: true });
    const reply = await h.ask(citizen(), COMMENT, {
      p: proposalId,
      b: 'Finde ich auch',
      parent: top.data.addComment.id,
    });
    expect(reply.errors).toBeUndefined();
    expect(
      await h.codes(someone, COMMENT, { p: SAMPLE_PROCESS_ID, b: 'x', parent: top.data.addComment.id }),
    ).toEqual(['NOT_FOUND']);
    const thread = await h.ask(
      null,
      'query ($id: ID!) { proposal(id: $id) { comments { body replies { body } } } }',
      {
        id: proposalId,
      },
    );
    expect(thread.data.proposal.comments).toEqual([
      { body: 'Gute Idee', replies: [{ body: 'Finde ich auch' }] },
    ]);
  });

  it(`hidden after ${HIDE_AFTER_REPORTS} reports until a moderator decides, audited`, async () => {
    const made = await h.ask(citizen(), COMMENT, { p: proposalId, b: 'Unfreundlicher Kommentar' });
    const id = made.data.addComment.id;
    const reporters = [citizen(), citizen(), citizen()];
    expect(await h.ask(reporters[0] ?? null, REPORT, { type: 'COMMENT', id })).toMatchObject({
      data: { reportContribution: true },
    });
    expect(
      (await h.ask(reporters[0] ?? null, REPORT, { type: 'COMMENT', id })).errors?.[0]?.extensions,
    ).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_REPORTED',
    });
    await h.ask(reporters[1] ?? null, REPORT, { type: 'COMMENT', id });
    expect((await h.db.comment.findUniqueOrThrow({ where: { id } })).moderation).toBe('VISIBLE');
    await h.ask(reporters[2] ?? null, REPORT, { type: 'COMMENT', id });
    expect((await h.db.comment.findUniqueOrThrow({ where: { id } })).moderation).toBe('HIDDEN');
    const shown = await h.ask(
      null,
      'query ($id: ID!) { proposal(id: $id) { comments { id body moderation } } }',
      { id: proposalId },
    );
    expect(shown.data.proposal.comments.find((c: { id: string }) => c.id === id)).toMatchObject({
      body: null,
      moderation: 'HIDDEN',
    });
    expect(await h.codes(citizen(), '{ moderationQueue { id } }')).toEqual(['FORBIDDEN']);
    const queue = await h.ask(STAFF, '{ moderationQueue { type id text reportCount reasons } }');
    expect(queue.data.moderationQueue[0]).toMatchObject({
      type: 'COMMENT',
      id,
      reportCount: 3,
      text: 'Unfreundlicher Kommentar',
    });
    const decided = await h.ask(
      STAFF,
      'mutation ($id: ID!) { moderateContribution(type: COMMENT, id: $id, decision: REMOVE, reason: "Beleidigung") { moderation } }',
      { id },
    );
    expect(decided.data.moderateContribution.moderation).toBe('REMOVED');
    expect(
      await h.db.auditEntry.count({ where: { action: 'participation.moderate.remove', recordId: id } }),
    ).toBe(1);
  });

  it('letter codes: only the hash is stored, redeemed once by the right account', async () => {
    const person = citizen();
    const issued = await h.ask(
      STAFF,
      'mutation ($a: ID!) { issueVerificationLetter(accountId: $a, birthDate: "1970-05-05") { code expiresAt } }',
      { a: person.id },
    );
    const code: string = issued.data.issueVerificationLetter.code;
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const stored = await h.db.letterCode.findMany({ where: { accountId: person.id } });
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(code.replaceAll('-', ''));
    expect(JSON.stringify(stored)).not.toContain(code);
    const REDEEM = 'mutation ($c: String!) { redeemVerificationCode(code: $c) { verified method } }';
    expect(await h.codes(citizen(), REDEEM, { c: code })).toEqual(['FORBIDDEN']);
    expect(await h.codes(person, REDEEM, { c: 'AAAA-BBBB-CCCC' })).toEqual(['BAD_USER_INPUT']);
    const redeemed = await h.ask(person, REDEEM, { c: code.toLowerCase() });
    expect(redeemed.data.redeemVerificationCode).toEqual({ verified: true, method: 'LETTER' });
    expect(await h.codes(person, REDEEM, { c: code })).toEqual(['BAD_USER_INPUT']);
  });

  it('exports and erases a person’s data; counts stay right', async () => {
    const person = await h.verified();
    await h.ask(person, SUPPORT, { id: proposalId });
    await h.ask(person, COMMENT, { p: proposalId, b: 'Mein Kommentar' });
    const before = await h.db.proposal.findUniqueOrThrow({ where: { id: proposalId } });
    const exported = await h.ask(
      person,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on PersonalData { participation } } }',
      { r: [{ __typename: 'PersonalData', accountId: person.id }] },
    );
    const data = exported.data._entities[0].participation;
    expect(data.verification.method).toBe('IN_PERSON');
    expect(data.supports).toHaveLength(1);
    expect(data.comments[0].body).toBe('Mein Kommentar');
    const { eraseParticipation } = await import('../src/privacy.ts');
    await eraseParticipation(h.db, person.id);
    await eraseParticipation(h.db, person.id); // idempotent
    expect(await h.db.verification.count({ where: { accountId: person.id } })).toBe(0);
    expect(await h.db.support.count({ where: { accountId: person.id } })).toBe(0);
    expect(await h.db.comment.count({ where: { authorId: person.id } })).toBe(0);
    expect(await h.db.support.count({ where: { proposalId } })).toBe(before.supportCount);
  });
});
