/** Who may work the queue: the Bürgerbüro's staff (and admins); drawing a ticket also its kiosks. */
import { forbidden, requireViewer, type Viewer } from '@kaarst/kit';

/** The department whose staff and kiosks run the offices' queues (scope staff:buergerbuero). */
export const QUEUE_DEPARTMENT = 'buergerbuero';

const isAdmin = (viewer: Viewer) => viewer.roles.includes('admin');

/** The gateway checks the scopes already; each subgraph checks again (no request skips a check). */
export function requireBuergerbuero(viewerOrNull: Viewer | null): Viewer {
  const viewer = requireViewer(viewerOrNull);
  if (isAdmin(viewer)) return viewer;
  if (viewer.roles.includes('staff') && viewer.department === QUEUE_DEPARTMENT) return viewer;
  throw forbidden('This is for the Bürgerbüro’s staff.');
}

/** Bürgerbüro staff, admins and the Bürgerbüro's kiosks. */
export function requireTicketDrawer(viewerOrNull: Viewer | null): Viewer {
  const viewer = requireViewer(viewerOrNull);
  if (viewer.roles.includes('kiosk') && viewer.department === QUEUE_DEPARTMENT) return viewer;
  return requireBuergerbuero(viewer);
}

export const isKiosk = (viewer: Viewer) =>
  viewer.roles.includes('kiosk') && !viewer.roles.includes('staff') && !isAdmin(viewer);
