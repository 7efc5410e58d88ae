/**
 * What `kubectl apply -k deploy/kubernetes` creates, without kubectl: the kustomizations read as
 * kustomize reads them, for exactly the features deploy/kubernetes uses (resources, namespace,
 * labels, JSON patches, images). Anything else is refused, not ignored; manifests.test.ts compares
 * the result with `kubectl kustomize` where kubectl is installed (always in CI).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

export interface Manifest {
  /** The file it came from, relative to the rendered kustomization's folder. */
  file: string;
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  // biome-ignore lint/suspicious/noExplicitAny: raw YAML, validated by the kubernetes-models classes
  [field: string]: any;
}

interface Operation {
  op: 'add' | 'replace' | 'remove';
  path: string;
  value?: unknown;
}

interface Kustomization {
  apiVersion?: string;
  kind?: string;
  namespace?: string;
  resources?: string[];
  labels?: Array<{ pairs: Record<string, string>; includeSelectors?: boolean }>;
  patches?: Array<{ target?: { kind?: string; name?: string }; patch?: string; path?: string }>;
  images?: Array<{ name: string; newName?: string; newTag?: string }>;
}

const SUPPORTED = ['apiVersion', 'kind', 'namespace', 'resources', 'labels', 'patches', 'images'];
/** Kinds without a namespace, left alone by the namespace transformer. */
const CLUSTER_SCOPED = ['Namespace'];

/** Applies RFC 6902 operations (add, replace, remove) to a parsed document in place. */
export function applyJsonPatch(document: unknown, operations: Operation[]): void {
  for (const { op, path: pointer, value } of operations) {
    const keys = pointer
      .split('/')
      .slice(1)
      .map((k) => k.replaceAll('~1', '/').replaceAll('~0', '~'));
    const last = keys.pop() as string;
    let parent = document as Record<string, unknown> | unknown[];
    for (const key of keys) {
      const next = (parent as Record<string, unknown>)[key];
      if (typeof next !== 'object' || next === null) throw new Error(`${op} ${pointer}: no ${key}`);
      parent = next as Record<string, unknown>;
    }
    if (Array.isArray(parent)) {
      const index = last === '-' ? parent.length : Number(last);
      if (!(index >= 0 && index <= parent.length) || (op !== 'add' && index === parent.length))
        throw new Error(`${op} ${pointer}: no item ${last}`);
      parent.splice(index, op === 'add' ? 0 : 1, ...(op === 'remove' ? [] : [structuredClone(value)]));
    } else {
      if (op !== 'add' && !(last in parent)) throw new Error(`${op} ${pointer}: no ${last}`);
      if (op === 'remove') delete parent[last];
      else parent[last] = structuredClone(value);
    }
  }
}

/** kustomize's label field specs with includeSelectors, for the kinds used here. */
function setLabels(manifest: Manifest, pairs: Record<string, string>): void {
  const merge = (target: Record<string, unknown>, key: string) => {
    target[key] = { ...(target[key] as object), ...pairs };
  };
  merge(manifest.metadata, 'labels');
  const spec = manifest.spec ?? {};
  if (manifest.kind === 'Service') merge(spec, 'selector');
  else if (manifest.kind === 'PodDisruptionBudget') merge(spec.selector, 'matchLabels');
  else if (manifest.kind === 'Deployment') {
    merge(spec.selector, 'matchLabels');
    merge(spec.template.metadata, 'labels');
    for (const constraint of spec.template.spec.topologySpreadConstraints ?? [])
      if (constraint.labelSelector?.matchLabels) merge(constraint.labelSelector, 'matchLabels');
  } else throw new Error(`labels on a ${manifest.kind}: not known to tests/deploy/kustomize.ts`);
}

function setImages(manifest: Manifest, images: NonNullable<Kustomization['images']>): void {
  const pod = manifest.spec?.template?.spec ?? manifest.spec?.jobTemplate?.spec?.template?.spec;
  for (const container of [...(pod?.initContainers ?? []), ...(pod?.containers ?? [])]) {
    const [name = '', tag] = String(container.image).split(':');
    const image = images.find((i) => i.name === name);
    if (image) container.image = `${image.newName ?? name}:${image.newTag ?? tag}`;
  }
}

function readYaml(file: string, base: string): Manifest[] {
  return parseAllDocuments(readFileSync(file, 'utf8')).flatMap((doc) => {
    if (doc.errors.length) throw new Error(`${file}: ${doc.errors.map((e) => e.message).join('; ')}`);
    const value = doc.toJS() as Manifest | null;
    return value ? [{ ...value, file: path.relative(base, file) }] : [];
  });
}

/** The resources of the kustomization in `dir`, transformed; `base` names their files. */
export function renderKustomization(dir: string, base = dir): Manifest[] {
  const file = path.join(dir, 'kustomization.yaml');
  if (!existsSync(file)) throw new Error(`${dir}: no kustomization.yaml`);
  const k = parse(readFileSync(file, 'utf8')) as Kustomization;
  const unsupported = Object.keys(k).filter((key) => !SUPPORTED.includes(key));
  if (unsupported.length)
    throw new Error(`${file}: ${unsupported.join(', ')} not known to tests/deploy/kustomize.ts`);
  const manifests = (k.resources ?? []).flatMap((resource) => {
    const target = path.join(dir, resource);
    return statSync(target).isDirectory() ? renderKustomization(target, base) : readYaml(target, base);
  });
  for (const { target = {}, patch, path: patchFile } of k.patches ?? []) {
    const operations = parse(patchFile ? readFileSync(path.join(dir, patchFile), 'utf8') : (patch ?? ''));
    if (!Array.isArray(operations))
      throw new Error(`${file}: only JSON patches are known to tests/deploy/kustomize.ts`);
    const matching = manifests.filter(
      (m) => (!target.kind || m.kind === target.kind) && (!target.name || m.metadata.name === target.name),
    );
    if (!matching.length) throw new Error(`${file}: a patch matches nothing (${JSON.stringify(target)})`);
    for (const manifest of matching) applyJsonPatch(manifest, operations);
  }
  for (const { pairs, includeSelectors } of k.labels ?? []) {
    if (!includeSelectors) throw new Error(`${file}: labels without includeSelectors are not known here`);
    for (const manifest of manifests) setLabels(manifest, pairs);
  }
  if (k.namespace)
    for (const m of manifests) if (!CLUSTER_SCOPED.includes(m.kind)) m.metadata.namespace = k.namespace;
  if (k.images) for (const manifest of manifests) setImages(manifest, k.images);
  return manifests;
}
