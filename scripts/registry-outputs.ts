/**
 * What follows from the subgraph registry (subgraphs/<name>/package.json, "hub") where a file
 * cannot read it itself: the runtime package's dependencies (deploy/package.json: `pnpm deploy`
 * bundles exactly those), the image's EXPOSE line (deploy/Dockerfile), the Kubernetes overlays
 * (deploy/kubernetes/subgraphs/) and, in each subgraph's Prisma schema folder, the tables of its
 * capabilities (prisma/schema/kit-<capability>.prisma, copies of kit/prisma/<capability>.prisma).
 * Written by `pnpm registry` and `pnpm new:subgraph`.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { capabilityPrismaFragments, listSubgraphs, strayPrismaFragments } from '@kaarst/kit/registry';
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

/** Each subgraph's capability fragments (prisma/schema/kit-<capability>.prisma), by path from the root. */
function prismaFragments(root: string): Record<string, string> {
  // The entries' folders are real paths: relative to the real root (a root through a link, too).
  const real = realpathSync(root);
  return Object.fromEntries(
    listSubgraphs(root).flatMap((entry) =>
      Object.entries(capabilityPrismaFragments(entry)).map(([file, text]) => [
        path.relative(real, file),
        text,
      ]),
    ),
  );
}

/** Every output, by path from the root, with the content it should have. */
export function registryOutputs(root: string): Record<string, string> {
  return {
    'deploy/package.json': runtimePackage(root),
    'deploy/Dockerfile': dockerfile(root),
    ...kubernetesOverlays(root),
    ...prismaFragments(root),
  };
}

/**
 * The outputs whose file differs or is missing (`stale`), and files among the overlays and the
 * capability fragments that are no output (`unexpected`: a removed subgraph's overlay, the fragment
 * of a capability a subgraph dropped); unless `check`, writes the one and removes the other.
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
  for (const entry of listSubgraphs(root))
    unexpected.push(...strayPrismaFragments(entry).map((file) => path.relative(realpathSync(root), file)));
  if (!check) {
    for (const file of stale) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), outputs[file] as string);
    }
    for (const file of unexpected) rmSync(path.join(root, file));
  }
  return { stale, unexpected };
}
