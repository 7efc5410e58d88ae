import {
  auditLogResolvers,
  DateTimeScalar,
  forbidden,
  JSONObjectScalar,
  liveEvents,
  personalDataOf,
  requireRole,
  requireViewer,
} from '@kaarst/kit';
import { downloadUrl, startAttachment } from './attachments/uploads.ts';
import type { Context } from './context.ts';
import type { Resolvers } from './generated/graphql.ts';
import {
  addMessage,
  assign,
  changedTopic,
  changeStatus,
  isStaff,
  mayRead,
  readableRequest,
  setDueDate,
  submitRequest,
  submittedTopic,
} from './lifecycle.ts';
import { confirmHomeVisitDay, homeVisitMap, planHomeVisitDay } from './mobile-office/visits.ts';
import { fieldsOf, needsLocation } from './models.ts';
import { exportRequestsData } from './privacy.ts';
import { isOverdue, requestQueue } from './queue.ts';

const byPosition = [{ position: 'asc' as const }, { name: 'asc' as const }];

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  JSONObject: JSONObjectScalar,
  PersonalData: {
    __resolveReference: (reference, { viewer }) => personalDataOf(viewer, reference.accountId),
    requests: ({ accountId }, _args, { db }) => exportRequestsData(db, accountId),
  },
  Query: {
    requestTypes: (_p, _a, { db }) => db.requestType.findMany({ orderBy: byPosition }),
    myRequests: (_p, _a, { db, viewer }) =>
      db.serviceRequest.findMany({
        where: { citizenId: requireViewer(viewer).id },
        orderBy: { createdAt: 'desc' },
      }),
    serviceRequest: (_p, { id }, { db, viewer }) => readableRequest(db, viewer, id),
    homeVisitMap: (_p, _a, { db, viewer }) => homeVisitMap(db, viewer),
    homeVisitRoute: (_p, { input }, { db, viewer }) => planHomeVisitDay(db, viewer, input),
    requestQueue: (_p, { filter }, { db, viewer }) =>
      requestQueue(db, requireRole(viewer, 'staff'), filter ?? {}),
  },
  Mutation: {
    confirmHomeVisitDay: (_p, { input }, { db, viewer }) => confirmHomeVisitDay(db, viewer, input),
    startRequestAttachment: (_p, { requestId, input }, { db, viewer }) =>
      startAttachment(db, viewer, requestId, input),
    async submitRequest(_p, { input }, { db, viewer }) {
      const citizen = requireViewer(viewer);
      const { request } = await submitRequest(
        db,
        citizen.id,
        { ...input, answers: input.answers ?? [] },
        'graph',
      );
      return request;
    },
    sendRequestMessage: (_p, { requestId, body }, { db, viewer }) =>
      addMessage(db, viewer, requestId, body, false),
    addRequestNote: (_p, { requestId, body }, { db, viewer }) =>
      addMessage(db, viewer, requestId, body, true),
    changeRequestStatus: (_p, { requestId, status, reason }, { db, viewer }) =>
      changeStatus(db, viewer, requestId, status, reason),
    assignRequest: (_p, { requestId, assigneeId }, { db, viewer }) =>
      assign(db, viewer, requestId, assigneeId ?? null),
    setRequestDueDate: (_p, { requestId, dueAt }, { db, viewer }) =>
      setDueDate(db, viewer, requestId, new Date(dueAt as Date | string)),
  },
  Subscription: {
    requestChanged: {
      subscribe: async (_p, { requestId }, context) => {
        await readableRequest(context.db, context.viewer, requestId);
        return liveEvents(context, changedTopic(requestId));
      },
      resolve: (payload: { id: string }, _a: unknown, { db }: Context) =>
        db.serviceRequest.findUniqueOrThrow({ where: { id: payload.id } }),
    },
    requestSubmitted: {
      subscribe: (_p, { department }, context) => {
        const staff = requireRole(context.viewer, 'staff');
        if (!staff.roles.includes('admin') && staff.department !== department)
          throw forbidden('Staff follow their own department’s queue only.');
        return liveEvents(context, submittedTopic(department));
      },
      resolve: (payload: { id: string }, _a: unknown, { db }: Context) =>
        db.serviceRequest.findUniqueOrThrow({ where: { id: payload.id } }),
    },
  },
  RequestType: {
    __resolveReference: (ref, { db }) => db.requestType.findUnique({ where: { code: ref.code } }),
    needsLocation: (type) => needsLocation(type),
    fields: (type) =>
      fieldsOf(type).map((field) => ({
        code: field.code,
        type: field.datatype.toUpperCase() as Uppercase<typeof field.datatype>,
        required: field.required,
        description: field.description,
        values: field.values ?? [],
      })),
  },
  ServiceRequest: {
    __resolveReference: async (ref, { db, viewer }) => {
      const request = await db.serviceRequest.findUnique({ where: { id: ref.id } });
      return request && mayRead(viewer, request) ? request : null;
    },
    type: (request, _a, { db }) => db.requestType.findUniqueOrThrow({ where: { code: request.typeCode } }),
    answers: (request) =>
      Object.entries(request.answers as Record<string, string>).map(([field, value]) => ({ field, value })),
    overdue: (request) => isOverdue(request),
    history: (request, _a, { db }) =>
      db.statusChange.findMany({ where: { requestId: request.id }, orderBy: [{ at: 'asc' }, { id: 'asc' }] }),
    messages: (request, _a, { db, viewer }) =>
      db.requestMessage.findMany({
        where: { requestId: request.id, ...(isStaff(viewer) ? {} : { internal: false }) },
        orderBy: [{ at: 'asc' }, { id: 'asc' }],
      }),
    homeVisit: async (request, _a, { db, viewer }) => {
      const visit = await db.homeVisit.findUnique({ where: { requestId: request.id } });
      return visit && { ...visit, position: isStaff(viewer) ? visit.position : null };
    },
    attachments: (request, _a, { db }) =>
      db.requestAttachment.findMany({
        where: { requestId: request.id, storedAt: { not: null } },
        orderBy: { createdAt: 'asc' },
      }),
    assigneeId: (request, _a, { viewer }) => (isStaff(viewer) ? request.assigneeId : null),
    citizen: (request, _a, { viewer }) =>
      request.citizenId && mayRead(viewer, request) ? { id: request.citizenId } : null,
  },
  RequestAttachment: {
    uploadedAt: (attachment) => attachment.storedAt,
    downloadUrl: (attachment, _a, { keys }) => downloadUrl(keys, attachment),
  },
  Citizen: {
    __resolveReference: (ref) => ({ id: ref.id }),
    requests: async (citizen, _a, { db, viewer }) => {
      const requests = await db.serviceRequest.findMany({
        where: { citizenId: citizen.id },
        orderBy: { createdAt: 'desc' },
        take: 200,
      });
      // The citizen sees all of theirs; staff only their department's.
      return requests.filter((request) => mayRead(viewer, request));
    },
  },
  AuditLog: auditLogResolvers('requests') as Resolvers['AuditLog'],
};
