/**
 * The official warning feed: the parser on a sample CAP-JSON feed, then the display subgraph
 * reading a local HTTP server (DISPLAY_WARNING_FEED_URL) every second: a warning for Kaarst
 * takes over the screens, an unreadable feed changes nothing, a cancel withdraws it.
 */
import { readFileSync } from 'node:fs';
import type { Viewer } from '@kaarst/kit';
import { subgraphRequest } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCredential } from '../src/seed.ts';
import { parseWarningFeed } from '../src/warning-feed.ts';
import { type FeedHub, startFeedHub } from './feed-hub.ts';

const SAMPLE = JSON.parse(
  readFileSync(new URL('./fixtures/warning-feed.json', import.meta.url), 'utf8'),
) as Array<Record<string, unknown>>;
const NOW = new Date('2026-12-06T15:30:00Z');
const cancel = (identifier: string) => ({
  identifier: `${identifier}.cancel`,
  sender: 'sample@example.org',
  sent: '2026-12-06T16:00:00+01:00',
  status: 'Actual',
  msgType: 'Cancel',
  references: `sample@example.org,${identifier},2026-12-06T15:00:00+01:00`,
  info: [],
});

describe('parseWarningFeed', () => {
  it('takes actual warnings of Moderate and above for the area, German text first', () => {
    const feed = parseWarningFeed(SAMPLE, NOW, 'Kaarst');
    expect(feed.active).toEqual([
      {
        sourceId: 'sample.mowas.kaarst.0001',
        severity: 'DANGER',
        title: 'Beispiel: Hochwasser an der Erft',
        message: 'Der Pegel der Erft steigt stark (Beispieldaten, keine echte Warnung). Uferbereiche meiden.',
        expiresAt: null,
        shapes: [],
      },
    ]);
    // without an area: Cologne's too; never the Minor one or the exercise
    expect(parseWarningFeed(SAMPLE, NOW).active.map((w) => w.sourceId)).toEqual([
      'sample.mowas.kaarst.0001',
      'sample.mowas.koeln.0002',
    ]);
    expect(parseWarningFeed({ alerts: SAMPLE }, NOW, 'Kaarst').active).toHaveLength(1);
  });

  it('drops cancelled, replaced and expired warnings; refuses what is not a feed', () => {
    const cancelled = parseWarningFeed([...SAMPLE, cancel('sample.mowas.kaarst.0001')], NOW, 'Kaarst');
    expect(cancelled.active).toEqual([]);
    expect(cancelled.ended).toContain('sample.mowas.kaarst.0001');
    const first = SAMPLE[0] as { info: Array<Record<string, unknown>> };
    const update = {
      ...first,
      identifier: 'sample.mowas.kaarst.0001.u1',
      msgType: 'Update',
      references: 'sample@example.org,sample.mowas.kaarst.0001,2026-12-06T15:00:00+01:00',
      info: [{ ...first.info[0], severity: 'Moderate', headline: 'Beispiel: Hochwasser geht zurück' }],
    };
    expect(parseWarningFeed([...SAMPLE, update], NOW, 'Kaarst').active).toMatchObject([
      {
        sourceId: 'sample.mowas.kaarst.0001.u1',
        severity: 'WARNING',
        title: 'Beispiel: Hochwasser geht zurück',
      },
    ]);
    const expired = { ...first, info: [{ ...first.info[0], expires: '2026-12-06T16:00:00+01:00' }] };
    expect(parseWarningFeed([expired], NOW).active).toEqual([]);
    expect(() => parseWarningFeed({ nothing: true }, NOW)).toThrow(/not a list of CAP alerts/);
  });
});

describe('warning feed import', { timeout: 120_000 }, () => {
  let hub: FeedHub;
  let served: { status: number; body: unknown } = { status: 200, body: SAMPLE };
  const reads = () => hub.reads();
  const ADMIN: Viewer = { id: '6f1c1a52-7a0e-4d0b-9b9e-000000000001', roles: ['admin'] };

  const ask = async <T>(query: string, variables?: Record<string, unknown>) => {
    const answer = await subgraphRequest<T>(hub.subgraph.url, hub.keys, ADMIN, query, variables);
    expect(answer.errors, query).toBeUndefined();
    return answer.data as T;
  };
  const imported = async () =>
    (
      await ask<{
        activeEmergencies: { id: string; sourceId: string | null; title: string; severity: string }[];
      }>('{ activeEmergencies { id sourceId title severity } }')
    ).activeEmergencies.filter((e) => e.sourceId);

  beforeAll(async () => {
    hub = await startFeedHub(() => ({
      status: served.status,
      contentType: 'application/json',
      body: JSON.stringify(served.body),
    }));
  }, 120_000);
  afterAll(async () => hub?.close());

  it('publishes a warning for Kaarst on every screen, keeps it while the feed is away, withdraws it on cancel', async () => {
    await expect.poll(imported, { timeout: 30_000, interval: 250 }).toMatchObject([
      {
        sourceId: 'sample.mowas.kaarst.0001',
        title: 'Beispiel: Hochwasser an der Erft',
        severity: 'DANGER',
      },
    ]);
    // once, however often the feed is read
    const readsThen = reads();
    await expect.poll(reads, { timeout: 10_000 }).toBeGreaterThan(readsThen + 1);
    expect(await imported()).toHaveLength(1);
    // what every screen shows now
    for (const screenId of ['kaarst-rathausplatz', 'driesch-ortsmitte']) {
      const { screenSnapshot } = await ask<{ screenSnapshot: { emergency: { title: string } | null } }>(
        'query ($s: ID!, $c: String!) { screenSnapshot(screenId: $s, credential: $c) { emergency { title } } }',
        { s: screenId, c: demoCredential(screenId) },
      );
      expect(screenSnapshot.emergency?.title).toBe('Beispiel: Hochwasser an der Erft');
    }

    // The feed answers 503 for a while: nothing is withdrawn for that.
    served = { status: 503, body: { error: 'maintenance' } };
    const readsBefore = reads();
    await expect.poll(reads, { timeout: 10_000 }).toBeGreaterThan(readsBefore + 1);
    expect(await imported()).toHaveLength(1);

    // The authority cancels it: the screens are free again.
    served = { status: 200, body: [...SAMPLE, cancel('sample.mowas.kaarst.0001')] };
    await expect.poll(imported, { timeout: 30_000, interval: 250 }).toEqual([]);
    const { screenSnapshot } = await ask<{ screenSnapshot: { emergency: { title: string } | null } }>(
      'query ($s: ID!, $c: String!) { screenSnapshot(screenId: $s, credential: $c) { emergency { title } } }',
      { s: 'kaarst-rathausplatz', c: demoCredential('kaarst-rathausplatz') },
    );
    expect(screenSnapshot.emergency).toBeNull();
    // and a cancelled warning is not imported again while the cancel stands
    const readsAfter = reads();
    await expect.poll(reads, { timeout: 10_000 }).toBeGreaterThan(readsAfter + 1);
    expect(await imported()).toEqual([]);
  });
});
