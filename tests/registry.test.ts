/**
 * Every list of subgraphs outside subgraphs/ agrees with the registry (subgraphs/<name>/package.json,
 * "hub"): the ones that must be files of their own are written by `pnpm registry` or `pnpm compose`
 * and checked here; everything else reads the registry at run time.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { listSubgraphs, restRoutes } from '@kaarst/kit/registry';
import { describe, expect, it } from 'vitest';
import { roles, serviceRoles } from '../deploy/src/roles.ts';
import { registryOutputs } from '../scripts/registry-outputs.ts';
import { ROOT } from './harness.ts';

const registry = listSubgraphs(ROOT);
const names = registry.map((s) => s.name);
const packageJson = (dir: string) =>
  JSON.parse(readFileSync(path.join(ROOT, dir, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
const subgraphPackages = (dependencies: Record<string, string> = {}) =>
  Object.keys(dependencies).filter((name) => registry.some((s) => s.packageName === name));

describe('the subgraph registry and the lists that follow from it', () => {
  it('holds the subgraphs with distinct ports and a schema each', () => {
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(registry.map((s) => s.port)).size).toBe(registry.length);
    for (const subgraph of registry) expect(existsSync(subgraph.schemaPath), subgraph.name).toBe(true);
  });

  it('the files `pnpm registry` writes are up to date (runtime dependencies, EXPOSE, Kubernetes overlays)', () => {
    for (const [file, content] of Object.entries(registryOutputs(ROOT))) {
      const current = existsSync(path.join(ROOT, file))
        ? readFileSync(path.join(ROOT, file), 'utf8')
        : '(missing)';
      expect(current, `${file}: run pnpm registry`).toBe(content);
    }
  });

  it('the runtime package ships every subgraph (pnpm deploy bundles its dependencies)', () => {
    expect(subgraphPackages(packageJson('deploy').dependencies).sort()).toEqual(
      registry.map((s) => s.packageName).sort(),
    );
  });

  it('the tests name no subgraph package: the harness loads each from the registry', () => {
    expect(subgraphPackages(packageJson('tests').dependencies)).toEqual([]);
  });

  it('the supergraph joins exactly these subgraphs, at their registry URLs', () => {
    const supergraph = readFileSync(path.join(ROOT, 'schema', 'supergraph.graphql'), 'utf8');
    const joined = [...supergraph.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(joined.sort()).toEqual(registry.map((s) => [s.name, s.url]).sort());
  });

  it('each has its typed resolvers from codegen', () => {
    for (const subgraph of registry) {
      expect(existsSync(path.join(subgraph.dir, 'src', 'generated', 'graphql.ts')), subgraph.name).toBe(true);
    }
  });

  it('the image runs the gateway and each of them, and the gateway forwards their REST routes', () => {
    expect(serviceRoles()).toEqual(['gateway', ...names]);
    expect(roles()).toEqual(
      expect.arrayContaining(['migrate', 'keys', ...registry.flatMap((s) => s.tasks.map((t) => t.name))]),
    );
    expect(restRoutes(ROOT).map((route) => route.subgraph)).toEqual(
      registry.flatMap((s) => s.restRoutes.map(() => s.name)),
    );
  });
});
