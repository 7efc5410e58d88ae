import {
  createPgPool,
  installOutboxTrigger,
  OUTBOX_CHANNEL,
  OUTBOX_WAKE_SETTING,
  OUTBOX_WAKES_LOCALLY_SQL,
} from '@kaarst/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openProposal, startParticipation } from './helpers.ts';

/**
 * The outbox trigger's NOTIFY is left out where the writer wakes its own publisher (the support's
 * statement): every notifying commit takes one server-wide lock through its WAL flush. Any other
 * insert still notifies the other replicas. PGlite serves LISTEN to no other connection, so this
 * needs a real PostgreSQL.
 */
const SUPPORT = 'mutation ($id: ID!) { supportProposal(proposalId: $id) { supportCount } }';
const QUIET_MS = 300;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!process.env.DATABASE_URL)(
  'the outbox NOTIFY, left out for writers that wake themselves',
  () => {
    let h: Harness;
    let pool: ReturnType<typeof createPgPool>;
    let listening: ReturnType<typeof createPgPool>;
    const heard: string[] = [];
    const schema = () => h.subgraph.database.schema;
    const heardHere = () => heard.filter((payload) => payload === schema()).length;

    beforeAll(async () => {
      h = await startParticipation();
      pool = createPgPool(h.subgraph.database.url, { max: 1 });
      // Another connection, as another replica's publisher listens.
      listening = createPgPool(h.subgraph.database.url, { max: 1, idleTimeoutMillis: 0 });
      const listener = await listening.connect();
      listener.on('notification', (message) => {
        if (message.channel === OUTBOX_CHANNEL) heard.push(message.payload ?? '');
      });
      await listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
      listener.release();
    });
    afterAll(async () => {
      await listening?.end();
      await pool?.end();
      await h?.close();
    });

    it('a plain insert notifies; one that sets the setting does not, and the setting ends with its transaction', async () => {
      if (h.subgraph.database.embedded) return;
      const insert = (where: string) =>
        `INSERT INTO outbox_event (topic, payload) SELECT 'test', '{}'::jsonb WHERE ${where}`;
      const before = heardHere();
      await pool.query(insert('true'));
      await sleep(QUIET_MS);
      expect(heardHere()).toBe(before + 1);
      await pool.query(insert(OUTBOX_WAKES_LOCALLY_SQL));
      await sleep(QUIET_MS);
      expect(heardHere()).toBe(before + 1);
      // The same pooled connection, the next transaction: notifies again.
      await pool.query(insert('true'));
      await sleep(QUIET_MS);
      expect(heardHere()).toBe(before + 2);
      expect(
        (await pool.query(`SELECT current_setting($1, true) AS v`, [OUTBOX_WAKE_SETTING])).rows[0].v,
      ).not.toBe('local');
    });

    it('a support sends no NOTIFY, and its count is still published at once (in-process wake)', async () => {
      if (h.subgraph.database.embedded) return;
      const { proposalId } = await openProposal(
        h,
        { title: 'Notify', minimumAge: 16, supportThreshold: 10 },
        {
          title: 'Mehr Bänke am Markt',
          body: 'Am Markt fehlen Bänke zum Ausruhen.',
          category: 'Stadtbild',
          district: 'Kaarst',
        },
      );
      await sleep(QUIET_MS);
      const before = heardHere();
      const supporter = await h.verified();
      const answer = await h.ask(supporter, SUPPORT, { id: proposalId });
      expect(answer.data.supportProposal.supportCount).toBe(1);
      await sleep(QUIET_MS);
      expect(heardHere()).toBe(before);
      // Written by the statement, and published well before the publisher's one-second poll.
      const rows = await h.db.outboxEvent.findMany({ where: { topic: `supports/${proposalId}` } });
      expect(rows).toHaveLength(1);
      expect(rows[0]?.publishedAt).not.toBeNull();
    });

    it('brings an older trigger function (one that always notifies) up to date at start-up', async () => {
      if (h.subgraph.database.embedded) return;
      await pool.query(`CREATE OR REPLACE FUNCTION outbox_event_notify() RETURNS trigger AS $$
      BEGIN PERFORM pg_notify('${OUTBOX_CHANNEL}', TG_TABLE_SCHEMA); RETURN NULL; END; $$ LANGUAGE plpgsql`);
      const source = async () =>
        (
          await pool.query(
            `SELECT f.prosrc FROM pg_trigger t JOIN pg_proc f ON f.oid = t.tgfoid
            WHERE t.tgname = 'outbox_event_notify' AND t.tgrelid = to_regclass('outbox_event')`,
          )
        ).rows[0]?.prosrc as string;
      expect(await source()).not.toContain(OUTBOX_WAKE_SETTING);
      expect(await installOutboxTrigger(pool)).toBe(true);
      expect(await source()).toContain(OUTBOX_WAKE_SETTING);
    });
  },
);
