import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CAPABILITIES,
  capabilityPrismaFragments,
  capabilityPrismaSources,
  capabilitySdlPaths,
  envStem,
  findSubgraph,
  hubRoot,
  listSubgraphs,
  loadSubgraphDefinition,
  PRISMA_SCHEMA_DIR,
  prismaFragmentName,
  restRoutes,
  type SubgraphEntry,
  strayPrismaFragments,
  subgraphTasks,
  subgraphTypeDefs,
  subgraphUrlVariable,
} from '../src/registry.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A hub root of its own with the given subgraph folders: name -> package.json "hub" (and overrides). */
function fakeHub(subgraphs: Record<string, { hub?: unknown; [key: string]: unknown }>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'kaarst-registry-'));
  roots.push(root);
  for (const [name, pkg] of Object.entries(subgraphs)) {
    const dir = path.join(root, 'subgraphs', name);
    mkdirSync(path.join(dir, 'src'), { recursive: true });
    writeFileSync(path.join(dir, 'schema.graphql'), 'type Query { hello: String }\n');
    writeFileSync(path.join(dir, 'src', 'import.mjs'), 'export async function run() { return 0; }\n');
    writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify({
        name: `@kaarst/${name}`,
        description: 'A subgraph of the test.',
        exports: { '.': './src/subgraph.mjs' },
        ...pkg,
      }),
    );
  }
  mkdirSync(path.join(root, 'subgraphs'), { recursive: true });
  return root;
}

describe('the subgraph registry of this workspace', () => {
  const root = hubRoot(import.meta.dirname);

  it('lists every folder under subgraphs/ with a schema, each with its package and entry module', () => {
    const folders = readdirSync(path.join(root, 'subgraphs')).filter((name) =>
      existsSync(path.join(root, 'subgraphs', name, 'schema.graphql')),
    );
    const entries = listSubgraphs(root);
    expect(entries.map((s) => s.name)).toEqual(folders.sort());
    for (const entry of entries) {
      expect(entry.packageName).toBe(`@kaarst/${entry.name}`);
      expect(existsSync(entry.entryModule), entry.entryModule).toBe(true);
      expect(entry.url).toBe(`http://127.0.0.1:${entry.port}/graphql`);
      expect(entry.description, `${entry.name}: package.json "description"`).not.toBe('');
    }
  });

  it('finds a subgraph by name and loads its definition; an unknown name names the known ones', async () => {
    const [first] = listSubgraphs(root);
    const entry = findSubgraph(first?.name as string, root);
    const definition = await loadSubgraphDefinition(entry);
    expect(definition.name).toBe(entry.name);
    expect(path.resolve(definition.packageDir)).toBe(entry.dir);
    expect(() => findSubgraph('nowhere', root)).toThrow(`no subgraph "nowhere" (known: ${first?.name}`);
  });
});

describe('registry entries are checked', () => {
  it('reads port, REST routes, secrets and resources, and names variables after the subgraph', () => {
    const root = fakeHub({
      'family-navigator': {
        description: 'Families find help.',
        hub: {
          port: 4101,
          restRoutes: [{ prefix: '/family', methods: ['GET'], bodyLimit: 2048 }],
          secrets: ['FAMILY_API_KEY'],
          kubernetes: { resources: { limits: { memory: '1Gi' } } },
          tasks: { 'import-kitas': { module: './src/import.mjs', usage: '<file>: import the Kitas' } },
        },
      },
      parking: { hub: { port: 4102 } },
    });
    const [family, parking] = listSubgraphs(root);
    expect(family).toMatchObject({
      name: 'family-navigator',
      description: 'Families find help.',
      port: 4101,
      secrets: ['FAMILY_API_KEY'],
      kubernetes: { resources: { limits: { memory: '1Gi' } } },
    });
    expect(parking).toMatchObject({
      restRoutes: [],
      secrets: [],
      kubernetes: { resources: {} },
      mappers: {},
      tasks: [],
    });
    expect(subgraphTasks(root)).toEqual([
      {
        name: 'import-kitas',
        usage: '<file>: import the Kitas',
        module: path.join(root, 'subgraphs', 'family-navigator', 'src', 'import.mjs'),
        subgraph: 'family-navigator',
      },
    ]);
    expect(restRoutes(root)).toEqual([
      { prefix: '/family', methods: ['GET'], bodyLimit: 2048, subgraph: 'family-navigator' },
    ]);
    expect(envStem('family-navigator')).toBe('FAMILY_NAVIGATOR');
    expect(subgraphUrlVariable('family-navigator')).toBe('SUBGRAPH_FAMILY_NAVIGATOR_URL');
  });

  it.each([
    ['no "hub" key', { parking: {} }, /parking\/package.json: needs "hub"/],
    ['a port that is no port', { parking: { hub: { port: 80 } } }, /"hub.port" must be a port number/],
    [
      'a misspelt key',
      { parking: { hub: { port: 4101, secret: [] } } },
      /unknown "hub" keys secret \(known:/,
    ],
    [
      'a package named otherwise',
      { parking: { name: 'parking', hub: { port: 4101 } } },
      /named "@kaarst\/parking"/,
    ],
    ['no description', { parking: { description: ' ', hub: { port: 4101 } } }, /needs a "description"/],
    ['a folder name that is no name', { Parking: { hub: { port: 4101 } } }, /lower-case letters/],
    ['a route that is no path', { parking: { hub: { port: 4101, restRoutes: [{ prefix: 'x' }] } } }, /"x"/],
    [
      'an unknown method',
      { parking: { hub: { port: 4101, restRoutes: [{ prefix: '/p', methods: ['TRACE'] }] } } },
      /TRACE/,
    ],
    ['a secret that is no variable', { parking: { hub: { port: 4101, secrets: ['api key'] } } }, /api key/],
    [
      'one port twice',
      { a: { hub: { port: 4101 } }, b: { hub: { port: 4101 } } },
      /a and b have the same port 4101/,
    ],
    [
      'one REST route twice',
      {
        a: { hub: { port: 4101, restRoutes: [{ prefix: '/x' }] } },
        b: { hub: { port: 4102, restRoutes: [{ prefix: '/x' }] } },
      },
      /same REST route \/x/,
    ],
    [
      'a task whose module is missing',
      {
        parking: {
          hub: { port: 4101, tasks: { 'import-lots': { module: './src/nowhere.mjs', usage: 'x' } } },
        },
      },
      /task import-lots: "module" must name a file/,
    ],
    [
      'a task without usage',
      { parking: { hub: { port: 4101, tasks: { 'import-lots': { module: './src/import.mjs' } } } } },
      /task import-lots: needs a "usage"/,
    ],
    [
      'a task named like a subgraph',
      {
        a: { hub: { port: 4101, tasks: { b: { module: './src/import.mjs', usage: 'x' } } } },
        b: { hub: { port: 4102 } },
      },
      /same role name b/,
    ],
    [
      'names whose variables clash',
      { 'a-b': { hub: { port: 4101 } }, a: { hub: { port: 4102 } }, ab: { hub: { port: 4103 } } },
      null,
    ],
  ])('refuses %s', (_, subgraphs, message) => {
    const root = fakeHub(subgraphs as Record<string, { hub?: unknown }>);
    if (message) expect(() => listSubgraphs(root)).toThrow(message);
    else expect(() => listSubgraphs(root)).not.toThrow(); // A_B, A and AB differ: no clash
  });

  it('finds the root upwards, also through the links of a bundle, and says when there is none', () => {
    const root = fakeHub({ parking: { hub: { port: 4101 } } });
    const nested = path.join(root, 'deploy', 'src');
    mkdirSync(nested, { recursive: true });
    expect(hubRoot(nested)).toBe(root);
    // A bundle: subgraphs/<name> links to the package folder; the entry is the real folder.
    const bundle = fakeHub({});
    symlinkSync(path.join(root, 'subgraphs', 'parking'), path.join(bundle, 'subgraphs', 'parking'));
    expect(listSubgraphs(bundle).map((s) => [s.name, s.dir])).toEqual([
      ['parking', path.join(root, 'subgraphs', 'parking')],
    ]);
    expect(() => hubRoot(tmpdir())).toThrow(/no subgraphs\/ folder above/);
  });

  it('loads a definition only from the export named after the subgraph', async () => {
    const root = fakeHub({ parking: { hub: { port: 4101 } }, other: { hub: { port: 4102 } } });
    const module = 'export const parkingSubgraph = { name: "parking", resolvers: {} };\n';
    writeFileSync(path.join(root, 'subgraphs', 'parking', 'src', 'subgraph.mjs'), module);
    writeFileSync(path.join(root, 'subgraphs', 'other', 'src', 'subgraph.mjs'), module);
    expect((await loadSubgraphDefinition(findSubgraph('parking', root))).name).toBe('parking');
    await expect(loadSubgraphDefinition(findSubgraph('other', root))).rejects.toThrow(
      /exports no SubgraphDefinition named "other"/,
    );
  });
});

describe('capabilities a subgraph switches on', () => {
  it('adds the SDL of each capability to its own; an unknown capability is refused by name', () => {
    const root = fakeHub({
      audited: { hub: { port: 4201, capabilities: ['audit'] } },
      plain: { hub: { port: 4202 } },
    });
    const [audited, plain] = listSubgraphs(root);
    expect(audited?.capabilities).toEqual(['audit']);
    expect(subgraphTypeDefs(audited as SubgraphEntry)).toMatch(
      /type Query \{ hello: String \}[\s\S]*type AuditEntry @shareable \{/,
    );
    expect(subgraphTypeDefs(plain as SubgraphEntry)).toBe('type Query { hello: String }\n');
    const wrong = fakeHub({ odd: { hub: { port: 4203, capabilities: ['audit', 'telepathy'] } } });
    expect(() => listSubgraphs(wrong)).toThrow('unknown capability "telepathy" (known: audit, outbox)');
  });

  it('serves every subgraph of this workspace that keeps an audit log with the one AuditEntry type', () => {
    for (const entry of listSubgraphs(hubRoot(import.meta.dirname))) {
      const own = readFileSync(entry.schemaPath, 'utf8');
      expect(own, `${entry.name}: AuditEntry comes from the audit capability`).not.toMatch(
        /type AuditEntry\b/,
      );
      expect(entry.capabilities.includes('audit'), entry.name).toBe(/\[AuditEntry!\]/.test(own));
    }
  });
});

describe('the tables of capabilities (kit/prisma/), one definition copied into each schema folder', () => {
  const kitPrisma = (capability: string) =>
    readFileSync(path.join(import.meta.dirname, '..', 'prisma', `${capability}.prisma`), 'utf8');

  it('has a fragment for each capability: SDL, Prisma or both (outbox is tables only)', () => {
    for (const capability of CAPABILITIES) {
      const sdl = capabilitySdlPaths({ capabilities: [capability] });
      const prisma = capabilityPrismaSources({ capabilities: [capability] });
      expect(sdl.length + prisma.length, capability).toBeGreaterThan(0);
      for (const file of [...sdl, ...prisma.map((p) => p.source)]) expect(existsSync(file), file).toBe(true);
    }
    expect(capabilitySdlPaths({ capabilities: ['outbox'] })).toEqual([]);
    expect(kitPrisma('audit')).toMatch(/^model AuditEntry \{$/m);
    expect(kitPrisma('outbox')).toMatch(/^model OutboxEvent \{$/m);
  });

  it("wants exactly its capabilities' fragments in a subgraph's folder, marked generated, and finds left-overs", () => {
    const root = fakeHub({
      both: { hub: { port: 4301, capabilities: ['outbox', 'audit'] } },
      audited: { hub: { port: 4302, capabilities: ['audit'] } },
      plain: { hub: { port: 4303 } },
    });
    const [audited, both, plain] = listSubgraphs(root) as SubgraphEntry[];
    const folder = (name: string) => path.join(root, 'subgraphs', name, PRISMA_SCHEMA_DIR);
    expect(both?.prismaSchemaDir).toBe(folder('both'));
    // Served SDL: outbox adds none.
    expect(subgraphTypeDefs(both as SubgraphEntry)).toBe(subgraphTypeDefs(audited as SubgraphEntry));
    const fragments = capabilityPrismaFragments(both as SubgraphEntry);
    expect(Object.keys(fragments).sort()).toEqual([
      path.join(folder('both'), 'kit-audit.prisma'),
      path.join(folder('both'), 'kit-outbox.prisma'),
    ]);
    for (const capability of ['audit', 'outbox'] as const) {
      const text = fragments[path.join(folder('both'), prismaFragmentName(capability))] as string;
      const [header, ...rest] = text.split('\n');
      expect(header).toBe(`// generated by pnpm registry from kit/prisma/${capability}.prisma; do not edit`);
      expect(rest.join('\n')).toBe(`\n${kitPrisma(capability)}`);
    }
    expect(Object.keys(capabilityPrismaFragments(audited as SubgraphEntry))).toEqual([
      path.join(folder('audited'), 'kit-audit.prisma'),
    ]);
    expect(capabilityPrismaFragments(plain as SubgraphEntry)).toEqual({});

    // A folder without fragments has no left-overs; a fragment of a dropped capability is one,
    // the subgraph's own files are none.
    expect(strayPrismaFragments(audited as SubgraphEntry)).toEqual([]);
    mkdirSync(folder('audited'), { recursive: true });
    for (const [file, text] of Object.entries(capabilityPrismaFragments(both as SubgraphEntry)))
      writeFileSync(path.join(folder('audited'), path.basename(file)), text);
    writeFileSync(path.join(folder('audited'), 'schema.prisma'), '// its own\n');
    writeFileSync(path.join(folder('audited'), 'extra.prisma'), '// its own too\n');
    expect(strayPrismaFragments(audited as SubgraphEntry)).toEqual([
      path.join(folder('audited'), 'kit-outbox.prisma'),
    ]);
  });

  it("gives every subgraph of this workspace a schema folder of its own schema.prisma and exactly its capabilities' current fragments", () => {
    const kitModels = CAPABILITIES.flatMap((capability) =>
      capabilityPrismaSources({ capabilities: [capability] }).flatMap(({ source }) =>
        [...readFileSync(source, 'utf8').matchAll(/^model (\w+) \{$/gm)].map((m) => m[1] as string),
      ),
    );
    expect(kitModels.sort()).toEqual(['AuditEntry', 'OutboxEvent']);
    const entries = listSubgraphs(hubRoot(import.meta.dirname));
    for (const entry of entries) {
      const wanted = capabilityPrismaFragments(entry);
      const present = readdirSync(entry.prismaSchemaDir).filter((name) => name.endsWith('.prisma'));
      expect(present.sort(), entry.name).toEqual(
        ['schema.prisma', ...Object.keys(wanted).map((file) => path.basename(file))].sort(),
      );
      for (const [file, text] of Object.entries(wanted))
        expect(readFileSync(file, 'utf8'), `${file}: run pnpm registry`).toBe(text);
      // The kit's tables are defined only there: no subgraph keeps a copy of its own.
      const own = readFileSync(path.join(entry.prismaSchemaDir, 'schema.prisma'), 'utf8');
      for (const model of kitModels)
        expect(own, `${entry.name}: model ${model} comes from a capability`).not.toMatch(
          new RegExp(`^model ${model} \\{`, 'm'),
        );
    }
    // The subgraphs that keep these tables (before the capabilities, each had a copy).
    const having = (capability: string) =>
      entries.filter((e) => (e.capabilities as string[]).includes(capability)).map((e) => e.name);
    expect(having('audit')).toEqual(
      expect.arrayContaining([
        'appointments',
        'citizens',
        'council',
        'energy',
        'participation',
        'pass',
        'requests',
      ]),
    );
    expect(having('outbox')).toEqual(
      expect.arrayContaining(['appointments', 'council', 'participation', 'pass', 'requests']),
    );
  });
});
