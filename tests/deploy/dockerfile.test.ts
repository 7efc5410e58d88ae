/**
 * The image recipe (deploy/Dockerfile, .dockerignore) and the image the manifests name,
 * checked without a container engine, against the rendered Deployments (tests/deploy/k8s.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { IDeployment } from 'kubernetes-models/apps/v1';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { roles } from '../../deploy/src/roles.ts';
import { ROOT } from '../harness.ts';
import { DEPLOY, KUBERNETES, loadDockerfile, loadManifests, mainContainer, ofKind } from './k8s.ts';

const deployments = ofKind<IDeployment>(loadManifests(), 'Deployment');

describe('deploy/Dockerfile', () => {
  const { args, stages } = loadDockerfile();
  const runtime = stages.at(-1);
  const instruction = (keyword: string) =>
    runtime?.instructions.filter(([k]) => k === keyword).map(([, v]) => v);

  it('builds the bundle in a build stage and copies exactly that folder into the runtime stage', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const copy = instruction('COPY')?.find((c) => c.startsWith('--from='));
    const [, fromStage, source, destination] = /^--from=(\S+)\s+(\S+)\s+(\S+)$/.exec(copy ?? '') ?? [];
    const build = stages.find((s) => s.name === fromStage);
    expect(build, `COPY --from=${fromStage}`).toBeDefined();
    const bundle = build?.instructions.find(([k, v]) => k === 'RUN' && /\bpnpm bundle\b/.test(v))?.[1];
    expect(bundle, 'the build stage runs pnpm bundle').toBeDefined();
    expect(/--out\s+(\S+)/.exec(bundle ?? '')?.[1]).toBe(source);
    const scripts = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts;
    expect(scripts.bundle).toBe('tsx scripts/bundle.ts');
    // The entry point is the bundle's bin, which deploy/package.json ships.
    expect(JSON.parse(instruction('ENTRYPOINT')?.[0] ?? '[]')).toEqual([
      'node',
      `${destination}/bin/hub.mjs`,
    ]);
    expect(JSON.parse(readFileSync(path.join(DEPLOY, 'package.json'), 'utf8')).files).toContain('bin');
    expect(existsSync(path.join(DEPLOY, 'bin', 'hub.mjs'))).toBe(true);
    expect(roles()).toContain(JSON.parse(instruction('CMD')?.[0] ?? '[]')[0]);
  });

  it('runs as a numeric non-root user, the one the Deployments name, on a slim Node image', () => {
    const users = instruction('USER') ?? [];
    expect(users).toHaveLength(1);
    const [uid, gid] = (users[0] as string).split(':').map(Number);
    expect(uid).toBeGreaterThan(0);
    for (const d of deployments) {
      expect(d.spec?.template.spec?.securityContext?.runAsUser).toBe(uid);
      expect(d.spec?.template.spec?.securityContext?.runAsGroup).toBe(gid);
    }
    const base = runtime?.from.replace(/^\$\{(\w+)\}$/, (_, name: string) => args[name] ?? '');
    expect(base).toMatch(/^node:\d+(\.\d+)*-(\w+-)?slim$/);
    expect(instruction('ENV')).toContain('NODE_ENV=production');
    const exposed = (instruction('EXPOSE') ?? []).join(' ').split(/\s+/).map(Number);
    for (const d of deployments) expect(exposed).toContain(mainContainer(d).ports?.[0]?.containerPort);
  });

  it('.dockerignore keeps installed and generated files out, and what the build needs in', () => {
    const patterns = readFileSync(path.join(ROOT, '.dockerignore'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    expect(patterns).toContain('**/node_modules');
    expect(patterns).toContain('dist');
    for (const needed of [
      'pnpm-lock.yaml',
      'pnpm-workspace.yaml',
      'patches',
      'deploy',
      'schema',
      'scripts',
    ]) {
      expect(
        patterns.filter((p) => p === needed || p === '*' || p === '**' || p.startsWith(`${needed}/`)),
      ).toEqual([]);
    }
  });
});

describe('deploy/kubernetes/kustomization.yaml', () => {
  it('names the image the Deployments use', () => {
    const kustomization = parse(readFileSync(path.join(KUBERNETES, 'kustomization.yaml'), 'utf8'));
    const image = mainContainer(deployments[0] as IDeployment).image ?? '';
    expect(kustomization.images.map((i: { name: string }) => i.name)).toContain(image.split(':')[0]);
  });
});
