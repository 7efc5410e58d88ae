import { auditLogResolvers, DateTimeScalar } from '@kaarst/kit';
import type { Resolvers } from './generated/graphql.ts';
import { broadcastResolvers, chapterResolvers, liveMutations, liveSubscriptions } from './live.ts';
import { isoDate, meetingOrder, meetingTimeFilter, page, visibleItems } from './models.ts';
import { searchCouncil } from './search.ts';

const live = { deleted: false } as const;
const byOrder = { order: 'asc' } as const;

/** Resolvers turning OParl date columns into "YYYY-MM-DD". */
const dates = <K extends string>(...keys: K[]) =>
  Object.fromEntries(
    keys.map((key) => [key, (parent: Record<K, Date | null>) => isoDate(parent[key])]),
  ) as Record<K, (parent: Record<K, Date | null>) => string | null>;

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    councilBodies: (_p, _a, { db }) => db.body.findMany({ where: live, orderBy: { name: 'asc' } }),
    councilMeetings: (_p, args, { db }) =>
      db.meeting.findMany({
        where: { ...live, ...meetingTimeFilter(args.upcoming) },
        orderBy: [meetingOrder(args.upcoming), { id: 'asc' }],
        ...page(args),
      }),
    councilMeeting: (_p, { id }, { db }) => db.meeting.findFirst({ where: { id, ...live } }),
    councilPapers: (_p, args, { db }) =>
      db.paper.findMany({ where: live, orderBy: [{ date: 'desc' }, { id: 'asc' }], ...page(args) }),
    councilPaper: (_p, { id }, { db }) => db.paper.findFirst({ where: { id, ...live } }),
    councilPersons: (_p, args, { db }) =>
      db.person.findMany({ where: live, orderBy: [{ familyName: 'asc' }, { id: 'asc' }], ...page(args) }),
    councilPerson: (_p, { id }, { db }) => db.person.findFirst({ where: { id, ...live } }),
    councilOrganizations: (_p, args, { db }) =>
      db.organization.findMany({ where: live, orderBy: [{ name: 'asc' }, { id: 'asc' }], ...page(args) }),
    councilSearch: (_p, { text, first }, { db, viewer }) =>
      searchCouncil(db, viewer, text, page({ first }).take),
    councilLiveBroadcast: (_p, _a, { db }) =>
      db.broadcast.findFirst({ where: { status: 'LIVE' }, orderBy: { startedAt: 'desc' } }),
  },
  Mutation: liveMutations,
  Subscription: liveSubscriptions,
  CouncilLocation: {
    __resolveReference: (ref, { db }) => db.location.findFirst({ where: { id: ref.id, ...live } }),
  },
  CouncilBody: {
    __resolveReference: (ref, { db }) => db.body.findFirst({ where: { id: ref.id, ...live } }),
    legislativeTerms: (body, _a, { db }) =>
      db.legislativeTerm.findMany({ where: { bodyId: body.id, ...live }, orderBy: { startDate: 'asc' } }),
    organizations: (body, _a, { db }) =>
      db.organization.findMany({ where: { bodyId: body.id, ...live }, orderBy: { name: 'asc' } }),
  },
  CouncilLegislativeTerm: {
    __resolveReference: (ref, { db }) => db.legislativeTerm.findFirst({ where: { id: ref.id, ...live } }),
    ...dates('startDate', 'endDate'),
  },
  CouncilOrganization: {
    __resolveReference: (ref, { db }) => db.organization.findFirst({ where: { id: ref.id, ...live } }),
    ...dates('startDate', 'endDate'),
    memberships: (org, _a, { db }) =>
      db.membership.findMany({ where: { organizationId: org.id, ...live }, orderBy: { startDate: 'asc' } }),
    meetings: (org, { upcoming }, { db }) =>
      db.meeting.findMany({
        where: { organizations: { some: { id: org.id } }, ...live, ...meetingTimeFilter(upcoming) },
        orderBy: meetingOrder(upcoming),
        take: 100,
      }),
  },
  CouncilPerson: {
    __resolveReference: (ref, { db }) => db.person.findFirst({ where: { id: ref.id, ...live } }),
    memberships: (person, _a, { db }) =>
      db.membership.findMany({ where: { personId: person.id, ...live }, orderBy: { startDate: 'asc' } }),
  },
  CouncilMembership: {
    __resolveReference: (ref, { db }) => db.membership.findFirst({ where: { id: ref.id, ...live } }),
    ...dates('startDate', 'endDate'),
    person: (m, _a, { db }) => db.person.findUniqueOrThrow({ where: { id: m.personId } }),
    organization: (m, _a, { db }) =>
      m.organizationId ? db.organization.findUnique({ where: { id: m.organizationId } }) : null,
  },
  CouncilMeeting: {
    __resolveReference: (ref, { db }) => db.meeting.findFirst({ where: { id: ref.id, ...live } }),
    location: (m, _a, { db }) =>
      m.locationId ? db.location.findUnique({ where: { id: m.locationId } }) : null,
    organizations: (m, _a, { db }) =>
      db.organization.findMany({
        where: { meetings: { some: { id: m.id } }, ...live },
        orderBy: { name: 'asc' },
      }),
    agendaItems: (m, _a, { db, viewer }) =>
      db.agendaItem.findMany({ where: { meetingId: m.id, ...visibleItems(viewer) }, orderBy: byOrder }),
    files: (m, _a, { db }) =>
      db.file.findMany({ where: { meetingId: m.id, ...live }, orderBy: { id: 'asc' } }),
    broadcast: (m, _a, { db }) => db.broadcast.findUnique({ where: { meetingId: m.id } }),
  },
  CouncilAgendaItem: {
    __resolveReference: (ref, { db, viewer }) =>
      db.agendaItem.findFirst({ where: { id: ref.id, ...visibleItems(viewer) } }),
    meeting: (item, _a, { db }) => db.meeting.findUniqueOrThrow({ where: { id: item.meetingId } }),
    consultations: (item, _a, { db }) =>
      db.consultation.findMany({ where: { agendaItemId: item.id, ...live }, orderBy: { id: 'asc' } }),
    files: (item, _a, { db }) =>
      db.file.findMany({ where: { agendaItemId: item.id, ...live }, orderBy: { id: 'asc' } }),
  },
  CouncilPaper: {
    __resolveReference: (ref, { db }) => db.paper.findFirst({ where: { id: ref.id, ...live } }),
    ...dates('date'),
    consultations: (paper, _a, { db }) =>
      db.consultation.findMany({ where: { paperId: paper.id, ...live }, orderBy: { id: 'asc' } }),
    files: (paper, _a, { db }) =>
      db.file.findMany({ where: { paperId: paper.id, ...live }, orderBy: [{ role: 'desc' }, { id: 'asc' }] }),
  },
  CouncilConsultation: {
    __resolveReference: (ref, { db }) => db.consultation.findFirst({ where: { id: ref.id, ...live } }),
    paper: (c, _a, { db }) => db.paper.findUniqueOrThrow({ where: { id: c.paperId } }),
    meeting: (c, _a, { db }) => (c.meetingId ? db.meeting.findUnique({ where: { id: c.meetingId } }) : null),
    agendaItem: (c, _a, { db, viewer }) =>
      c.agendaItemId
        ? db.agendaItem.findFirst({ where: { id: c.agendaItemId, ...visibleItems(viewer) } })
        : null,
    organizations: (c, _a, { db }) =>
      db.organization.findMany({
        where: { consultations: { some: { id: c.id } } },
        orderBy: { name: 'asc' },
      }),
  },
  CouncilFile: {
    __resolveReference: (ref, { db }) => db.file.findFirst({ where: { id: ref.id, ...live } }),
    ...dates('date'),
  },
  AuditLog: auditLogResolvers('council') as Resolvers['AuditLog'],
  CouncilBroadcast: broadcastResolvers,
  CouncilChapter: chapterResolvers,
  CouncilSearchHit: {
    paper: (hit, _a, { db }) => (hit.paperId ? db.paper.findUnique({ where: { id: hit.paperId } }) : null),
    agendaItem: (hit, _a, { db }) =>
      hit.agendaItemId ? db.agendaItem.findUnique({ where: { id: hit.agendaItemId } }) : null,
  },
};
