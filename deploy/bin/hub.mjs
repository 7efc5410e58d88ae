#!/usr/bin/env node
// The container image's entry point: `node bin/hub.mjs <role>` (the gateway,
// a subgraph, migrate, keys: `--help` lists them). The services are TypeScript; tsx, a
// production dependency of this package, compiles them on load, as in
// development. Registering it here (not with --import) keeps the command one
// plain `node` invocation.
import 'tsx';

const { run } = await import('../src/hub.ts');
await run(process.argv.slice(2));
