/**
 * `hub.mjs <role>` after tsx is registered: starts the role's main module from
 * its workspace package, exactly the file `npm start` runs in development.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findSubgraph, listSubgraphs } from '@kaarst/kit/registry';
import { isServiceRole, roles } from './roles.ts';

function usage(): string {
  const line = (role: string, text: string) => `  ${role.padEnd(14)} ${text}`;
  return [
    `usage: hub.mjs <${roles().join('|')}> [args]`,
    line('gateway', 'the Apollo gateway (PORT, default 4000)'),
    ...listSubgraphs().map((s) => line(s.name, `${s.description} (PORT, default ${s.port})`)),
    line('migrate [name]', "apply the subgraphs' database migrations (all, or the named ones), then exit"),
    line('import-gtfs', '[--if-changed] [zip | URL]: import a GTFS feed into the transit database'),
    line('', '(default: GTFS_STATIC_URL), then exit'),
    line(
      'keys',
      'print a fresh HUB_JWT_PRIVATE_KEY, HUB_JWT_PUBLIC_KEY, HUB_INTERNAL_SECRET and PASS_SIGNING_KEY (KEY=value)',
    ),
  ].join('\n');
}

/** The supergraph the bundle ships, used when SUPERGRAPH_PATH is not set. */
const bundledSupergraph = fileURLToPath(new URL('../schema/supergraph.graphql', import.meta.url));
/** The trusted documents the bundle ships (production runs only these for callers without an API key). */
const bundledDocuments = fileURLToPath(new URL('../schema/persisted-documents.json', import.meta.url));

export async function run(args: string[]): Promise<void> {
  const [role, ...rest] = args;
  if (role === 'migrate') {
    const { migrate } = await import('./migrate.ts');
    process.exit(await migrate(rest));
  }
  if (role === 'import-gtfs') {
    const location = rest.find((arg) => !arg.startsWith('--')) ?? process.env.GTFS_STATIC_URL;
    if (!location) {
      console.error('import-gtfs: give a zip or URL, or set GTFS_STATIC_URL');
      process.exit(2);
    }
    const { importCommand } = await import('@kaarst/transit/import');
    process.exit(await importCommand(location, { ifChanged: rest.includes('--if-changed') }));
  }
  if (role === 'keys') {
    const { printKeys } = await import('./keys.ts');
    printKeys();
    process.exit(0);
  }
  if (role === '--help' || role === 'help') {
    console.log(usage());
    process.exit(0);
  }
  if (!role || !isServiceRole(role)) {
    console.error(role ? `unknown role "${role}"\n${usage()}` : usage());
    process.exit(2);
  }
  if (role === 'gateway' && !process.env.SUPERGRAPH_PATH && existsSync(bundledSupergraph)) {
    process.env.SUPERGRAPH_PATH = bundledSupergraph;
  }
  if (role === 'gateway' && !process.env.TRUSTED_DOCUMENTS_PATH && existsSync(bundledDocuments)) {
    process.env.TRUSTED_DOCUMENTS_PATH = bundledDocuments;
  }
  // Each package exports src/<entry>.ts; its main.ts lies beside it and starts the service on import.
  const entry =
    role === 'gateway'
      ? import.meta.resolve('@kaarst/gateway')
      : pathToFileURL(findSubgraph(role).entryModule);
  await import(new URL('./main.ts', entry).href);
}
