/** The portal's build (scripts/client-build.ts): `npm start`, the bundle and the browser tests call it. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clientBuildIsStale, ensureClientBuilt } from '../../../scripts/client-build.ts';

export const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST_DIR = path.join(WEB_DIR, 'dist');

export const portalBuildIsStale = (): boolean => clientBuildIsStale(WEB_DIR);

/** Builds when stale; returns whether it built. */
export const ensurePortalBuilt = (options: { typecheck?: boolean } = {}): boolean =>
  ensureClientBuilt(WEB_DIR, options);
