import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { buildReference } from './scripts/reference.ts';

const schemaFile = (name: string) => new URL(`../../schema/${name}`, import.meta.url);
const VIRTUAL = 'virtual:hub-schema';

/**
 * `virtual:hub-schema`: the client-facing SDL (GraphiQL works from it, also where the
 * gateway answers no introspection, as in production) and the schema reference, both
 * made from the composed schema when the page is built.
 */
function hubSchema(): Plugin {
  return {
    name: 'kaarst-hub-schema',
    resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
    load(id) {
      if (id !== `\0${VIRTUAL}`) return undefined;
      const api = readFileSync(schemaFile('api.graphql'), 'utf8');
      const supergraph = readFileSync(schemaFile('supergraph.graphql'), 'utf8');
      this.addWatchFile(schemaFile('api.graphql').pathname);
      this.addWatchFile(schemaFile('supergraph.graphql').pathname);
      return [
        `export const apiSdl = ${JSON.stringify(api)};`,
        `export const reference = ${JSON.stringify(buildReference(api, supergraph))};`,
      ].join('\n');
    },
  };
}

// In development (`pnpm --filter @kaarst/developers dev`) the page runs on Vite's server and
// reaches the hub of `npm start` through this proxy, as when the gateway serves the build.
const hub = process.env.HUB_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  base: '/developers/',
  plugins: [hubSchema()],
  server: {
    proxy: Object.fromEntries(
      ['/graphql', '/oparl', '/open311', '/developers/limits.json'].map((path) => [
        path,
        { target: hub, ws: path === '/graphql' },
      ]),
    ),
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    // GraphiQL with its editor is large and loads after the page; say so once, here.
    chunkSizeWarningLimit: 8000,
    rollupOptions: {
      // framer-motion (under GraphiQL) marks modules "use client", which means nothing in a bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
