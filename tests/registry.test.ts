/**
 * Every list of subgraphs outside subgraphs/ agrees with the registry (subgraphs/<name>/package.json,
 * "hub"): the ones that must be files of their own are written by `pnpm registry` or `pnpm compose`
 * and checked here; everything else reads the registry at run time.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
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

describe("pnpm registry and the capability fragments in the subgraphs' Prisma schema folders", () => {
  it('--check names a stale, a missing and a left-over fragment; pnpm registry mends all three', () => {
    // A copy of what the script reads (the subgraphs, deploy/, scripts/), using this workspace's
    // packages (and so the kit's fragments, kit/prisma/) through a link.
    const copy = mkdtempSync(path.join(tmpdir(), 'kaarst-registry-check-'));
    try {
      const listed = spawnSync(
        'git',
        ['ls-files', '--cached', '--others', '--exclude-standard', '-z', 'subgraphs', 'deploy', 'scripts'],
        { cwd: ROOT, encoding: 'utf8' },
      ).stdout;
      for (const file of listed.split('\0').filter((f) => f && existsSync(path.join(ROOT, f))))
        cpSync(path.join(ROOT, file), path.join(copy, file));
      symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
      const registry = (...args: string[]) => {
        const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/registry.ts', ...args], {
          cwd: copy,
          encoding: 'utf8',
        });
        return {
          status: result.status,
          output: stripVTControlCharacters(`${result.stdout}${result.stderr}`),
        };
      };
      const first = registry('--check');
      expect(first.status, first.output).toBe(0);

      const stale = 'subgraphs/citizens/prisma/schema/kit-audit.prisma';
      const missing = 'subgraphs/pass/prisma/schema/kit-outbox.prisma';
      const leftOver = 'subgraphs/council/prisma/schema/kit-outbox.prisma';
      const kept = readFileSync(path.join(copy, stale), 'utf8');
      writeFileSync(
        path.join(copy, stale),
        kept.replace('detail          String?', 'detail          String'),
      );
      unlinkSync(path.join(copy, missing));
      const council = path.join(copy, 'subgraphs', 'council', 'package.json');
      const pkg = JSON.parse(readFileSync(council, 'utf8')) as { hub: { capabilities: string[] } };
      pkg.hub.capabilities = pkg.hub.capabilities.filter((capability) => capability !== 'outbox');
      writeFileSync(council, JSON.stringify(pkg, null, 2));

      const checked = registry('--check');
      expect(checked.status, checked.output).toBe(1);
      expect(checked.output).toContain(`${stale} is stale`);
      expect(checked.output).toContain(`${missing} is missing`);
      expect(checked.output).toContain(`${leftOver} is left over`);
      expect(checked.output.trim().split('\n')).toHaveLength(3);

      const written = registry();
      expect(written.status, written.output).toBe(0);
      expect(readFileSync(path.join(copy, stale), 'utf8')).toBe(kept);
      expect(readFileSync(path.join(copy, missing), 'utf8')).toMatch(
        /^\/\/ generated by pnpm registry from kit\/prisma\/outbox\.prisma; do not edit\n[\s\S]*^model OutboxEvent \{$/m,
      );
      expect(existsSync(path.join(copy, leftOver))).toBe(false);
      const again = registry('--check');
      expect(again.status, again.output).toBe(0);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 60_000);
});
