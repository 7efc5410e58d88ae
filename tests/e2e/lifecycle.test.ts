import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { BookAppointmentDocument, MeDocument } from '@kaarst/contract';
import { generateHubKeys } from '@kaarst/kit';
import { findSubgraph, listSubgraphs, subgraphTypeDefs } from '@kaarst/kit/registry';
import { startTestSubgraph, testDatabase } from '@kaarst/kit/testing';
import { parse } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { nextLocal, WEDNESDAY } from '../dates.ts';
import { ANNA, freePort, ROOT, SUPERGRAPH, startHub, subgraphDefinition } from '../harness.ts';

const cleanups: Array<() => Promise<void> | void> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

// Each case starts the hub (every subgraph) twice or stops and starts parts of it: more than the default 60 s on a slow machine.
describe('the hub over time', () => {
  it('keeps its data across a restart of every service', async () => {
    const keys = await generateHubKeys();
    const citizensDb = testDatabase('citizens');
    const appointmentsDb = testDatabase('appointments');
    cleanups.push(citizensDb.dispose, appointmentsDb.dispose);
    const options = {
      keys,
      subgraphOptions: { citizens: { ...citizensDb }, appointments: { ...appointmentsDb } },
    };

    const first = await startHub(options);
    const token = await first.signIn(ANNA);
    const booked = await first.execute(
      BookAppointmentDocument,
      {
        input: {
          serviceIds: ['reisepass'],
          locationId: 'rathaus-kaarst',
          start: nextLocal(WEDNESDAY, '08:00'),
          idempotencyKey: 'restart',
        },
      },
      token,
    );
    expect(booked.errors).toBeUndefined();
    await first.close();

    const second = await startHub(options);
    try {
      const me = await second.execute(MeDocument, undefined, await second.signIn(ANNA));
      expect(me.data?.me?.appointments.map((a) => a.code)).toContain(booked.data?.bookAppointment.code);
      // the demo data was not seeded twice and the catalogue is intact
      const catalogue = await second.request<{ appointmentServices: unknown[] }>(
        '{ appointmentServices { id } }',
      );
      expect(catalogue.data?.appointmentServices).toHaveLength(5);
    } finally {
      await second.close();
    }
  }, 150_000);

  it('reports health per subgraph and turns unhealthy when one is down', async () => {
    const hub = await startHub({ subgraphs: 'all' });
    cleanups.push(() => hub.close());
    const healthUrl = new URL('/health', hub.url);
    const ok = await fetch(healthUrl);
    expect(ok.status).toBe(200);
    const allOk = Object.fromEntries(listSubgraphs().map((subgraph) => [subgraph.name, 'ok']));
    expect(Object.keys(allOk)).toContain('citizens');
    expect(await ok.json()).toEqual({ status: 'ok', supergraph: 'loaded', subgraphs: allOk });
    expect((await fetch(new URL('/health/live', hub.url))).status).toBe(200);

    await hub.subgraph('citizens').app.close();
    const down = await fetch(healthUrl);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({
      status: 'down',
      supergraph: 'loaded',
      subgraphs: { ...allOk, citizens: 'down' },
    });
    // Still ready: degraded, the other subgraph's data is served.
    const ready = await fetch(new URL('/health/ready', hub.url));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'degraded', subgraphs: { citizens: 'down' } });
  }, 150_000);

  it('reloads the supergraph file when it changes', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kaarst-supergraph-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'supergraph.graphql');
    copyFileSync(SUPERGRAPH, file);
    const hub = await startHub({ supergraphPath: file });
    cleanups.push(() => hub.close());
    const fieldsOfService = async () => {
      const result = await hub.request<{ __type: { fields: Array<{ name: string }> } }>(
        '{ __type(name: "AppointmentService") { fields { name } } }',
      );
      return result.data?.__type.fields.map((f) => f.name) ?? [];
    };
    expect(await fieldsOfService()).not.toContain('feeEuro');

    const sdl = (name: string) => subgraphTypeDefs(findSubgraph(name, ROOT));
    const changed = sdl('appointments').replace(
      '  leikaKey: String\n',
      '  leikaKey: String\n  feeEuro: Float\n',
    );
    const composed = composeServices([
      { name: 'appointments', url: hub.subgraph('appointments').url, typeDefs: parse(changed) },
      { name: 'citizens', url: hub.subgraph('citizens').url, typeDefs: parse(sdl('citizens')) },
    ]);
    expect(composed.errors).toBeUndefined();
    writeFileSync(file, composed.supergraphSdl ?? '');

    const deadline = Date.now() + 10_000;
    while (!(await fieldsOfService()).includes('feeEuro') && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(await fieldsOfService()).toContain('feeEuro');

    // A broken file is ignored; the loaded graph keeps serving.
    writeFileSync(file, 'this is not a supergraph');
    await new Promise((r) => setTimeout(r, 2500));
    expect(await fieldsOfService()).toContain('feeEuro');
  }, 150_000);
});

describe('a subgraph that fails', () => {
  it('gives the other subgraphs’ data plus SUBGRAPH_UNAVAILABLE at the failing path, fast, and recovers', async () => {
    const keys = await generateHubKeys();
    const port = await freePort();
    const database = testDatabase('citizens');
    cleanups.push(database.dispose);
    const citizensOptions = { port, ...database };
    const hub = await startHub({
      keys,
      subgraphOptions: { citizens: citizensOptions },
      gateway: { subgraphLimits: { failureThreshold: 2, cooldownMs: 1000 } },
    });
    cleanups.push(() => hub.close());
    const token = await hub.signIn(ANNA);
    const query = '{ officeLocations { name } me { displayName } }';
    expect((await hub.request(query, undefined, token)).errors).toBeUndefined();

    await hub.subgraph('citizens').app.close();
    for (let i = 0; i < 3; i++) {
      const started = Date.now();
      const partial = await hub.request<{ officeLocations: unknown[]; me: unknown }>(query, undefined, token);
      expect(Date.now() - started).toBeLessThan(1000);
      expect(partial.status).toBe(200);
      expect(partial.data?.officeLocations).toHaveLength(5);
      expect(partial.data?.me).toBeNull();
      expect(partial.errors?.map((e) => [e.extensions?.code, e.path])).toEqual([
        ['SUBGRAPH_UNAVAILABLE', ['me']],
      ]);
      expect(JSON.stringify(partial.errors)).not.toContain('127.0.0.1'); // no internals
    }
    // queries that do not touch the dead subgraph are unaffected
    expect((await hub.request('{ appointmentServices { id } }')).errors).toBeUndefined();

    // The subgraph comes back on its address: full answers resume without touching the gateway.
    const restarted = await startTestSubgraph(await subgraphDefinition('citizens'), {
      keys,
      ...citizensOptions,
    });
    cleanups.push(() => restarted.close());
    const deadline = Date.now() + 5000;
    let full = await hub.request<{ me: { displayName: string } | null }>(query, undefined, token);
    while (full.errors && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      full = await hub.request(query, undefined, token);
    }
    expect(full.errors).toBeUndefined();
    expect(full.data?.me).toEqual({ displayName: 'Anna Schmitz' });
  }, 150_000);
});
