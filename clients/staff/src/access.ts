/**
 * What the signed-in person may open here, from their roles and department (WorkbenchMe).
 * The navigation shows only these screens; the gateway refuses the rest anyway (FORBIDDEN).
 */
import { createMemo, createResource, createRoot, createSignal } from 'solid-js';
import { WorkbenchMeDocument, type WorkbenchMeQuery } from './generated/graphql.ts';
import { client } from './graphql-client.ts';
import { session } from './session.ts';

export type Me = NonNullable<WorkbenchMeQuery['me']>;
export type Screen =
  | 'day'
  | 'week'
  | 'queue'
  | 'visits'
  | 'passes'
  | 'council'
  | 'keys'
  | 'stats'
  | 'kiosk'
  | 'requests'
  | 'audit'
  | 'content'
  | 'participation'
  | 'passCheck'
  | 'partnerOffers'
  | 'driver'
  | 'kitaAllocation'
  | 'kitaEntries';

export function screensFor(me: Pick<Me, 'roles' | 'department'> | null | undefined): Screen[] {
  if (!me) return [];
  const admin = me.roles.includes('ADMIN');
  const staff = me.roles.includes('STAFF');
  const buergerbuero = admin || (staff && me.department === 'buergerbuero');
  // A ticket kiosk at the entrance draws walk-in tickets and sees nothing else.
  const kiosk = buergerbuero || (me.roles.includes('KIOSK') && me.department === 'buergerbuero');
  // Kita providers' coordinators are partner accounts (the family subgraph checks which provider).
  const coordinator = me.roles.includes('PARTNER');
  return [
    ...(buergerbuero ? (['day', 'week', 'queue', 'stats', 'visits'] as const) : []),
    ...(kiosk ? (['kiosk'] as const) : []),
    ...(admin || staff ? (['requests', 'passes', 'council', 'content', 'participation'] as const) : []),
    ...(admin ? (['audit', 'keys'] as const) : []),
    // Kaarst Pass partners check passes at their counter and see their own offers.
    ...(me.roles.includes('PARTNER') ? (['passCheck', 'partnerOffers'] as const) : []),
    // Drivers: the trip they drive and its wheelchair pickup requests.
    ...(me.roles.includes('DRIVER') ? (['driver'] as const) : []),
    ...(admin || staff || coordinator ? (['kitaAllocation'] as const) : []),
    ...(coordinator ? (['kitaEntries'] as const) : []),
  ];
}

const state = createRoot(() => {
  const [me] = createResource(
    () => session()?.token,
    async () => (await client().query(WorkbenchMeDocument, {}).toPromise()).data?.me ?? null,
  );
  const screens = createMemo(() => screensFor(me()));
  return { me, screens };
});

export const me = () => state.me();
/** Whether who is signed in is known yet (false while WorkbenchMe is on its way). */
export const meKnown = () => !session() || (!state.me.loading && state.me() !== undefined);
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
