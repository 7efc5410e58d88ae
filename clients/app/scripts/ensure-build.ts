/** The Kaarst App's build (scripts/client-build.ts): `npm start` and the browser tests call it. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureClientBuilt } from '../../../scripts/client-build.ts';

export const APP_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const APP_DIST_DIR = path.join(APP_DIR, 'dist');

/** Builds when stale (its own sources, the shared UI, and pass-verify, which signs the codes); returns whether it built. */
export const ensureAppBuilt = (options: { typecheck?: boolean } = {}): boolean =>
  ensureClientBuilt(APP_DIR, {
    ...options,
    extraInputs: [path.join(APP_DIR, 'public'), path.join(APP_DIR, '..', 'pass-verify', 'src')],
  });
