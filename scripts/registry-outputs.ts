/**
 * What follows from the subgraph registry (subgraphs/<name>/package.json, "hub") where a file
 * cannot read it itself: the runtime package's dependencies (deploy/package.json: `pnpm deploy`
 * bundles exactly those), the image's EXPOSE line (deploy/Dockerfile) and the Kubernetes overlays
 * (deploy/kubernetes/subgraphs/). Written by `pnpm registry` and `pnpm new:subgraph`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { listSubgraphs } from '@kaarst/kit/registry';
import { kubernetesOverlays, OVERLAYS_DIR } from './registry-kubernetes.ts';

/** Workspace packages the runtime ships besides the subgraphs. */
const RUNTIME_PACKAGES = ['@kaarst/gateway', '@kaarst/kit'];

/** deploy/package.json with one workspace dependency per subgraph of the registry. */
function runtimePackage(root: string): string {
  const file = path.join(root, 'deploy', 'package.json');
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as { dependencies: Record<string, string> };
  const kept = Object.entries(pkg.dependencies).filter(
    ([name, version]) => !version.startsWith('workspace:') || RUNTIME_PACKAGES.includes(name),
  );
  const subgraphs = listSubgraphs(root).map((s) => [s.packageName, 'workspace:*'] as const);
  pkg.dependencies = Object.fromEntries([...kept, ...subgraphs].sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** deploy/Dockerfile with the gateway's port and every subgraph's on its EXPOSE line. */
function dockerfile(root: string): string {
  const text = readFileSync(path.join(root, 'deploy', 'Dockerfile'), 'utf8');
  const ports = [4000, ...listSubgraphs(root).map((s) => s.port)].sort((a, b) => a - b);
  return text.replace(/^EXPOSE .*$/m, `EXPOSE ${ports.join(' ')}`);
}

/** Every output, by path from the root, with the content it should have. */
export function registryOutputs(root: string): Record<string, string> {
  return {
    'deploy/package.json': runtimePackage(root),
    'deploy/Dockerfile': dockerfile(root),
    ...kubernetesOverlays(root),
  };
}

/**
 * The outputs whose file differs (`stale`), and files among the overlays that are no output
 * (`unexpected`: a removed subgraph's); unless `check`, writes the one and removes the other.
 */
export function syncRegistryOutputs(root: string, check: boolean) {
  const outputs = registryOutputs(root);
  const read = (file: string) =>
    existsSync(path.join(root, file)) ? readFileSync(path.join(root, file), 'utf8') : '';
  const stale = Object.keys(outputs).filter((file) => read(file) !== outputs[file]);
  const overlays = path.join(root, OVERLAYS_DIR);
  const unexpected = existsSync(overlays)
    ? readdirSync(overlays, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
        .filter((file) => !(file in outputs))
    : [];
  if (!check) {
    for (const file of stale) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), outputs[file] as string);
    }
    for (const file of unexpected) rmSync(path.join(root, file));
  }
  return { stale, unexpected };
}
