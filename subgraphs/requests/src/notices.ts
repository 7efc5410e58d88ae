import { notificationOutboxRow } from '@kaarst/kit';
import type { RequestStatus, ServiceRequest } from './generated/prisma/client.ts';

/** The status as the citizen reads it (the portal's words). */
const STATUS_TEXT: Record<RequestStatus, string> = {
  RECEIVED: 'eingegangen',
  IN_PROGRESS: 'in Bearbeitung',
  WAITING_FOR_CITIZEN: 'wartet auf Ihre Antwort',
  DONE: 'erledigt',
  REJECTED: 'abgelehnt',
};

/**
 * The outbox row telling the citizen that their request's status changed, or null for a
 * request without an account (an Open311 report: nobody to tell). The reason stays in the
 * request: a push message passes through the browser vendor's push service.
 */
export function statusNotice(request: ServiceRequest, status: RequestStatus) {
  if (!request.citizenId) return null;
  return notificationOutboxRow({
    accountId: request.citizenId,
    topic: 'request-status',
    title: `Anliegen ${request.referenceNumber}: ${STATUS_TEXT[status]}`,
    body: 'Der Status Ihres Anliegens hat sich geändert.',
    url: '/#/anliegen',
  });
}
