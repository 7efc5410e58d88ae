/**
 * The gateway benchmark's harness, kept from rotting (issue 9): its committed
 * supergraph is what the four subgraphs compose to, and every gateway it
 * compares starts, gives the same answer to the nested query and to each body
 * of the mixed mode (the harness throws otherwise) and survives a two-second
 * load of each mode with every answer right; ours also with sharing off.
 * The timing itself is not checked here: `pnpm bench:gateway` measures it.
 */
import { describe, expect, it } from 'vitest';
import { runGatewayBench } from '../../bench/gateway/bench.ts';
import { sameAnswer } from '../../bench/gateway/load.ts';
import { supergraphIsCurrent } from '../../bench/gateway/supergraph.ts';

describe('gateway benchmark harness', () => {
  it('has the supergraph its subgraphs compose to', () => {
    expect(supergraphIsCurrent()).toBe(true);
  });

  it('forgives only a UTF-8 character the load tool split between two chunks', () => {
    expect(sameAnswer('{"a":"täglich"}', '{"a":"täglich"}')).toBe(true);
    expect(sameAnswer('{"a":"t\uFFFD\uFFFDglich"}', '{"a":"täglich"}')).toBe(true);
    expect(sameAnswer('{"a":"t\uFFFDglich"}', '{"a":"täglich"}')).toBe(true);
    expect(sameAnswer('{"a":"t\uFFFD\uFFFDglich"}', '{"a":"taglich"}')).toBe(false);
    expect(sameAnswer('{"a":"tüglich"}', '{"a":"täglich"}')).toBe(false);
    expect(sameAnswer('{"a":"t\uFFFD\uFFFDglich","b":1}', '{"a":"täglich","b":2}')).toBe(false);
    expect(sameAnswer('{"a":"täglich"}', '{"a":"täglich"}x')).toBe(false);
  });

  it('gets the same answer from every gateway, under a short load', { timeout: 180_000 }, async () => {
    const lines: string[] = [];
    const run = await runGatewayBench({
      gateways: ['apollo', 'hive', 'mercurius', 'kaarst', 'kaarst-unshared'],
      modes: ['nested', 'mixed'],
      rounds: 1,
      warmupSeconds: 0,
      durationSeconds: 2,
      connections: 4,
      log: (line) => lines.push(line),
    });
    const measured = run.measurements.map((m) => `${m.gateway} ${m.mode}`).sort();
    // Mercurius' gateway may be unable to serve this graph (Federation 1 only); it is then reported.
    expect(measured.filter((name) => !name.startsWith('mercurius'))).toEqual(
      ['apollo', 'hive', 'kaarst', 'kaarst-unshared'].flatMap((name) => [`${name} mixed`, `${name} nested`]),
    );
    expect(
      [...run.broken.keys()].filter((name) => name !== 'mercurius'),
      lines.join('\n'),
    ).toEqual([]);
    for (const m of run.measurements) {
      expect(m.failures, `${m.gateway}: failed answers under load`).toBe(0);
      // On a busy CI machine a gateway may finish no answer in 2 s: only the figures' sanity is checked.
      expect(Number.isFinite(m.requestsPerSecond), m.gateway).toBe(true);
    }
    expect(run.measurements.some((m) => m.requestsPerSecond > 0)).toBe(true);
    expect(run.answerBytes).toBeGreaterThan(50_000);
  });
});
