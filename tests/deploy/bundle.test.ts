/**
 * The production bundle, started as the image starts it: `pnpm bundle` output
 * (HUB_TEST_BUNDLE, built by .ci/run, or built here into a temporary folder),
 * the Dockerfile's ENTRYPOINT and WORKDIR mapped onto it, each Deployment's
 * environment from the manifests (ConfigMap values as written, Secret values
 * generated here), one process per role, on the real PostgreSQL.
 *
 * Runs only with DATABASE_URL: production runs on PostgreSQL, and the bundle
 * build (about half a minute) belongs to CI's PostgreSQL pass, not to every
 * embedded run.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { AuditLogDocument } from '@kaarst/contract';
import { env } from '@kaarst/kit';
import {
  clientDocuments,
  envStem,
  listSubgraphs,
  subgraphTasks,
  subgraphUrlVariable,
} from '@kaarst/kit/registry';
import { testDatabase } from '@kaarst/kit/testing';
import type { IDeployment } from 'kubernetes-models/apps/v1';
import type { IConfigMap } from 'kubernetes-models/v1';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HubSignInDocument, PortalMyAppointmentsDocument } from '../../clients/web/src/generated/graphql.ts';
import { ANNA, DEMO_PASSWORD, freePort, postGraphQL, ROOT } from '../harness.ts';

const REGISTRY = listSubgraphs();
const SUBGRAPHS = REGISTRY.map((subgraph) => subgraph.name);
type SubgraphRole = string;
/** A registered document by its id, as the portal sends it. */
const byId = (document: unknown) => ({
  persistedQuery: {
    version: 1,
    sha256Hash: ((document as { __meta__: { hash: string } }).__meta__.hash ?? '').replace(/^sha256:/, ''),
  },
});

import {
  containerEnv,
  loadDockerfile,
  loadManifests,
  mainContainer,
  ofKind,
  plainValue,
  roleOf,
} from './k8s.ts';

interface Service {
  role: string;
  child: ChildProcess;
  output: string[];
  exited: Promise<number | null>;
}

const manifests = loadManifests();
const deployments = ofKind<IDeployment>(manifests, 'Deployment');
const configMaps = ofKind<IConfigMap>(manifests, 'ConfigMap');
const { stages } = loadDockerfile();
const runtime = stages.at(-1)?.instructions ?? [];
const imageValue = (keyword: string) => runtime.filter(([k]) => k === keyword).map(([, v]) => v);
const [, , imageRoot = '/app'] = /^--from=\S+\s+(\S+)\s+(\S+)$/.exec(imageValue('COPY')[0] ?? '') ?? [];

describe.skipIf(!env('DATABASE_URL'))('the production bundle, run as the image runs it', () => {
  let bundle = '';
  let built: string | undefined;
  let scratch = '';
  let databases: Record<SubgraphRole, ReturnType<typeof testDatabase>>;
  const services: Service[] = [];
  // Values for the Secret's keys; per-process database schemas are set on top.
  const secrets: Record<string, string> = {
    DATABASE_URL: env('DATABASE_URL') as string,
    METRICS_TOKEN: randomBytes(16).toString('hex'),
  };
  if (env('REDIS_URL')) secrets.REDIS_URL = env('REDIS_URL') as string;
  const ports: Record<string, number> = {};

  /** A path inside the image (ENTRYPOINT, WORKDIR) as a path in the bundle. */
  const inBundle = (imagePath: string) =>
    imagePath === imageRoot || imagePath.startsWith(`${imageRoot}/`)
      ? path.join(bundle, imagePath.slice(imageRoot.length))
      : imagePath;

  function run(role: string, environment: Record<string, string>): Service {
    const [command = '', ...args] = JSON.parse(imageValue('ENTRYPOINT')[0] ?? '[]') as string[];
    expect(command).toBe('node');
    const child = spawn(process.execPath, [...args.map(inBundle), role], {
      cwd: inBundle(imageValue('WORKDIR').at(-1) ?? imageRoot),
      env: environment,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => output.push(line));
    }
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const service = { role, child, output, exited };
    services.push(service);
    return service;
  }

  /** What the container gets: the image's ENV, then the Deployment's env (Secret values from here). */
  function podEnv(role: string, overrides: Record<string, string>): Record<string, string> {
    const result: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: scratch, TMPDIR: scratch };
    for (const line of imageValue('ENV')) {
      for (const [, name, value] of line.matchAll(/(\w+)=(\S+)/g)) result[name as string] = value as string;
    }
    const deployment = deployments.find((d) => roleOf(d) === role) as IDeployment;
    for (const [name, source] of containerEnv(mainContainer(deployment), configMaps)) {
      if (source.from !== 'secret') result[name] = plainValue(source, configMaps) ?? '';
      else if (source.key in secrets) result[name] = secrets[source.key] as string;
      else if (source.key !== 'REDIS_URL')
        throw new Error(`${role}: no test value for the secret ${source.key}`);
    }
    return { ...result, ...overrides };
  }

  /**
   * Waits for `/health/ready` of this very process: the answer must name the role, so that
   * another test's server that took the port in the meantime does not pass for it.
   */
  async function ready(service: Service, port: number, timeoutMs = 120_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (service.child.exitCode !== null) break;
      try {
        const response = await fetch(`http://127.0.0.1:${port}/health/ready`, {
          signal: AbortSignal.timeout(1000),
        });
        const body = (await response.json()) as { service?: string; supergraph?: string };
        const answerer = body.service ?? (body.supergraph ? 'gateway' : 'unknown');
        if (answerer !== service.role) throw new Error(`port ${port} answered as ${answerer}`);
        if (response.ok) return;
      } catch {}
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`${service.role} did not become ready:\n${service.output.slice(-30).join('\n')}`);
  }

  /**
   * Starts a role on a port found free just now and waits until it is ready. Other test files
   * open ports all the time: one may take ours between the check and the listen, and then the
   * role starts again on another port instead of failing the test.
   */
  async function startReady(role: string, environment: (port: number) => Record<string, string>) {
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const service = run(role, environment(port));
      try {
        await ready(service, port);
        ports[role] = port;
        return service;
      } catch (err) {
        const taken = service.output.some((line) => line.includes('EADDRINUSE'));
        if (!taken || attempt === 3) throw err;
        services.splice(services.indexOf(service), 1);
        if (service.child.exitCode === null) service.child.kill('SIGKILL');
      }
    }
  }

  async function buildBundle(): Promise<string> {
    built = mkdtempSync(path.join(tmpdir(), 'kaarst-bundle-'));
    const out = path.join(built, 'hub');
    const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/bundle.ts', '--out', out], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    if (code !== 0) throw new Error(`pnpm bundle failed (${code}):\n${log}`);
    return out;
  }

  beforeAll(async () => {
    scratch = mkdtempSync(path.join(tmpdir(), 'kaarst-bundle-run-'));
    databases = Object.fromEntries(SUBGRAPHS.map((role) => [role, testDatabase(role)])) as typeof databases;
    bundle = env('HUB_TEST_BUNDLE') ? path.resolve(env('HUB_TEST_BUNDLE') as string) : await buildBundle();
    if (!existsSync(path.join(bundle, 'bin', 'hub.mjs')))
      throw new Error(`no bundle at ${bundle} (pnpm bundle)`);
    const keys = run('keys', { PATH: process.env.PATH ?? '', HOME: scratch, TMPDIR: scratch });
    expect(await keys.exited, keys.output.join('\n')).toBe(0);
    for (const line of keys.output) {
      const [, name, value] = /^((?:HUB|PASS)_\w+)=(.*)$/.exec(line) ?? [];
      if (name) secrets[name] = value as string;
    }
    // Other secrets a subgraph reads (e.g. an attachments bucket's keys, unused here: see podEnv's overrides).
    for (const secret of REGISTRY.flatMap((subgraph) => subgraph.secrets)) secrets[secret] ??= 'bundle-test';
  }, 400_000);

  afterAll(async () => {
    for (const service of services) if (service.child.exitCode === null) service.child.kill('SIGKILL');
    await Promise.all(Object.values(databases ?? {}).map((db) => db.dispose()));
    if (scratch) rmSync(scratch, { recursive: true, force: true });
    if (built) rmSync(built, { recursive: true, force: true });
  });

  it('is self-contained: no node_modules above it, no link out of it', () => {
    // Node looks for packages in every node_modules above the importing file: there must be none.
    for (let dir = path.dirname(bundle); dir !== path.dirname(dir); dir = path.dirname(dir)) {
      expect(existsSync(path.join(dir, 'node_modules')), `${dir}/node_modules would be visible`).toBe(false);
    }
    const real = realpathSync(bundle);
    const outside: string[] = [];
    for (const entry of readdirSync(path.join(bundle, 'node_modules'), {
      recursive: true,
      withFileTypes: true,
    })) {
      if (!entry.isSymbolicLink()) continue;
      const target = path.resolve(entry.parentPath, readlinkSync(path.join(entry.parentPath, entry.name)));
      if (!target.startsWith(real + path.sep) && !target.startsWith(bundle + path.sep)) outside.push(target);
    }
    expect(outside).toEqual([]);
  });

  it('carries a Prisma client for every subgraph, generated in the bundle from its own schema', () => {
    const real = realpathSync(bundle);
    for (const name of SUBGRAPHS) {
      const client = path.join(
        bundle,
        'node_modules',
        '@kaarst',
        name,
        'src/generated/prisma/internal/class.ts',
      );
      expect(existsSync(client), `${name}: no Prisma client`).toBe(true);
      // The generator writes the schema it read into the client: a copy of the workspace's names the workspace.
      const source = /"sourceFilePath": "([^"]+)"/.exec(readFileSync(client, 'utf8'))?.[1] ?? '';
      expect(source.startsWith(real + path.sep), `${name}: generated from ${source}`).toBe(true);
    }
  });

  it('trusts exactly the documents of the shipped clients, none of the test operations', () => {
    const bundled = Object.keys(
      JSON.parse(readFileSync(path.join(bundle, 'schema', 'persisted-documents.json'), 'utf8')) as object,
    ).sort();
    const shipped = clientDocuments(ROOT)
      .filter((client) => client.shipped)
      .flatMap((client) => Object.keys(JSON.parse(readFileSync(client.file, 'utf8')) as object));
    expect(bundled).toEqual([...new Set(shipped)].sort());
    expect(bundled).toContain(`sha256:${byId(HubSignInDocument).persistedQuery.sha256Hash}`);
    expect(bundled).not.toContain(`sha256:${byId(AuditLogDocument).persistedQuery.sha256Hash}`);
  });

  it('migrates every subgraph database with the migrate role, then exits 0', async () => {
    const migrate = run('migrate', {
      ...podEnv('citizens', {}),
      ...Object.fromEntries(
        SUBGRAPHS.map((role) => [`${envStem(role)}_DATABASE_URL`, databases[role]?.databaseUrl as string]),
      ),
    });
    expect(await migrate.exited, migrate.output.join('\n')).toBe(0);
    expect(migrate.output.filter((l) => l.includes('have been applied'))).toHaveLength(SUBGRAPHS.length);
  }, 120_000);

  it("runs each subgraph's task by its name; without its arguments, it says how to call it", async () => {
    const tasks = subgraphTasks();
    expect(tasks.length).toBeGreaterThan(0);
    for (const task of tasks) {
      const service = run(task.name, { PATH: process.env.PATH ?? '', HOME: scratch, TMPDIR: scratch });
      expect(await service.exited, service.output.join('\n')).toBe(2);
      expect(service.output.join('\n')).toContain(task.name);
      services.splice(services.indexOf(service), 1);
    }
  }, 60_000);

  it('starts every subgraph and the gateway, each its own process, and serves a query plan across them', async () => {
    const subgraph = (role: SubgraphRole) =>
      startReady(role, (port) =>
        podEnv(role, {
          PORT: String(port),
          HOST: '127.0.0.1',
          DATABASE_URL: databases[role]?.databaseUrl as string,
          HUB_DEMO_DATA: '1',
          PUBSUB_NAMESPACE: `bundle-test-${randomBytes(3).toString('hex')}`,
          // No bucket here: the folder store, in the test's scratch folder.
          ATTACHMENTS_S3_BUCKET: '',
          ATTACHMENTS_DIR: path.join(scratch, 'attachments'),
          ACCOUNT_EVENTS_DIR: path.join(scratch, 'account-events'),
        }),
      );
    const [first] = await Promise.all(SUBGRAPHS.map(subgraph));
    // Migrated by the migrate role already.
    expect(first?.output.join('\n')).toMatch(/database schema is up to date/);

    await startReady('gateway', (port) =>
      podEnv('gateway', {
        PORT: String(port),
        HOST: '127.0.0.1',
        ...Object.fromEntries(
          SUBGRAPHS.map((role) => [subgraphUrlVariable(role), `http://127.0.0.1:${ports[role]}/graphql`]),
        ),
      }),
    );
    const url = `http://127.0.0.1:${ports.gateway}/graphql`;
    expect((await fetch(`http://127.0.0.1:${ports.gateway}/health`)).status).toBe(200);

    // Production runs the portal's registered documents, sent by id.
    const signIn = await postGraphQL<{ signIn: { token: string } }>(url, {
      variables: { email: ANNA, password: DEMO_PASSWORD },
      extensions: byId(HubSignInDocument),
    });
    expect(signIn.errors).toBeUndefined();
    const token = signIn.data?.signIn.token;
    const answer = await postGraphQL<{ me: { displayName: string; appointments: unknown[] } }>(
      url,
      { extensions: byId(PortalMyAppointmentsDocument) },
      token,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me).toMatchObject({ displayName: 'Anna Schmitz', appointments: [] });
    const unregistered = await postGraphQL(url, { query: '{ appointmentServices { id name } }' }, token);
    expect(unregistered.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_TRUSTED');
    // NODE_ENV=production reached the gateway: no introspection.
    const introspection = await postGraphQL(url, { query: '{ __schema { queryType { name } } }' });
    expect(introspection.errors?.length).toBeGreaterThan(0);
    // The council's OParl export, forwarded by the gateway.
    const system = await fetch(`http://127.0.0.1:${ports.gateway}/oparl/v1.1/system`);
    expect(system.status).toBe(200);
    expect(((await system.json()) as { type: string }).type).toBe('https://schema.oparl.org/1.1/System');
    // The requests subgraph's Open311 API, forwarded too.
    const services = await fetch(`http://127.0.0.1:${ports.gateway}/open311/v2/services.json`);
    expect(services.status).toBe(200);
    expect(((await services.json()) as unknown[]).length).toBeGreaterThan(0);
  }, 240_000);

  it('stops every process on SIGTERM with exit code 0', async () => {
    const running = services.filter((s) => s.child.exitCode === null);
    // A process that stopped early says why: its exit code and the last lines it wrote.
    const stopped = services
      .filter((s) => s.child.exitCode !== null && s.role !== 'keys' && s.role !== 'migrate')
      .map(
        (s) =>
          `${s.role} exited ${s.child.exitCode} (${s.child.signalCode ?? 'no signal'}):\n${s.output.slice(-40).join('\n')}`,
      );
    expect(running.map((s) => s.role).sort(), stopped.join('\n\n')).toEqual([...SUBGRAPHS, 'gateway'].sort());
    for (const service of running) service.child.kill('SIGTERM');
    const codes = await Promise.all(
      running.map((s) =>
        Promise.race([
          s.exited,
          new Promise((r) => setTimeout(() => r(`${s.role} still running after 20 s`), 20_000)),
        ]),
      ),
    );
    expect(codes).toEqual(running.map(() => 0));
  }, 30_000);
});
