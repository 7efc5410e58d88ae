/** Our reading of the kustomization (tests/deploy/k8s.ts) against kustomize's own, where kubectl is installed. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { KUBERNETES, loadManifests, type Manifest } from './k8s.ts';

describe('deploy/kubernetes as kustomize renders it', () => {
  const manifests = loadManifests();
  const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status === 0;
  it.runIf(kubectl || process.env.CI)('kubectl kustomize renders exactly what these tests read', () => {
    const rendered = spawnSync('kubectl', ['kustomize', KUBERNETES], { encoding: 'utf8' });
    expect(rendered.status, `kubectl kustomize (CI needs kubectl): ${rendered.stderr}`).toBe(0);
    const key = (m: { kind: string; metadata: { name: string } }) => `${m.kind}/${m.metadata.name}`;
    const theirs = parseAllDocuments(rendered.stdout).map((doc) => doc.toJS() as Manifest);
    const ours = manifests.map(({ file: _file, ...m }) => m as Manifest);
    expect(Object.fromEntries(ours.map((m) => [key(m), m]))).toEqual(
      Object.fromEntries(theirs.map((m) => [key(m), m])),
    );
  });
});
