import type { Viewer } from './auth.ts';
import { forbidden, unauthenticated } from './errors.ts';

/** What each subgraph's PersonalData resolvers receive (codegen mapper "@kaarst/kit#PersonalDataRef"). */
export interface PersonalDataRef {
  accountId: string;
}

/**
 * The PersonalData entity (GDPR Art. 15/20) every subgraph adds its part to:
 * only the person themselves may have their copy.
 */
export function personalDataOf(viewer: Viewer | null, accountId: string): PersonalDataRef {
  if (!viewer) throw unauthenticated();
  if (viewer.id !== accountId) throw forbidden('Only the person themselves may have a copy of their data.');
  return { accountId };
}
