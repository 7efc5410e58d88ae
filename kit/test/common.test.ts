import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { hubRoot } from '@kaarst/kit/registry';
import { describe, expect, it } from 'vitest';

const ROOT = hubRoot(import.meta.dirname);
const KIT = path.join(ROOT, 'kit', 'src');
const KIT_ENTRIES: Record<string, string> = {
  '@kaarst/kit': path.join(KIT, 'index.ts'),
  '@kaarst/kit/common': path.join(KIT, 'common.ts'),
  '@kaarst/kit/registry': path.join(KIT, 'registry.ts'),
};
/** What only subgraphs need: a gateway process that loads these pays for them at every start. */
const SUBGRAPH_ONLY = [
  '@electric-sql/pglite',
  '@prisma/adapter-pg',
  'pg',
  'mercurius',
  'mqemitter-redis',
  '@apollo/subgraph',
];

// `import ... from 'x'` and `export ... from 'x'`; type-only ones are erased (verbatimModuleSyntax).
const STATEMENT = /^(import|export)\s+([\s\S]*?)\s*from\s+'([^']+)';?$/gm;

function isTypeOnly(clause: string): boolean {
  if (/^type\s/.test(clause)) return true;
  const braces = clause.match(/^\{([\s\S]*)\}$/);
  if (!braces?.[1]) return false;
  const names = braces[1]
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  return names.length > 0 && names.every((name) => name.startsWith('type '));
}

/** The packages a module loads at run time, through its own imports and those of the files it imports. */
function loadedPackages(entry: string): Map<string, string> {
  const packages = new Map<string, string>(); // package -> first file importing it
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, , clause = '', specifier = ''] of readFileSync(file, 'utf8').matchAll(STATEMENT)) {
      if (isTypeOnly(clause)) continue;
      if (specifier.startsWith('.')) visit(path.resolve(path.dirname(file), specifier));
      else if (KIT_ENTRIES[specifier]) visit(KIT_ENTRIES[specifier]);
      else if (!specifier.startsWith('node:')) {
        const name = specifier.startsWith('@')
          ? specifier.split('/').slice(0, 2).join('/')
          : specifier.split('/')[0];
        if (name && !packages.has(name)) packages.set(name, path.relative(ROOT, file));
      }
    }
  };
  visit(entry);
  return packages;
}

describe('the kit, split', () => {
  it('the gateway loads nothing only subgraphs need (no database, pubsub or subgraph server)', () => {
    const sources = readdirSync(path.join(ROOT, 'gateway', 'src'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => path.join(ROOT, 'gateway', 'src', file));
    const loaded = new Map<string, string>();
    for (const file of sources)
      for (const [name, by] of loadedPackages(file)) if (!loaded.has(name)) loaded.set(name, by);
    const offending = SUBGRAPH_ONLY.filter((name) => loaded.has(name)).map(
      (name) => `${name} (${loaded.get(name)})`,
    );
    expect(offending).toEqual([]);
    // The gateway still loads what it does use: the check walks real imports.
    expect(loaded.has('fastify')).toBe(true);
    expect(loaded.has('jose')).toBe(true);
  });

  it('the check is real: the whole kit loads the subgraph-only packages', () => {
    const loaded = loadedPackages(KIT_ENTRIES['@kaarst/kit'] as string);
    expect(SUBGRAPH_ONLY.filter((name) => !loaded.has(name))).toEqual([]);
  });
});
