/** The developers' page build (scripts/client-build.ts); it embeds the composed schema, so that counts too. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureClientBuilt } from '../../../scripts/client-build.ts';

export const DEVELOPERS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEVELOPERS_DIST_DIR = path.join(DEVELOPERS_DIR, 'dist');
const SCHEMA = ['api.graphql', 'supergraph.graphql'].map((file) =>
  path.join(DEVELOPERS_DIR, '..', '..', 'schema', file),
);

/** Builds when stale; returns whether it built. */
export const ensureDevelopersBuilt = (options: { typecheck?: boolean } = {}): boolean =>
  ensureClientBuilt(DEVELOPERS_DIR, { ...options, extraInputs: SCHEMA });
