/**
 * `hub.mjs <role>` after tsx is registered: starts the role's main module from
 * its workspace package, exactly the file `npm start` runs in development.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findSubgraph, listSubgraphs, subgraphTasks, type TaskModule } from '@kaarst/kit/registry';
import { isServiceRole, roles } from './roles.ts';

function usage(): string {
  const line = (role: string, text: string) => `  ${role.padEnd(14)} ${text}`;
  return [
    `usage: hub.mjs <${roles().join('|')}> [args]`,
    line('gateway', 'the Apollo gateway (PORT, default 4000)'),
    ...listSubgraphs().map((s) => line(s.name, `${s.description} (PORT, default ${s.port})`)),
    line('migrate [name]', "apply the subgraphs' database migrations (all, or the named ones), then exit"),
    ...subgraphTasks().map((task) => line(task.name, task.usage)),
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
  const task = subgraphTasks().find((candidate) => candidate.name === role);
  if (task) {
    const { run } = (await import(pathToFileURL(task.module).href)) as TaskModule;
    process.exit(await run(rest));
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
