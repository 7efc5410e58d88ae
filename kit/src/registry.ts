/**
 * The subgraph registry: every folder `subgraphs/<name>/` with a `schema.graphql` is a subgraph,
 * and the `"hub"` key of its package.json says what the rest of the hub needs to know about it.
 * Composition, codegen, `npm start`, the tests, the production bundle and roles, the Kubernetes
 * manifests and the gateway's REST passthroughs all read this list; nothing else names subgraphs.
 *
 *   "hub": {
 *     "port": 4004,                        where it listens (the launcher, the supergraph's URL, Kubernetes)
 *     "restRoutes": [{ "prefix": "/open311" }],   plain HTTP paths the gateway forwards to it
 *     "secrets": ["PASS_SIGNING_KEY"],      keys of the hub's Secret it reads besides the common ones
 *     "kubernetes": { "resources": { "limits": { "memory": "1Gi" } } },   overrides of the base sizing
 *     "mappers": { "Type": "../models.ts#Model" }   codegen mappers (relative to src/generated/)
 *     "tasks": { "import-gtfs": { "module": "./src/cli/import-task.ts", "usage": "..." } }
 *                                          one-off jobs the image runs as `hub.mjs <task> [args]`
 *     "capabilities": ["audit"]             the kit's capabilities it switches on: their SDL (kit/sdl/)
 *                                          joins its own (subgraphTypeDefs), their resolvers are the kit's,
 *                                          their tables (kit/prisma/) join its Prisma schema folder
 *   }
 *
 * Gateway-safe: this module loads only node:fs, node:path and node:url (the gateway reads REST routes here).
 */
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CAPABILITIES, type Capability, PRISMA_SCHEMA_DIR } from './capabilities.ts';
import type { PrismaLike, SubgraphDefinition } from './subgraph.ts';

export type RestMethod = 'GET' | 'HEAD' | 'OPTIONS' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RestRoute {
  /** e.g. "/oparl": the prefix itself and everything below it. */
  prefix: string;
  /** Default GET and POST. */
  methods?: RestMethod[];
  /** The largest body taken, in bytes (default Fastify's 1 MiB). */
  bodyLimit?: number;
  /**
   * Readable from any web page: every answer, the gateway's own refusals included (401, 429,
   * 502), carries `Access-Control-Allow-Origin: *` (e.g. OParl 1.1, chapter 2.6).
   */
  anyOrigin?: boolean;
  /** A query or body parameter that also carries the API key (Open311 GeoReport v2: "api_key"). */
  apiKeyParam?: string;
  /** How this API spells the gateway's own refusals (default the hub's GraphQL-style shape). */
  errorFormat?: RestErrorFormat;
  /**
   * Request headers passed on besides the usual content headers, e.g. a device's own key
   * ("x-meter-key"); authorization and cookies never are.
   */
  forwardHeaders?: string[];
}

/** Error shapes of the standards the REST routes speak: Open311's list of { code, description }. */
export const REST_ERROR_FORMATS = ['open311'] as const;
export type RestErrorFormat = (typeof REST_ERROR_FORMATS)[number];

/** Kubernetes container resources; what is given replaces the base's value (deploy/kubernetes/subgraph). */
export interface ResourceOverrides {
  requests?: { cpu?: string; memory?: string };
  limits?: { cpu?: string; memory?: string };
}

/**
 * A one-off job of a subgraph (an import, say), run by the image as `hub.mjs <name> [args]`.
 * Its module exports `run(args: string[]): Promise<number>`, the exit code.
 */
export interface SubgraphTask {
  name: string;
  /** The arguments and what it does, one line: "[--if-changed] [zip | URL]: import a GTFS feed". */
  usage: string;
  /** The module exporting `run` (absolute). */
  module: string;
}

/** What a task module exports. */
export interface TaskModule {
  run(args: string[]): Promise<number>;
}

/** The `"hub"` key of a subgraph's package.json. */
export interface HubPackageConfig {
  port: number;
  restRoutes?: RestRoute[];
  secrets?: string[];
  kubernetes?: { resources?: ResourceOverrides };
  mappers?: Record<string, string>;
  tasks?: Record<string, { module: string; usage: string }>;
  capabilities?: string[];
}

export * from './capabilities.ts';

/** A subgraph as the registry knows it. */
export interface SubgraphEntry {
  name: string;
  /** The workspace package, e.g. "@kaarst/citizens". */
  packageName: string;
  /** One sentence: what it does (package.json "description"). */
  description: string;
  dir: string;
  schemaPath: string;
  /** Its Prisma schema, a folder (prisma.config: the kit's definePrismaConfig): schema.prisma and its capabilities' fragments. */
  prismaSchemaDir: string;
  port: number;
  /** The URL written into the supergraph; the gateway may override it (SUBGRAPH_<NAME>_URL). */
  url: string;
  /** The module exporting its SubgraphDefinition (package.json "exports" ".", absolute). */
  entryModule: string;
  restRoutes: RestRoute[];
  secrets: string[];
  kubernetes: { resources: ResourceOverrides };
  /** codegen mappers: GraphQL type -> model type, relative to src/generated/. */
  mappers: Record<string, string>;
  tasks: SubgraphTask[];
  /** The kit's capabilities it switches on (see CAPABILITIES). */
  capabilities: Capability[];
}

const KNOWN_KEYS = ['port', 'restRoutes', 'secrets', 'kubernetes', 'mappers', 'tasks', 'capabilities'];
const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const ENV_NAME = /^[A-Z][A-Z0-9_]*$/;
const METHODS: RestMethod[] = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** The upper-case stem of a subgraph's variables: SUBGRAPH_<stem>_URL, <stem>_DATABASE_URL. */
export const envStem = (name: string) => name.toUpperCase().replaceAll('-', '_');

/** The variable that tells the gateway where a subgraph is, e.g. SUBGRAPH_CITIZENS_URL. */
export const subgraphUrlVariable = (name: string) => `SUBGRAPH_${envStem(name)}_URL`;

/**
 * The folder holding `subgraphs/`: the workspace root, or the production bundle (whose
 * `subgraphs/<name>` link to its packages). Found upwards from this file, so a copy of the
 * workspace reads its own subgraphs.
 */
export function hubRoot(from = path.dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'subgraphs'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no subgraphs/ folder above ${from}`);
  }
}

function fail(where: string, message: string): never {
  throw new Error(`${where}: ${message}`);
}

function checkRestRoutes(where: string, routes: unknown): RestRoute[] {
  if (routes === undefined) return [];
  if (!Array.isArray(routes)) fail(where, '"restRoutes" must be a list');
  for (const route of routes as RestRoute[]) {
    if (typeof route.prefix !== 'string' || !/^\/[a-z0-9][a-z0-9/_-]*$/i.test(route.prefix))
      fail(where, `REST route prefix ${JSON.stringify(route.prefix)} must be a path like "/oparl"`);
    for (const method of route.methods ?? [])
      if (!METHODS.includes(method)) fail(where, `REST route ${route.prefix}: unknown method ${method}`);
    if (route.bodyLimit !== undefined && !(Number.isInteger(route.bodyLimit) && route.bodyLimit > 0))
      fail(where, `REST route ${route.prefix}: bodyLimit must be a positive number of bytes`);
    if (route.apiKeyParam !== undefined && !/^[a-z][a-z0-9_]*$/i.test(route.apiKeyParam))
      fail(where, `REST route ${route.prefix}: apiKeyParam must be a parameter name`);
    if (route.errorFormat !== undefined && !REST_ERROR_FORMATS.includes(route.errorFormat))
      fail(where, `REST route ${route.prefix}: errorFormat must be one of ${REST_ERROR_FORMATS.join(', ')}`);
    for (const header of route.forwardHeaders ?? [])
      if (!/^x-[a-z0-9-]+$/.test(header))
        fail(where, `REST route ${route.prefix}: forwardHeaders takes lower-case x- headers, not ${header}`);
    const unknown = Object.keys(route).filter(
      (key) =>
        ![
          'prefix',
          'methods',
          'bodyLimit',
          'anyOrigin',
          'apiKeyParam',
          'errorFormat',
          'forwardHeaders',
        ].includes(key),
    );
    if (unknown.length) fail(where, `REST route ${route.prefix}: unknown keys ${unknown.join(', ')}`);
  }
  return routes as RestRoute[];
}

function checkTasks(where: string, dir: string, tasks: unknown): SubgraphTask[] {
  if (tasks === undefined) return [];
  if (!tasks || typeof tasks !== 'object' || Array.isArray(tasks))
    fail(where, '"tasks" must map task names to { "module", "usage" }');
  return Object.entries(tasks as Record<string, { module?: unknown; usage?: unknown }>).map(
    ([name, task]) => {
      if (!NAME.test(name)) fail(where, `task "${name}": a task name is lower-case words joined by "-"`);
      if (typeof task?.module !== 'string' || !existsSync(path.join(dir, task.module)))
        fail(where, `task ${name}: "module" must name a file of the package`);
      if (typeof task.usage !== 'string' || !task.usage.trim())
        fail(where, `task ${name}: needs a "usage": its arguments and what it does`);
      const unknown = Object.keys(task).filter((key) => key !== 'module' && key !== 'usage');
      if (unknown.length) fail(where, `task ${name}: unknown keys ${unknown.join(', ')}`);
      return { name, usage: task.usage, module: path.join(dir, task.module) };
    },
  );
}

function checkCapabilities(where: string, capabilities: unknown): Capability[] {
  if (capabilities === undefined) return [];
  if (!Array.isArray(capabilities))
    fail(where, `"capabilities" must be a list of ${CAPABILITIES.join(', ')}`);
  for (const capability of capabilities)
    if (!(CAPABILITIES as readonly unknown[]).includes(capability))
      fail(where, `unknown capability ${JSON.stringify(capability)} (known: ${CAPABILITIES.join(', ')})`);
  return capabilities as Capability[];
}

/** Reads and checks one subgraph folder's registry entry (`dir`: its real path, not a link). */
export function readSubgraphEntry(dir: string, name = path.basename(dir)): SubgraphEntry {
  const where = `subgraphs/${name}/package.json`;
  if (!NAME.test(name)) fail(where, 'a subgraph name is lower-case letters and digits, words joined by "-"');
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
    name?: string;
    description?: string;
    exports?: Record<string, string>;
    hub?: HubPackageConfig;
  };
  const hub = pkg.hub;
  if (!hub || typeof hub !== 'object') fail(where, 'needs "hub": { "port": <number> }');
  const unknown = Object.keys(hub).filter((key) => !KNOWN_KEYS.includes(key));
  if (unknown.length)
    fail(where, `unknown "hub" keys ${unknown.join(', ')} (known: ${KNOWN_KEYS.join(', ')})`);
  if (!Number.isInteger(hub.port) || hub.port < 1024 || hub.port > 65535)
    fail(where, '"hub.port" must be a port number from 1024 to 65535');
  if (pkg.name !== `@kaarst/${name}`) fail(where, `the package must be named "@kaarst/${name}"`);
  const entry = pkg.exports?.['.'];
  if (!entry) fail(where, 'needs "exports": { ".": "./src/subgraph.ts" }');
  // Manifests, the README and the developers' page say in it what the subgraph is for.
  if (!pkg.description?.trim()) fail(where, 'needs a "description": one sentence on what it does');
  const secrets = hub.secrets ?? [];
  for (const secret of secrets)
    if (!ENV_NAME.test(secret)) fail(where, `secret ${secret} is no variable name`);
  return {
    name,
    packageName: pkg.name,
    description: pkg.description ?? '',
    dir,
    schemaPath: path.join(dir, 'schema.graphql'),
    prismaSchemaDir: path.join(dir, PRISMA_SCHEMA_DIR),
    port: hub.port,
    url: `http://127.0.0.1:${hub.port}/graphql`,
    entryModule: path.join(dir, entry),
    restRoutes: checkRestRoutes(where, hub.restRoutes),
    secrets,
    kubernetes: { resources: hub.kubernetes?.resources ?? {} },
    mappers: hub.mappers ?? {},
    tasks: checkTasks(where, dir, hub.tasks),
    capabilities: checkCapabilities(where, hub.capabilities),
  };
}

function checkUnique(entries: SubgraphEntry[]): void {
  const seen = new Map<string, string>();
  const claim = (key: string, owner: string, what: string) => {
    const other = seen.get(key);
    if (other) throw new Error(`subgraphs ${other} and ${owner} have the same ${what}`);
    seen.set(key, owner);
  };
  for (const entry of entries) {
    claim(`port ${entry.port}`, entry.name, `port ${entry.port}`);
    claim(`stem ${envStem(entry.name)}`, entry.name, `variable names (${envStem(entry.name)})`);
    for (const route of entry.restRoutes)
      claim(`route ${route.prefix}`, entry.name, `REST route ${route.prefix}`);
    // Tasks and services are roles of one image: no task may take a subgraph's name.
    claim(`role ${entry.name}`, entry.name, `role name ${entry.name}`);
    for (const task of entry.tasks) claim(`role ${task.name}`, entry.name, `role name ${task.name}`);
  }
}

/** Every subgraph under `<root>/subgraphs/`, in name order; throws on an entry that is wrong or clashes. */
export function listSubgraphs(root = hubRoot()): SubgraphEntry[] {
  const base = path.join(root, 'subgraphs');
  const entries = readdirSync(base)
    .filter((name) => existsSync(path.join(base, name, 'schema.graphql')))
    .sort()
    // The bundle's subgraphs/<name> are links to its packages: their real folders resolve their dependencies.
    .map((name) => readSubgraphEntry(realpathSync(path.join(base, name)), name));
  checkUnique(entries);
  return entries;
}

/** One subgraph by name; throws with the known names when there is none. */
export function findSubgraph(name: string, root = hubRoot()): SubgraphEntry {
  const all = listSubgraphs(root);
  const found = all.find((entry) => entry.name === name);
  if (!found) throw new Error(`no subgraph "${name}" (known: ${all.map((s) => s.name).join(', ')})`);
  return found;
}

/** The one-off tasks of every subgraph, with the subgraph that owns each. */
export const subgraphTasks = (root = hubRoot()) =>
  listSubgraphs(root).flatMap((entry) => entry.tasks.map((task) => ({ ...task, subgraph: entry.name })));

/** The REST passthroughs of every subgraph, with the subgraph that serves each. */
export const restRoutes = (root = hubRoot()) =>
  listSubgraphs(root).flatMap((entry) =>
    entry.restRoutes.map((route) => ({ ...route, subgraph: entry.name })),
  );

/** A client's operations as codegen writes them for the gateway (clients/<name>/package.json "hub"). */
export interface ClientDocuments {
  name: string;
  /** persisted-documents.json: "sha256:<hash>" -> text. */
  file: string;
  /** Sent by a client the hub ships (the portal): only these are trusted in production. */
  shipped: boolean;
}

/** Every client under `<root>/clients/` that declares its documents ("hub": { "documents", "shipped" }). */
export function clientDocuments(root = hubRoot()): ClientDocuments[] {
  const base = path.join(root, 'clients');
  if (!existsSync(base)) return [];
  return readdirSync(base)
    .sort()
    .flatMap((name) => {
      const file = path.join(base, name, 'package.json');
      if (!existsSync(file)) return [];
      const hub = (
        JSON.parse(readFileSync(file, 'utf8')) as { hub?: { documents?: string; shipped?: boolean } }
      ).hub;
      return hub?.documents
        ? [{ name, file: path.join(base, name, hub.documents), shipped: hub.shipped === true }]
        : [];
    });
}

/**
 * A subgraph's SubgraphDefinition, imported from its entry module (loaded only now: a caller
 * that never starts a subgraph never loads one). The definition is the export named after it.
 */
export async function loadSubgraphDefinition(
  entry: SubgraphEntry,
): Promise<SubgraphDefinition<PrismaLike, unknown>> {
  const module = (await import(pathToFileURL(entry.entryModule).href)) as Record<string, unknown>;
  const definition = Object.values(module).find(
    (value): value is SubgraphDefinition<PrismaLike, unknown> =>
      typeof value === 'object' && value !== null && (value as { name?: unknown }).name === entry.name,
  );
  if (!definition)
    throw new Error(`${entry.entryModule} exports no SubgraphDefinition named "${entry.name}"`);
  return definition;
}
