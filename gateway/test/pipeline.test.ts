import { createLogger, generateHubKeys } from '@kaarst/kit/common';
import { describe, expect, it } from 'vitest';
import { checkOrder, type GatewayParts, type GatewayPlugin, need, startPipeline } from '../src/pipeline.ts';
import { gatewayPlugins } from '../src/server.ts';
import type { GatewaySettings } from '../src/settings.ts';

const parts = (): GatewayParts => ({
  settings: {} as GatewaySettings,
  log: createLogger('test'),
  subgraphUrls: {},
  apollo: { plugins: [], validationRules: [], parseOptions: {} },
});

/** A plugin that records its setup and close in `events`. */
function recording(name: string, events: string[], options: { needs?: string[]; fails?: boolean } = {}) {
  return {
    name,
    ...(options.needs ? { needs: options.needs } : {}),
    setup() {
      events.push(`setup ${name}`);
      if (options.fails) throw new Error(`${name} failed`);
    },
    async close() {
      events.push(`close ${name}`);
    },
  } satisfies GatewayPlugin;
}

describe('the gateway pipeline', () => {
  it('sets plugins up in list order and closes them in reverse', async () => {
    const events: string[] = [];
    const pipeline = await startPipeline(
      [recording('a', events), recording('b', events, { needs: ['a'] }), recording('c', events)],
      parts(),
    );
    await pipeline.close();
    expect(events).toEqual(['setup a', 'setup b', 'setup c', 'close c', 'close b', 'close a']);
    await pipeline.close();
    expect(events).toHaveLength(6);
  });

  it('closes what was set up, in reverse, when a setup fails, and rethrows', async () => {
    const events: string[] = [];
    await expect(
      startPipeline(
        [
          recording('a', events),
          recording('b', events),
          recording('c', events, { fails: true }),
          recording('d', events),
        ],
        parts(),
      ),
    ).rejects.toThrow('c failed');
    expect(events).toEqual(['setup a', 'setup b', 'setup c', 'close b', 'close a']);
  });

  it('refuses a list where a plugin comes before one it needs, or a name twice', () => {
    const events: string[] = [];
    expect(() => checkOrder([recording('b', events, { needs: ['a'] }), recording('a', events)])).toThrow(
      'gateway plugin "b" needs "a" earlier in the list',
    );
    expect(() => checkOrder([recording('a', events), recording('a', events)])).toThrow('listed twice');
  });

  it('names the plugin and the missing part when a part is not there', () => {
    expect(() => need(parts(), 'app', 'health')).toThrow('gateway plugin "health" needs "app"');
  });

  it("the gateway's own list is in an order its plugins accept", async () => {
    const plugins = gatewayPlugins({ supergraphPath: 'unused', keys: await generateHubKeys() });
    expect(() => checkOrder(plugins)).not.toThrow();
    const names = plugins.map((plugin) => plugin.name);
    // Teardown runs in reverse: the open streams before the HTTP server, the HTTP server before
    // the rate counter, the data sources' connections after everything that sends through them.
    expect(names.indexOf('subscriptions')).toBeGreaterThan(names.indexOf('http-server'));
    expect(names.indexOf('http-server')).toBeGreaterThan(names.indexOf('rate-counter'));
    expect(names.indexOf('rate-counter')).toBeGreaterThan(names.indexOf('upstream'));
    expect(names[0]).toBe('tracing');
  });
});
