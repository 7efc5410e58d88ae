/** The staff workbench's build (scripts/client-build.ts): `npm start` and the browser tests call it. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureClientBuilt } from '../../../scripts/client-build.ts';

export const STAFF_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const STAFF_DIST_DIR = path.join(STAFF_DIR, 'dist');

/** Builds when stale; returns whether it built. */
export const ensureStaffBuilt = (options: { typecheck?: boolean } = {}): boolean =>
  ensureClientBuilt(STAFF_DIR, options);
