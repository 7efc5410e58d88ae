import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { listSubgraphs, subgraphUrlVariable } from '@kaarst/kit/registry';
import type { IDeployment } from 'kubernetes-models/apps/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { CronJob, type ICronJob, Job } from 'kubernetes-models/batch/v1';
import { Ingress, NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import type { IConfigMap, IContainer, IProbe, IService } from 'kubernetes-models/v1';
import { ConfigMap, Namespace, Secret, Service } from 'kubernetes-models/v1';
import { describe, expect, it } from 'vitest';
import { roles, serviceRoles, subgraphRoles, taskRoles } from '../../deploy/src/roles.ts';
import { GATEWAY_NODE_OPTIONS } from '../../gateway/src/node-options.ts';
import { ROOT } from '../harness.ts';
import {
  containerEnv,
  KUBERNETES,
  loadManifests,
  loadSecretTemplate,
  type Manifest,
  mainContainer,
  ofKind,
  plainValue,
  quantity,
  roleOf,
  SECRET_TEMPLATE,
  secretKeys,
} from './k8s.ts';
import { unknownFields } from './strict-fields.ts';

const MODELS: Record<string, { new (data: never): { validate(): void } }> = {
  'v1/Namespace': Namespace,
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'networking.k8s.io/v1/Ingress': Ingress,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'batch/v1/Job': Job,
  'batch/v1/CronJob': CronJob,
};
/** The app's own drain on SIGTERM (kit/src/lifecycle.ts closeOnSignals). */
const APP_GRACE_SECONDS = 10;

const manifests = loadManifests();
const secretTemplate = loadSecretTemplate();
const resources = [...manifests, secretTemplate];
const deployments = ofKind<IDeployment>(manifests, 'Deployment');
const services = ofKind<IService>(manifests, 'Service');
const configMaps = ofKind<IConfigMap>(manifests, 'ConfigMap');
const deploymentOf = (role: string) => deployments.find((d) => roleOf(d) === role);
const podLabels = (d: IDeployment) => d.spec?.template.metadata?.labels ?? {};
const selects = (selector: Record<string, string> | undefined, labels: Record<string, string>) =>
  !!selector &&
  Object.keys(selector).length > 0 &&
  Object.entries(selector).every(([k, v]) => labels[k] === v);
const portOf = (container: IContainer, port: string | number | undefined) =>
  container.ports?.find((p) => p.name === port || p.containerPort === port);
const envOf = (d: IDeployment) => containerEnv(mainContainer(d), configMaps);

/** Names of the variables documented in docs/operations.md's "Environment" table. */
function documentedVariables(): RegExp[] {
  const docs = readFileSync(path.join(ROOT, 'docs', 'operations.md'), 'utf8');
  const table = docs.split(/^## Environment$/m)[1]?.split(/^## /m)[0] ?? '';
  const firstColumns = table.split('\n').map((line) => line.split('|')[1] ?? '');
  const names = firstColumns.flatMap((cell) => [...cell.matchAll(/`([A-Z<][A-Z0-9_<>]*)/g)].map((m) => m[1]));
  return names.map((name) => new RegExp(`^${(name as string).replace(/<NAME>/g, '[A-Z0-9_]+')}$`));
}

describe('Kubernetes manifests: schemas', () => {
  it('the kustomization applies every manifest file but the Secret template, in one namespace', () => {
    expect(deployments.length).toBeGreaterThan(0);
    // Here, and each subgraph's own manifests (subgraphs/<name>/kubernetes/).
    const folders = [KUBERNETES, ...listSubgraphs().map((s) => path.join(s.dir, 'kubernetes'))];
    const files = folders
      .filter((folder) => existsSync(folder))
      .flatMap((folder) =>
        readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((file) =>
          path.relative(KUBERNETES, path.join(folder, file)),
        ),
      )
      .filter((file) => /\.ya?ml$/.test(file) && path.basename(file) !== 'kustomization.yaml');
    const applied = new Set(manifests.map((m) => m.file));
    const patches = ['subgraphs/gateway-urls.yaml'];
    expect(files.filter((file) => !applied.has(file)).sort()).toEqual([...patches, SECRET_TEMPLATE].sort());
    const namespace = ofKind(manifests, 'Namespace')[0]?.metadata.name;
    expect(namespace).toBeDefined();
    for (const m of manifests)
      expect(m.kind === 'Namespace' ? undefined : namespace, `${m.kind}/${m.metadata.name}`).toBe(
        m.metadata.namespace,
      );
    expect([undefined, namespace]).toContain(secretTemplate.metadata.namespace);
  });

  it.each(resources.map((m) => [`${m.file}: ${m.kind}/${m.metadata.name}`, m] as const))(
    '%s is valid against the Kubernetes schema',
    (_, manifest) => {
      const { file: _file, ...data } = manifest;
      const Model = MODELS[`${manifest.apiVersion}/${manifest.kind}`];
      expect(Model, `no schema known for ${manifest.apiVersion} ${manifest.kind}`).toBeDefined();
      expect(() => new (Model as NonNullable<typeof Model>)(data as never).validate()).not.toThrow();
    },
  );

  it('no manifest has a field its kind does not know (the schemas allow extra keys)', () => {
    expect(Object.fromEntries(unknownFields(resources))).toEqual({});
  });

  it('the checks are real: a misspelled field and a wrong type are caught', () => {
    const deployment = structuredClone(deployments[0]) as Manifest;
    const container = deployment.spec.template.spec.containers[0];
    container.readinesProbe = container.readinessProbe;
    expect([...unknownFields([deployment]).values()].flat().join()).toMatch(/readinesProbe/);
    const { file: _file, ...data } = structuredClone(deployments[0]) as Manifest;
    expect(() => new Deployment(data as never).validate()).not.toThrow();
    data.spec.replicas = 'two';
    expect(() => new Deployment(data as never).validate()).toThrow();
  });
});

describe('Kubernetes manifests: what the hub needs', () => {
  it('one Deployment per service the image runs, two replicas or more, one image, known roles', () => {
    expect(deployments.map(roleOf).sort()).toEqual(serviceRoles().sort());
    const images = new Set(deployments.map((d) => mainContainer(d).image));
    expect(images.size).toBe(1);
    for (const d of deployments) {
      expect(roles()).toContain(roleOf(d));
      expect(mainContainer(d).args).toHaveLength(1);
      expect(mainContainer(d).command, 'the image ENTRYPOINT stays').toBeUndefined();
      expect(podLabels(d)['app.kubernetes.io/component']).toBe(roleOf(d));
      expect(d.spec?.replicas ?? 1).toBeGreaterThanOrEqual(2);
      expect(selects(d.spec?.selector.matchLabels, podLabels(d))).toBe(true);
    }
  });

  it.each(deployments.map((d) => [roleOf(d), d] as const))(
    '%s: startup, liveness and readiness probes on the health endpoints and the served port',
    (_, d) => {
      const container = mainContainer(d);
      const port = envOf(d).get('PORT');
      const served = Number(plainValue(port, configMaps));
      expect(container.ports?.map((p) => p.containerPort)).toEqual([served]);
      const probe = (p: IProbe | undefined) => ({
        path: p?.httpGet?.path,
        port: portOf(container, p?.httpGet?.port)?.containerPort,
      });
      expect(probe(container.livenessProbe)).toEqual({ path: '/health/live', port: served });
      expect(probe(container.readinessProbe)).toEqual({ path: '/health/ready', port: served });
      expect(probe(container.startupProbe)).toEqual({ path: '/health/live', port: served });
      // Subgraphs migrate before they listen: give them at least two minutes.
      const startup = container.startupProbe;
      const budget = (startup?.periodSeconds ?? 10) * (startup?.failureThreshold ?? 3);
      expect(budget).toBeGreaterThanOrEqual(roleOf(d) === 'gateway' ? 30 : 120);
    },
  );

  it.each(deployments.map((d) => [roleOf(d), d] as const))(
    '%s: non-root, read-only root filesystem with a /tmp volume, no privileges',
    (_, d) => {
      const pod = d.spec?.template.spec;
      const container = mainContainer(d);
      expect(pod?.securityContext?.runAsNonRoot).toBe(true);
      expect(pod?.securityContext?.runAsUser).toBeGreaterThan(0);
      expect(pod?.automountServiceAccountToken).toBe(false);
      expect(container.securityContext?.allowPrivilegeEscalation).toBe(false);
      expect(container.securityContext?.readOnlyRootFilesystem).toBe(true);
      expect(container.securityContext?.capabilities?.drop).toEqual(['ALL']);
      // tsx caches compiled files, and the prisma CLI its config, in the temp folder.
      const tmp = container.volumeMounts?.find((m) => m.mountPath === '/tmp');
      expect(pod?.volumes?.find((v) => v.name === tmp?.name)?.emptyDir).toBeDefined();
    },
  );

  it.each(deployments.map((d) => [roleOf(d), d] as const))(
    '%s: stops within the grace period, with resource requests and limits',
    (_, d) => {
      const container = mainContainer(d);
      const preStop = container.lifecycle?.preStop?.exec?.command ?? [];
      const preStopSeconds = preStop[0] === 'sleep' ? Number(preStop[1]) : 0;
      expect(d.spec?.template.spec?.terminationGracePeriodSeconds ?? 30).toBeGreaterThan(
        preStopSeconds + APP_GRACE_SECONDS,
      );
      const { requests = {}, limits = {} } = container.resources ?? {};
      for (const resource of ['cpu', 'memory']) {
        expect(quantity(requests[resource])).toBeGreaterThan(0);
        expect(quantity(limits[resource])).toBeGreaterThanOrEqual(quantity(requests[resource]));
      }
    },
  );

  it('every variable comes from a ConfigMap or the Secret template, and is a documented one', () => {
    const documented = documentedVariables();
    expect(documented.length).toBeGreaterThan(10);
    expect(secretTemplate.kind, `${SECRET_TEMPLATE} holds the Secret template`).toBe('Secret');
    const keys = secretKeys(secretTemplate);
    for (const d of deployments) {
      for (const [name, source] of envOf(d)) {
        expect(
          documented.some((re) => re.test(name)),
          `${roleOf(d)}: ${name} is not in docs/operations.md`,
        ).toBe(true);
        if (source.from === 'secret') {
          expect(source.name).toBe(secretTemplate?.metadata?.name);
          expect(keys, `${roleOf(d)}: ${name}`).toContain(source.key);
        }
        if (source.from === 'configMap') expect(plainValue(source, configMaps), name).toBeDefined();
      }
    }
    // A template only: no value in it may be a real secret.
    for (const value of Object.values(secretTemplate?.stringData ?? {})) expect(value).toMatch(/REPLACE_ME/);
    expect(secretTemplate?.data).toBeUndefined();
  });

  it('every role gets what it needs in production (kit/src/keys.ts, database.ts, subgraph.ts)', () => {
    for (const d of deployments) {
      const role = roleOf(d) as string;
      const env = envOf(d);
      const missing = (names: string[]) => names.filter((name) => !env.has(name));
      expect(plainValue(env.get('NODE_ENV'), configMaps), role).toBe('production');
      expect(missing(['PORT', 'HUB_INTERNAL_SECRET', 'METRICS_TOKEN']), role).toEqual([]);
      expect(env.has('HUB_JWT_PUBLIC_KEY') || env.has('HUB_JWT_PRIVATE_KEY'), role).toBe(true);
      if (subgraphRoles().includes(role)) {
        // Without DATABASE_URL a subgraph would open an embedded database inside its pod;
        // without REDIS_URL its replicas would not see each other's events.
        expect(missing(['DATABASE_URL', 'REDIS_URL']), role).toEqual([]);
      } else {
        // The gateway's replicas share one rate-limit budget per API key through Redis.
        expect(missing(['REDIS_URL']), role).toEqual([]);
      }
      if (subgraphRoles().includes(role)) {
        expect(plainValue(env.get('HOST'), configMaps), `${role} listens on the pod address`).toBe('0.0.0.0');
      }
      // Only citizens signs session tokens: nobody else gets the private key.
      expect(env.has('HUB_JWT_PRIVATE_KEY'), role).toBe(role === 'citizens');
    }
  });

  it('the gateway runs with its Node options wherever it is started', () => {
    const options = GATEWAY_NODE_OPTIONS.join(' ');
    expect(options).not.toBe('');
    // The container (this Deployment), `pnpm start` in gateway/; scripts/hub.ts and the benchmark import the list.
    expect(plainValue(envOf(deploymentOf('gateway') as IDeployment).get('NODE_OPTIONS'), configMaps)).toBe(
      options,
    );
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'gateway', 'package.json'), 'utf8'));
    expect(pkg.scripts.start).toBe(`node ${options} --import tsx src/main.ts`);
    // No other service gets them (they are the gateway's).
    for (const role of subgraphRoles())
      expect(envOf(deploymentOf(role) as IDeployment).has('NODE_OPTIONS'), role).toBe(false);
  });

  it('the gateway finds every subgraph of the supergraph through its Service', () => {
    const supergraph = readFileSync(path.join(ROOT, 'schema', 'supergraph.graphql'), 'utf8');
    const subgraphs = [...supergraph.matchAll(/@join__graph\(name: "([^"]+)"/g)].map((m) => m[1] as string);
    expect(subgraphs.sort()).toEqual(subgraphRoles().sort());
    const gateway = deploymentOf('gateway') as IDeployment;
    const env = envOf(gateway);
    for (const name of subgraphs) {
      const variable = `SUBGRAPH_${name.toUpperCase().replaceAll('-', '_')}_URL`;
      const url = new URL(plainValue(env.get(variable), configMaps) ?? 'http://missing');
      const service = services.find((s) => s.metadata?.name === url.hostname);
      expect(service, `${variable} names the Service ${url.hostname}`).toBeDefined();
      const servicePort = service?.spec?.ports?.find((p) => String(p.port) === url.port);
      expect(servicePort, `${variable}: port ${url.port}`).toBeDefined();
      expect(url.pathname).toBe('/graphql');
      const target = deploymentOf(name) as IDeployment;
      expect(selects(service?.spec?.selector, podLabels(target))).toBe(true);
      expect(portOf(mainContainer(target), servicePort?.targetPort)).toBeDefined();
    }
  });

  it('scheduled tasks run a task of the image, one at a time, as the services do (non-root, read-only)', () => {
    const cronJobs = ofKind<ICronJob>(manifests, 'CronJob');
    expect(cronJobs.map((c) => c.metadata?.name)).toEqual(['transit-import']);
    for (const cronJob of cronJobs) {
      const pod = cronJob.spec?.jobTemplate.spec?.template.spec;
      const container = pod?.containers[0];
      expect(pod?.containers).toHaveLength(1);
      expect(taskRoles()).toContain(container?.args?.[0]);
      expect(container?.image).toBe(mainContainer(deployments[0] as IDeployment).image);
      expect(cronJob.spec?.concurrencyPolicy).toBe('Forbid');
      expect(pod?.restartPolicy).toBe('Never');
      expect(pod?.securityContext?.runAsNonRoot).toBe(true);
      expect(pod?.automountServiceAccountToken).toBe(false);
      expect(container?.securityContext?.readOnlyRootFilesystem).toBe(true);
      expect(container?.securityContext?.capabilities?.drop).toEqual(['ALL']);
      const tmp = container?.volumeMounts?.find((m) => m.mountPath === '/tmp');
      expect(pod?.volumes?.find((v) => v.name === tmp?.name)?.emptyDir).toBeDefined();
      const { requests = {}, limits = {} } = container?.resources ?? {};
      for (const resource of ['cpu', 'memory'])
        expect(quantity(limits[resource])).toBeGreaterThanOrEqual(quantity(requests[resource]));
      // Its variables are documented too; the database URL comes from the Secret template.
      for (const variable of container?.env ?? [])
        expect(
          documentedVariables().some((re) => re.test(variable.name)),
          `${variable.name} is not in docs/operations.md`,
        ).toBe(true);
      expect(container?.env?.find((e) => e.name === 'DATABASE_URL')?.valueFrom?.secretKeyRef?.key).toBe(
        'DATABASE_URL',
      );
    }
  });

  it('every Service, PodDisruptionBudget, autoscaler and policy selects pods that exist', () => {
    for (const service of services) {
      const matching = deployments.filter((d) => selects(service.spec?.selector, podLabels(d)));
      expect(matching.map(roleOf), `Service ${service.metadata?.name}`).toHaveLength(1);
      for (const port of service.spec?.ports ?? []) {
        expect(portOf(mainContainer(matching[0] as IDeployment), port.targetPort)).toBeDefined();
      }
    }
    for (const d of deployments) {
      const budgets = ofKind<{
        spec: { minAvailable: number; selector: { matchLabels: Record<string, string> } };
      }>(manifests, 'PodDisruptionBudget').filter((p) => selects(p.spec.selector.matchLabels, podLabels(d)));
      expect(budgets, `${roleOf(d)}: one PodDisruptionBudget`).toHaveLength(1);
      // Below the replica count, or a node drain would wait forever.
      expect(budgets[0]?.spec.minAvailable).toBeLessThan(d.spec?.replicas ?? 1);
    }
    for (const hpa of ofKind(manifests, 'HorizontalPodAutoscaler')) {
      const target = deployments.find((d) => d.metadata?.name === hpa.spec.scaleTargetRef.name);
      expect(target).toBeDefined();
      expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(target?.spec?.replicas ?? 1);
    }
    for (const policy of ofKind(manifests, 'NetworkPolicy')) {
      const selected = deployments.filter((d) => {
        const labels = podLabels(d);
        const expressions = policy.spec.podSelector.matchExpressions ?? [];
        const matches = (e: { key: string; operator: 'In' | 'NotIn'; values: string[] }) =>
          e.operator === 'In'
            ? e.key in labels && e.values.includes(labels[e.key] as string)
            : !e.values.includes(labels[e.key] as string);
        const matchLabels = Object.entries(policy.spec.podSelector.matchLabels ?? {});
        return matchLabels.every(([k, v]) => labels[k] === v) && expressions.every(matches);
      });
      expect(selected.map(roleOf).sort()).toEqual(subgraphRoles().sort());
    }
  });

  it('the Ingress exposes the gateway only', () => {
    for (const ingress of ofKind(manifests, 'Ingress')) {
      for (const rule of ingress.spec.rules) {
        for (const { backend } of rule.http.paths) {
          const service = services.find((s) => s.metadata?.name === backend.service.name);
          expect(selects(service?.spec?.selector, podLabels(deploymentOf('gateway') as IDeployment))).toBe(
            true,
          );
          expect(service?.spec?.ports?.map((p) => p.name)).toContain(backend.service.port.name);
        }
      }
    }
  });
});

describe('Kubernetes manifests: what the subgraph registry says', () => {
  const registry = listSubgraphs();

  it.each(registry.map((s) => [s.name, s] as const))('%s: its Deployment and Service', (name, subgraph) => {
    const deployment = deploymentOf(name) as IDeployment;
    expect(deployment?.metadata?.name).toBe(name);
    const container = mainContainer(deployment);
    expect(container.name).toBe(name);
    expect(container.ports?.map((p) => p.containerPort)).toEqual([subgraph.port]);
    expect(plainValue(envOf(deployment).get('PORT'), configMaps)).toBe(String(subgraph.port));
    expect(deployment.spec?.template.metadata?.annotations?.['prometheus.io/port']).toBe(
      String(subgraph.port),
    );
    for (const secret of subgraph.secrets) {
      expect(envOf(deployment).get(secret), secret).toEqual({
        from: 'secret',
        name: secretTemplate.metadata.name,
        key: secret,
      });
    }
    for (const [bound, figures] of Object.entries(subgraph.kubernetes.resources)) {
      for (const [resource, value] of Object.entries(figures ?? {})) {
        const actual = (container.resources?.[bound as 'limits'] as Record<string, unknown>)?.[resource];
        expect(actual, `${bound}.${resource}`).toBe(value);
      }
    }
    const service = services.find((s) => s.metadata?.name === name);
    expect(service?.spec?.ports?.map((p) => p.port)).toEqual([subgraph.port]);
    expect(
      plainValue(envOf(deploymentOf('gateway') as IDeployment).get(subgraphUrlVariable(name)), configMaps),
    ).toBe(`http://${name}:${subgraph.port}/graphql`);
  });

  it('a secret only a subgraph reads reaches only that subgraph', () => {
    const own = new Map(registry.flatMap((s) => s.secrets.map((secret) => [secret, s.name] as const)));
    for (const d of deployments) {
      for (const [name, source] of envOf(d)) {
        const owner = own.get(source.from === 'secret' ? source.key : '');
        if (owner) expect(roleOf(d), name).toBe(owner);
      }
    }
  });
});
