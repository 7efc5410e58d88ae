/**
 * Which screens the workbench shows whom, from their roles and department (WorkbenchMe) and,
 * for partners, whether they coordinate a Kita provider (WorkbenchMyProviders). The gateway
 * and the subgraphs refuse the rest anyway (FORBIDDEN); this only keeps the menu honest.
 */
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

export interface Account {
  roles: readonly string[];
  department?: string | null;
}

/** `coordinatesProvider`: the account is a coordinator of at least one Kita provider. */
export function screensFor(me: Account | null | undefined, coordinatesProvider = false): Screen[] {
  if (!me) return [];
  const admin = me.roles.includes('ADMIN');
  const staff = me.roles.includes('STAFF');
  const buergerbuero = admin || (staff && me.department === 'buergerbuero');
  // A ticket kiosk at the entrance draws walk-in tickets and sees nothing else.
  const kiosk = buergerbuero || (me.roles.includes('KIOSK') && me.department === 'buergerbuero');
  // Kita providers' coordinators are partner accounts listed for a provider (family subgraph);
  // a partner without a provider (a Kaarst Pass partner only) sees no Kita screen.
  const coordinator = me.roles.includes('PARTNER') && coordinatesProvider;
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
