import {
  auditEntryData,
  badInput,
  conflict,
  forbidden,
  hasRole,
  isUniqueViolation,
  notFound,
  outboxWritten,
  requireRole,
  requireViewer,
  type Viewer,
} from '@kaarst/kit';
import type { PrismaClient, RequestStatus, ServiceRequest } from './generated/prisma/client.ts';
import { statusNotice } from './notices.ts';
import { checkDraft, type RequestDraft } from './validation.ts';

/** The steps staff may take from each status (done and rejected are final). */
export const NEXT_STATUS: Record<RequestStatus, RequestStatus[]> = {
  RECEIVED: ['IN_PROGRESS', 'WAITING_FOR_CITIZEN', 'DONE', 'REJECTED'],
  IN_PROGRESS: ['WAITING_FOR_CITIZEN', 'DONE', 'REJECTED'],
  WAITING_FOR_CITIZEN: ['IN_PROGRESS', 'DONE', 'REJECTED'],
  DONE: [],
  REJECTED: [],
};

export const isStaff = (viewer: Viewer | null) => hasRole(viewer, 'staff') || hasRole(viewer, 'admin');

/** Staff work on their own department's requests; admins on all. */
export const staffMayHandle = (viewer: Viewer | null, request: ServiceRequest) =>
  hasRole(viewer, 'admin') || (hasRole(viewer, 'staff') && viewer?.department === request.department);

/** The citizen who made it, or staff of its department. */
export const mayRead = (viewer: Viewer | null, request: ServiceRequest) =>
  (viewer !== null && request.citizenId === viewer.id) || staffMayHandle(viewer, request);

export const changedTopic = (requestId: string) => `requestChanged:${requestId}`;
export const submittedTopic = (department: string) => `requestSubmitted:${department}`;

/** The outbox row announcing a request's change (or its arrival in a queue); written in the change's transaction. */
export const outboxEvent = (topic: string, requestId: string) => ({ topic, payload: { id: requestId } });

/** A request the viewer may read, else NOT_FOUND (ids are not confirmed to strangers). */
export async function readableRequest(db: PrismaClient, viewer: Viewer | null, id: string) {
  const request = await db.serviceRequest.findUnique({ where: { id } }).catch(() => null);
  if (!request || !mayRead(viewer, request)) throw notFound('The request');
  return request;
}

async function handledRequest(db: PrismaClient, viewer: Viewer | null, id: string) {
  requireRole(viewer, 'staff');
  const request = await readableRequest(db, viewer, id);
  if (!staffMayHandle(viewer, request)) throw forbidden('This request belongs to another department.');
  return request;
}

const referenceNumber = (year: number, n: bigint) => `KA-${year}-${String(n).padStart(6, '0')}`;

export interface SubmitInput extends RequestDraft {
  typeCode: string;
  idempotencyKey: string;
  contactEmail?: string | null;
  contactName?: string | null;
}

/**
 * Records a new request with its first history entry in one transaction; the
 * same citizen and idempotency key give the first request back.
 */
export async function submitRequest(
  db: PrismaClient,
  citizenId: string | null,
  input: SubmitInput,
  source: 'graph' | 'open311',
): Promise<{ request: ServiceRequest; created: boolean }> {
  const key = input.idempotencyKey.trim();
  if (key.length < 8 || key.length > 200)
    throw badInput('idempotencyKey must be 8 to 200 characters.', 'idempotencyKey');
  if (citizenId) {
    const earlier = await db.serviceRequest.findUnique({
      where: { citizenId_idempotencyKey: { citizenId, idempotencyKey: key } },
    });
    if (earlier) return { request: earlier, created: false };
  }
  const type = await db.requestType.findUnique({ where: { code: input.typeCode } });
  if (!type) throw badInput(`There is no request type "${input.typeCode}".`, 'typeCode');
  const checked = checkDraft(type, input);
  try {
    const request = await db.$transaction(async (tx) => {
      const [{ n }] = await tx.$queryRaw<[{ n: bigint }]>`SELECT nextval('request_reference_seq') AS n`;
      const now = new Date();
      const created = await tx.serviceRequest.create({
        data: {
          ...checked,
          referenceNumber: referenceNumber(now.getUTCFullYear(), n),
          typeCode: type.code,
          citizenId,
          contactEmail: input.contactEmail ?? null,
          contactName: input.contactName ?? null,
          department: type.department,
          dueAt: new Date(now.getTime() + type.dueDays * 86_400_000),
          source,
          idempotencyKey: key,
          history: { create: { status: 'RECEIVED', reason: null } },
        },
      });
      await tx.outboxEvent.create({ data: outboxEvent(submittedTopic(created.department), created.id) });
      return created;
    });
    outboxWritten();
    return { request, created: true };
  } catch (error) {
    // A concurrent submit with the same key won: answer with its request.
    if (citizenId && isUniqueViolation(error)) {
      const winner = await db.serviceRequest.findUniqueOrThrow({
        where: { citizenId_idempotencyKey: { citizenId, idempotencyKey: key } },
      });
      return { request: winner, created: false };
    }
    throw error;
  }
}

/** Staff move a request on: allowed steps only, with a reason, history and audit in one transaction. */
export async function changeStatus(
  db: PrismaClient,
  viewer: Viewer | null,
  id: string,
  status: RequestStatus,
  reason: string,
) {
  const staff = requireViewer(viewer);
  const request = await handledRequest(db, viewer, id);
  const why = reason.trim();
  if (why.length < 3 || why.length > 1000) throw badInput('Give a reason (3 to 1000 characters).', 'reason');
  if (!NEXT_STATUS[request.status].includes(status))
    throw conflict(`A request that is ${request.status} cannot become ${status}.`);
  return db
    .$transaction(async (tx) => {
      // Only from the status read above: a concurrent change makes this one a conflict, not a lost update.
      const { count } = await tx.serviceRequest.updateMany({
        where: { id, status: request.status },
        data: { status },
      });
      if (count === 0) throw conflict('The request changed meanwhile; reload it.');
      await tx.statusChange.create({ data: { requestId: id, status, reason: why, actorId: staff.id } });
      await tx.outboxEvent.create({ data: outboxEvent(changedTopic(id), id) });
      const notice = statusNotice(request, status);
      if (notice) await tx.outboxEvent.create({ data: notice });
      await tx.auditEntry.create({
        data: auditEntryData(
          staff,
          'request.status',
          { type: 'ServiceRequest', id },
          `${request.status} -> ${status}: ${why}`,
        ),
      });
      return tx.serviceRequest.findUniqueOrThrow({ where: { id } });
    })
    .finally(outboxWritten);
}

export async function assign(db: PrismaClient, viewer: Viewer | null, id: string, assigneeId: string | null) {
  const staff = requireViewer(viewer);
  await handledRequest(db, viewer, id);
  const to = assigneeId ?? staff.id;
  if (!/^[0-9a-f-]{36}$/i.test(to)) throw badInput('assigneeId is not an account id.', 'assigneeId');
  return db.$transaction(async (tx) => {
    const updated = await tx.serviceRequest.update({ where: { id }, data: { assigneeId: to } });
    await tx.auditEntry.create({
      data: auditEntryData(staff, 'request.assign', { type: 'ServiceRequest', id }, `to ${to}`),
    });
    return updated;
  });
}

export async function setDueDate(db: PrismaClient, viewer: Viewer | null, id: string, dueAt: Date) {
  const staff = requireViewer(viewer);
  await handledRequest(db, viewer, id);
  if (Number.isNaN(dueAt.getTime())) throw badInput('dueAt is not a date.', 'dueAt');
  return db.$transaction(async (tx) => {
    const updated = await tx.serviceRequest.update({ where: { id }, data: { dueAt } });
    await tx.auditEntry.create({
      data: auditEntryData(staff, 'request.due', { type: 'ServiceRequest', id }, dueAt.toISOString()),
    });
    return updated;
  });
}

/** A message from the citizen, a reply from staff, or (internal) a staff note. */
export async function addMessage(
  db: PrismaClient,
  viewer: Viewer | null,
  id: string,
  body: string,
  internal: boolean,
) {
  const author = requireViewer(viewer);
  const request = internal ? await handledRequest(db, viewer, id) : await readableRequest(db, viewer, id);
  const text = body.trim();
  if (text.length === 0 || text.length > 4000) throw badInput('Write 1 to 4000 characters.', 'body');
  const fromOffice = request.citizenId !== author.id;
  if (['DONE', 'REJECTED'].includes(request.status) && !fromOffice)
    throw conflict('This request is closed; submit a new one.');
  return db
    .$transaction(async (tx) => {
      const message = await tx.requestMessage.create({
        data: { requestId: id, authorId: author.id, fromOffice, internal, body: text },
      });
      // The citizen answered what the office waited for: back to work. Else just touch it for sorting.
      const answered = !fromOffice && request.status === 'WAITING_FOR_CITIZEN';
      await tx.serviceRequest.update({
        where: { id },
        data: answered ? { status: 'IN_PROGRESS' } : { updatedAt: new Date() },
      });
      if (answered)
        await tx.statusChange.create({
          data: { requestId: id, status: 'IN_PROGRESS', reason: 'Antwort erhalten', actorId: author.id },
        });
      // The citizen and the office follow the request live; internal notes are the office's alone.
      if (!internal) await tx.outboxEvent.create({ data: outboxEvent(changedTopic(id), id) });
      if (fromOffice)
        await tx.auditEntry.create({
          data: auditEntryData(author, internal ? 'request.note' : 'request.reply', {
            type: 'ServiceRequest',
            id,
          }),
        });
      return message;
    })
    .finally(outboxWritten);
}
