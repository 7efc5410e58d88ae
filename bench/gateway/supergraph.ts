/**
 * The benchmark's supergraph: composed from the four subgraphs by
 * @apollo/composition into supergraph.graphql (committed, with placeholder
 * URLs), and per run a copy with the subgraphs' real URLs for the gateways.
 *
 * `tsx supergraph.ts` writes supergraph.graphql; `--check` fails when it is stale.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { parse, print } from 'graphql';
import { SUBGRAPHS } from './schemas.ts';

export const SUPERGRAPH_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'supergraph.graphql');

/** Where the committed file points each subgraph (replaced per run). */
const placeholderUrl = (name: string) => `http://${name}.invalid/graphql`;

export function composeSupergraph(): string {
  const result = composeServices(
    SUBGRAPHS.map((subgraph) => ({
      name: subgraph.name,
      url: placeholderUrl(subgraph.name),
      typeDefs: parse(subgraph.typeDefs),
    })),
  );
  if (result.errors)
    throw new Error(`composition failed:\n${result.errors.map((e) => e.message).join('\n')}`);
  return `${result.supergraphSdl}\n`;
}

/** Whether supergraph.graphql is what the subgraphs compose to (its formatting aside: biome formats it). */
export const supergraphIsCurrent = () =>
  print(parse(readFileSync(SUPERGRAPH_FILE, 'utf8'))) === print(parse(composeSupergraph()));

/** The committed supergraph with the real URLs, written to a temporary file; returns its path. */
export function supergraphFor(urls: Record<string, string>): string {
  let sdl = readFileSync(SUPERGRAPH_FILE, 'utf8');
  for (const subgraph of SUBGRAPHS) {
    const url = urls[subgraph.name];
    if (!url) throw new Error(`no URL for subgraph ${subgraph.name}`);
    sdl = sdl.replace(`"${placeholderUrl(subgraph.name)}"`, JSON.stringify(url));
  }
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'bench-gateway-')), 'supergraph.graphql');
  writeFileSync(file, sdl);
  return file;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!process.argv.includes('--check')) writeFileSync(SUPERGRAPH_FILE, composeSupergraph());
  else if (!supergraphIsCurrent()) {
    console.error('bench/gateway/supergraph.graphql is stale: run `tsx bench/gateway/supergraph.ts`');
    process.exit(1);
  }
}
