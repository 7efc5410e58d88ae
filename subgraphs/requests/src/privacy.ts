/**
 * Data protection: a person's requests in their data export, and what is left
 * of them when the account is deleted. A deleted account's requests are
 * withdrawn: open ones are closed as REJECTED ("Konto gelöscht"); every free
 * text (description, answers, messages, notes, reasons), the location and the
 * contact go. Type, department, dates and the sequence of statuses stay, for
 * the statistics of the office's work.
 */
import type { FileStore } from './attachments/store.ts';
import type { PrismaClient } from './generated/prisma/client.ts';

const WITHDRAWN_REASON = 'Konto gelöscht';
const CLOSED = ['DONE', 'REJECTED'] as const;

export async function exportRequestsData(db: PrismaClient, accountId: string) {
  const requests = await db.serviceRequest.findMany({
    where: { citizenId: accountId },
    orderBy: { createdAt: 'asc' },
    include: {
      type: { select: { name: true } },
      history: { orderBy: { at: 'asc' }, select: { status: true, reason: true, at: true } },
      // Internal notes are the office's working notes, not data given to or by the person.
      messages: {
        where: { internal: false },
        orderBy: { at: 'asc' },
        select: { fromOffice: true, body: true, at: true },
      },
      attachments: {
        where: { storedAt: { not: null } },
        orderBy: { createdAt: 'asc' },
        select: { fileName: true, contentType: true, size: true, sha256: true, storedAt: true },
      },
    },
  });
  const staffActions = await db.auditEntry.findMany({
    where: { recordType: 'ServiceRequest', recordId: { in: requests.map((r) => r.id) } },
    orderBy: { at: 'asc' },
    select: { at: true, action: true, actorDepartment: true, recordId: true },
  });
  return {
    requests: requests.map((r) => ({
      referenceNumber: r.referenceNumber,
      type: r.type.name,
      status: r.status,
      description: r.description,
      answers: r.answers,
      latitude: r.latitude,
      longitude: r.longitude,
      address: r.address,
      department: r.department,
      createdAt: r.createdAt,
      history: r.history,
      messages: r.messages,
      // The files themselves: each request's downloadUrl in the portal.
      attachments: r.attachments,
    })),
    staffActions,
  };
}

/** Anonymises a deleted account's requests in one transaction; a second run finds none. */
export async function eraseRequests(db: PrismaClient, accountId: string, store: FileStore) {
  // The files first: a failure here leaves the rows, and the event is handled again.
  const attachments = await db.requestAttachment.findMany({
    where: { request: { citizenId: accountId } },
    select: { id: true },
  });
  for (const { id } of attachments) await store.delete(id);
  return db.$transaction(async (tx) => {
    const requests = await tx.serviceRequest.findMany({
      where: { citizenId: accountId },
      select: { id: true, status: true },
    });
    if (requests.length === 0) return 0;
    const ids = requests.map((r) => r.id);
    const open = requests.filter((r) => !(CLOSED as readonly string[]).includes(r.status)).map((r) => r.id);
    await tx.statusChange.createMany({
      data: open.map((requestId) => ({ requestId, status: 'REJECTED' as const, reason: WITHDRAWN_REASON })),
    });
    await tx.statusChange.updateMany({
      where: { requestId: { in: ids }, NOT: { reason: WITHDRAWN_REASON } },
      data: { reason: null, actorId: null },
    });
    await tx.requestMessage.deleteMany({ where: { requestId: { in: ids } } });
    await tx.requestAttachment.deleteMany({ where: { requestId: { in: ids } } });
    await tx.homeVisit.deleteMany({ where: { requestId: { in: ids } } });
    await tx.auditEntry.updateMany({
      where: { recordType: 'ServiceRequest', recordId: { in: ids } },
      data: { detail: null },
    });
    await tx.serviceRequest.updateMany({ where: { id: { in: open } }, data: { status: 'REJECTED' } });
    await tx.serviceRequest.updateMany({
      where: { id: { in: ids } },
      data: {
        citizenId: null,
        contactEmail: null,
        contactName: null,
        description: '',
        answers: {},
        latitude: null,
        longitude: null,
        address: null,
        assigneeId: null,
        // Free of the person: the key said nothing, but it was theirs.
        idempotencyKey: 'erased',
      },
    });
    return ids.length;
  });
}
