/**
 * Alternatives worth taking: journeys are the Pareto set over departure,
 * arrival and transfers, on the sample feed for Kaarst (sample/kaarst,
 * invented times). 2026-11-26 is a Thursday; Berlin is UTC+1, so 08:00 local
 * is 07:00Z. The answers were worked out by hand from sample/kaarst/stop_times.txt:
 * Kaarst Rathaus -> Neuss Hbf is a 188 s walk to Am Neumarkt and the K2 (:05,
 * at Neuss :30), or the K1 (:12 and :42 at the Rathaus, 4 minutes to Kaarst
 * Bahnhof) and the S28 from Kaarst Bahnhof (:03, :23, :43; 14 minutes to Neuss).
 */
import { generateHubKeys, type HubKeys, type RunningSubgraph } from '@kaarst/kit';
import { startTestSubgraph, subgraphRequest } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import type { TransitState } from '../src/state.ts';
import { transitSubgraph } from '../src/subgraph.ts';

const JOURNEYS = `query ($from: ID!, $to: ID!, $at: DateTime!, $limit: Int) {
  journeys(fromStopId: $from, toStopId: $to, departAt: $at, limit: $limit) {
    departure arrival transfers legs { walking route { shortName } fromStop { id } toStop { id } } } }`;

interface Journey {
  departure: string;
  arrival: string;
  transfers: number;
  legs: Array<{
    walking: boolean;
    route: { shortName: string } | null;
    fromStop: { id: string };
    toStop: { id: string };
  }>;
}

/** One journey at least as good as another in departure, arrival and transfers (and not the same). */
function dominated(journeys: Journey[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  journeys.forEach((a, i) => {
    journeys.forEach((b, j) => {
      if (
        i !== j &&
        a.departure >= b.departure &&
        a.arrival <= b.arrival &&
        a.transfers <= b.transfers &&
        (a.departure !== b.departure || a.arrival !== b.arrival || a.transfers !== b.transfers || i < j)
      )
        pairs.push([i, j]);
    });
  });
  return pairs;
}

const local = (iso: string) =>
  new Date(iso).toLocaleTimeString('de-DE', {
    timeZone: 'Europe/Berlin',
    hour: '2-digit',
    minute: '2-digit',
  });
const summary = (j: Journey) =>
  `${local(j.departure)}-${local(j.arrival)} ${j.transfers} ${j.legs
    .map((leg) => `${leg.walking ? 'walk' : leg.route?.shortName} ${leg.fromStop.id}-${leg.toStop.id}`)
    .join(', ')}`;

describe('transit: journeys are the Pareto set over departure, arrival and transfers', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient, TransitState>;
  const journeys = async (from: string, to: string, limit: number) => {
    const result = await subgraphRequest<{ journeys: Journey[] }>(subgraph.url, keys, null, JOURNEYS, {
      from,
      to,
      at: '2026-11-26T07:00:00Z',
      limit,
    });
    expect(result.errors).toBeUndefined();
    return result.data?.journeys ?? [];
  };

  beforeAll(async () => {
    keys = await generateHubKeys();
    subgraph = await startTestSubgraph(transitSubgraph, { keys });
  });
  afterAll(async () => subgraph?.close());

  it('Kaarst Rathaus to Neuss Hbf: no alternative with more changes for the same arrival', async () => {
    const found = await journeys('ka_rathaus', 'ne_hbf', 5);
    // Before: 08:18 K1 to Driesch, K1 back to Kaarst Bahnhof, S28 to Kaarster See and back to
    // Neuss at 09:17 with 3 changes, though the 08:42 K1 and the 09:03 S28 arrive then with one.
    expect(found.map(summary)).toEqual([
      '08:01-08:30 0 walk ka_rathaus-ka_neumarkt, K2 ka_neumarkt-ne_hbf',
      '08:12-08:37 1 K1 ka_rathaus-ka_bf, S28 ka_bf-ne_hbf',
      '08:42-09:17 1 K1 ka_rathaus-ka_bf, S28 ka_bf-ne_hbf',
      '09:01-09:30 0 walk ka_rathaus-ka_neumarkt, K2 ka_neumarkt-ne_hbf',
      '09:12-09:37 1 K1 ka_rathaus-ka_bf, S28 ka_bf-ne_hbf',
    ]);
    expect(dominated(found)).toEqual([]);
  });

  it('Büttgen Rathaus to Neuss Hbf: no alternative leaving earlier to walk to the same trip', async () => {
    const found = await journeys('bu_rathaus', 'ne_hbf', 4);
    // Before: 08:22 walking to Büttgen Bahnhof for the K1 that calls at the Rathaus at 08:33.
    expect(found.map(summary)).toEqual([
      '08:07-08:30 0 walk bu_rathaus-bu_bf, K2 bu_bf-ne_hbf',
      '08:33-08:57 1 K1 bu_rathaus-hb_linden, S28 hb_linden-ne_hbf',
      '09:07-09:30 0 walk bu_rathaus-bu_bf, K2 bu_bf-ne_hbf',
      '09:33-09:57 1 K1 bu_rathaus-hb_linden, S28 hb_linden-ne_hbf',
    ]);
    expect(dominated(found)).toEqual([]);
  });

  it('one journey: the earliest arrival, leaving as late as it can', async () => {
    expect((await journeys('ka_rathaus', 'ne_hbf', 1)).map(summary)).toEqual([
      '08:01-08:30 0 walk ka_rathaus-ka_neumarkt, K2 ka_neumarkt-ne_hbf',
    ]);
  });
});
