/**
 * The deployment files as data, for tests/deploy: the Kubernetes resources
 * deploy/kubernetes creates (its kustomization, rendered), the Secret template,
 * the Dockerfile's stages, and what a Deployment's container gets in its environment.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IConfigMap } from 'kubernetes-models/v1/ConfigMap';
import type { IContainer } from 'kubernetes-models/v1/Container';
import type { ISecret } from 'kubernetes-models/v1/Secret';
import { parseAllDocuments } from 'yaml';
import { ROOT } from '../harness.ts';
import { type Manifest, renderKustomization } from './kustomize.ts';

export type { Manifest };

export const DEPLOY = path.join(ROOT, 'deploy');
export const KUBERNETES = path.join(DEPLOY, 'kubernetes');

export const SECRET_TEMPLATE = 'secret.example.yaml';

/** The resources `kubectl apply -k deploy/kubernetes` creates. */
export const loadManifests = (): Manifest[] => renderKustomization(KUBERNETES);

/** The Secret template (not applied: the real Secret is made from values outside the repository). */
export function loadSecretTemplate(): ISecret & Manifest {
  const [secret] = parseAllDocuments(readFileSync(path.join(KUBERNETES, SECRET_TEMPLATE), 'utf8'));
  return { ...(secret?.toJS() as ISecret & Manifest), file: SECRET_TEMPLATE };
}

export const ofKind = <T = Manifest>(manifests: Manifest[], kind: string) =>
  manifests.filter((m) => m.kind === kind) as unknown as Array<T & Manifest>;

/** The one container of a Deployment (the hub runs one per pod). */
export function mainContainer(deployment: IDeployment): IContainer {
  const containers = deployment.spec?.template.spec?.containers ?? [];
  if (containers.length !== 1) throw new Error(`${deployment.metadata?.name}: expected one container`);
  return containers[0] as IContainer;
}

/** The role a Deployment runs: the image's CMD replaced by `args` (the ENTRYPOINT stays). */
export const roleOf = (deployment: IDeployment) => mainContainer(deployment).args?.[0];

/** Where a variable's value comes from in a container. */
export type EnvSource =
  | { from: 'value'; value: string }
  | { from: 'configMap'; name: string; key: string }
  | { from: 'secret'; name: string; key: string };

/** A container's environment as Kubernetes builds it: envFrom first, `env` entries override. */
export function containerEnv(container: IContainer, configMaps: IConfigMap[]): Map<string, EnvSource> {
  const result = new Map<string, EnvSource>();
  for (const source of container.envFrom ?? []) {
    const ref = source.configMapRef;
    if (!ref) throw new Error(`${container.name}: only configMapRef is expected in envFrom`);
    const configMap = configMaps.find((c) => c.metadata?.name === ref.name);
    if (!configMap) throw new Error(`${container.name}: envFrom names the missing ConfigMap ${ref.name}`);
    for (const key of Object.keys(configMap.data ?? {})) {
      result.set(key, { from: 'configMap', name: ref.name as string, key });
    }
  }
  for (const entry of container.env ?? []) {
    const secret = entry.valueFrom?.secretKeyRef;
    const configMap = entry.valueFrom?.configMapKeyRef;
    if (secret) result.set(entry.name, { from: 'secret', name: secret.name as string, key: secret.key });
    else if (configMap) {
      result.set(entry.name, { from: 'configMap', name: configMap.name as string, key: configMap.key });
    } else result.set(entry.name, { from: 'value', value: entry.value ?? '' });
  }
  return result;
}

/** The value of a variable that is not secret (a literal or from a ConfigMap). */
export function plainValue(source: EnvSource | undefined, configMaps: IConfigMap[]): string | undefined {
  if (!source || source.from === 'secret') return undefined;
  if (source.from === 'value') return source.value;
  return configMaps.find((c) => c.metadata?.name === source.name)?.data?.[source.key];
}

/** Keys of a Secret manifest (stringData or data). */
export const secretKeys = (secret: ISecret) => [
  ...Object.keys(secret.stringData ?? {}),
  ...Object.keys(secret.data ?? {}),
];

export interface DockerStage {
  name: string | undefined;
  from: string;
  /** Instructions after FROM: [keyword, rest of the line], continuation lines joined. */
  instructions: Array<[string, string]>;
}

/** The stages of deploy/Dockerfile, and the global ARG defaults before the first FROM. */
export function loadDockerfile(): { args: Record<string, string>; stages: DockerStage[] } {
  const text = readFileSync(path.join(DEPLOY, 'Dockerfile'), 'utf8').replace(/\\\n/g, ' ');
  const args: Record<string, string> = {};
  const stages: DockerStage[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [, keyword = '', rest = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    const upper = keyword.toUpperCase();
    if (upper === 'FROM') {
      const [, from = '', name] = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(rest) ?? [];
      stages.push({ name, from, instructions: [] });
    } else if (stages.length === 0 && upper === 'ARG') {
      const [name = '', value = ''] = rest.split('=');
      args[name] = value;
    } else stages.at(-1)?.instructions.push([upper, rest]);
  }
  return { args, stages };
}

/** A Kubernetes quantity as a number: CPU in cores, memory in bytes. */
export function quantity(value: string | number | undefined): number {
  if (value === undefined) return Number.NaN;
  const match = /^([0-9.]+)(m|Ki|Mi|Gi|k|M|G)?$/.exec(String(value));
  if (!match) return Number.NaN;
  const factor: Record<string, number> = {
    m: 1e-3,
    k: 1e3,
    M: 1e6,
    G: 1e9,
    Ki: 1024,
    Mi: 1024 ** 2,
    Gi: 1024 ** 3,
  };
  return Number(match[1]) * (match[2] ? (factor[match[2]] ?? Number.NaN) : 1);
}
