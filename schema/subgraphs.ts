import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A subgraph as the workspace knows it, from `subgraphs/<name>/package.json` ("hub" key). */
export interface SubgraphInfo {
  name: string;
  dir: string;
  schemaPath: string;
  port: number;
  /** The URL written into the supergraph; the gateway may override it (SUBGRAPH_<NAME>_URL). */
  url: string;
  /** codegen mappers: GraphQL type -> model type, relative to src/generated/. */
  mappers: Record<string, string>;
}

interface HubPackageConfig {
  port: number;
  mappers?: Record<string, string>;
}

/** Every folder under subgraphs/ with a schema.graphql, in name order. */
export function listSubgraphs(): SubgraphInfo[] {
  const base = path.join(ROOT, 'subgraphs');
  return readdirSync(base)
    .filter((name) => existsSync(path.join(base, name, 'schema.graphql')))
    .sort()
    .map((name) => {
      const dir = path.join(base, name);
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
        hub?: HubPackageConfig;
      };
      if (!pkg.hub?.port) throw new Error(`subgraphs/${name}/package.json needs "hub": { "port": <number> }`);
      return {
        name,
        dir,
        schemaPath: path.join(dir, 'schema.graphql'),
        port: pkg.hub.port,
        url: `http://127.0.0.1:${pkg.hub.port}/graphql`,
        mappers: pkg.hub.mappers ?? {},
      };
    });
}
