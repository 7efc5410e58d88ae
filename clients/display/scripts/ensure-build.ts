/** The display client's build (scripts/client-build.ts): `npm start` and the browser test call it. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureClientBuilt } from '../../../scripts/client-build.ts';

export const DISPLAY_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DISPLAY_DIST_DIR = path.join(DISPLAY_DIR, 'dist');

/** Builds when stale; returns whether it built. */
export const ensureDisplayBuilt = (options: { typecheck?: boolean } = {}): boolean =>
  ensureClientBuilt(DISPLAY_DIR, options);
