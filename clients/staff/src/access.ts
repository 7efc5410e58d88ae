/**
 * What the signed-in person may open here, from their roles and department (WorkbenchMe) and,
 * for a partner, the Kita providers it coordinates (screens.ts decides).
 * The navigation shows only these screens; the gateway refuses the rest anyway (FORBIDDEN).
 */
import { createMemo, createResource, createRoot, createSignal } from 'solid-js';
import {
  WorkbenchMeDocument,
  type WorkbenchMeQuery,
  WorkbenchMyProvidersDocument,
} from './generated/graphql.ts';
import { client } from './graphql-client.ts';
import { type Screen, screensFor } from './screens.ts';
import { session } from './session.ts';

export type Me = NonNullable<WorkbenchMeQuery['me']>;
export type { Screen } from './screens.ts';

const state = createRoot(() => {
  const [me] = createResource(
    () => session()?.token,
    async () => (await client().query(WorkbenchMeDocument, {}).toPromise()).data?.me ?? null,
  );
  // A partner keeps the Kita screens only if it coordinates a provider (the family subgraph
  // knows which); asked for partners only (others may not ask: FORBIDDEN).
  const [providers] = createResource(
    () => (me()?.roles.includes('PARTNER') ? session()?.token : undefined),
    async () =>
      (await client().query(WorkbenchMyProvidersDocument, {}).toPromise()).data?.myCoordinatedProviders ?? [],
  );
  // No menu until both answers are in: a partner's menu would otherwise show without its Kita
  // screens first and grow a moment later (and a click could land on the shorter one).
  const screens = createMemo(() =>
    me.loading || providers.loading ? [] : screensFor(me(), (providers() ?? []).length > 0),
  );
  return { me, providers, screens };
});

export const me = () => state.me();
/** Whether who is signed in is known yet (false while WorkbenchMe, or a partner's providers, are on their way). */
export const meKnown = () =>
  !session() || (!state.me.loading && state.me() !== undefined && !state.providers.loading);
export const screens = () => state.screens();
export const may = (screen: Screen) => state.screens().includes(screen);

const LOCATION_KEY = 'kaarst-staff-location';
const [location, setLocationSignal] = createSignal(localStorage.getItem(LOCATION_KEY) ?? 'rathaus-kaarst');
/** The office location the Bürgerbüro screens show (kept for the next visit). */
export const selectedLocation = location;
export function selectLocation(id: string): void {
  localStorage.setItem(LOCATION_KEY, id);
  setLocationSignal(id);
}
