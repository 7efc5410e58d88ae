/** How each OParl object type is read from the database for the export. */
import type { PrismaClient } from '../generated/prisma/client.ts';
import {
  agendaItemJson,
  bodyJson,
  consultationJson,
  fileJson,
  legislativeTermJson,
  locationJson,
  meetingJson,
  membershipJson,
  type OparlType,
  organizationJson,
  paperJson,
  personJson,
  type Shape,
  type Urls,
} from './serialize.ts';

type Where = Record<string, unknown>;
type Json = Record<string, unknown>;

/** The parts of a Prisma model delegate the export uses. */
interface Delegate {
  findMany(args: object): Promise<unknown[]>;
  findFirst(args: object): Promise<unknown>;
  count(args: object): Promise<number>;
}

export interface Kind {
  type: OparlType;
  /** The objects of one body (of all bodies for Body). */
  scope(bodyId: string): Where;
  find(db: PrismaClient, where: Where, page: { skip: number; take: number }): Promise<unknown[]>;
  count(db: PrismaClient, where: Where): Promise<number>;
  one(db: PrismaClient, id: string): Promise<unknown>;
  json(row: unknown, u: Urls, shape: Shape): Json;
}

function kind<Row>(
  type: OparlType,
  delegate: (db: PrismaClient) => unknown,
  include: object | undefined,
  scope: (bodyId: string) => Where,
  json: (row: Row, u: Urls, shape: Shape) => Json,
  /** What else an object must be to be exported by id (public, for agenda items). */
  visible: Where = {},
): Kind {
  const of = (db: PrismaClient) => delegate(db) as Delegate;
  const withInclude = include ? { include } : {};
  return {
    type,
    scope,
    find: (db, where, page) =>
      of(db).findMany({ where, ...withInclude, orderBy: [{ modified: 'asc' }, { id: 'asc' }], ...page }),
    count: (db, where) => of(db).count({ where }),
    one: (db, id) => of(db).findFirst({ where: { id, ...visible }, ...withInclude }),
    json: json as (row: unknown, u: Urls, shape: Shape) => Json,
  };
}

const live = { deleted: false };
const files = { where: live, orderBy: { id: 'asc' } };
const ids = { select: { id: true } };
const publicItems = { where: { ...live, public: true }, orderBy: { order: 'asc' } };
const consultationInclude = { organizations: ids, agendaItem: { select: { public: true } } };
const inBody = (bodyId: string) => ({ bodyId });

/** Every type but System, which is one object, not a list. */
export const KINDS: Record<Exclude<OparlType, 'System'>, Kind> = {
  Body: kind(
    'Body',
    (db) => db.body,
    { legislativeTerms: { where: live }, location: true },
    () => ({}),
    bodyJson,
  ),
  LegislativeTerm: kind(
    'LegislativeTerm',
    (db) => db.legislativeTerm,
    undefined,
    inBody,
    legislativeTermJson,
  ),
  Organization: kind(
    'Organization',
    (db) => db.organization,
    { memberships: { ...ids, where: live }, location: true },
    inBody,
    organizationJson,
  ),
  Person: kind('Person', (db) => db.person, { memberships: { where: live } }, inBody, personJson),
  Membership: kind(
    'Membership',
    (db) => db.membership,
    undefined,
    (bodyId) => ({ person: { bodyId } }),
    membershipJson,
  ),
  Meeting: kind(
    'Meeting',
    (db) => db.meeting,
    {
      location: true,
      organizations: ids,
      files,
      agendaItems: { ...publicItems, include: { files, consultations: ids } },
    },
    inBody,
    meetingJson,
  ),
  AgendaItem: kind(
    'AgendaItem',
    (db) => db.agendaItem,
    { files, consultations: ids },
    (bodyId) => ({ meeting: { bodyId }, public: true }),
    agendaItemJson,
    { public: true },
  ),
  Paper: kind(
    'Paper',
    (db) => db.paper,
    { files, consultations: { where: live, include: consultationInclude } },
    inBody,
    paperJson,
  ),
  Consultation: kind(
    'Consultation',
    (db) => db.consultation,
    consultationInclude,
    (bodyId) => ({ paper: { bodyId } }),
    consultationJson,
  ),
  File: kind(
    'File',
    (db) => db.file,
    undefined,
    (bodyId) => ({
      OR: [
        { paper: { bodyId } },
        { meeting: { bodyId } },
        { agendaItem: { public: true, meeting: { bodyId } } },
      ],
    }),
    fileJson,
    { OR: [{ agendaItemId: null }, { agendaItem: { public: true } }] },
  ),
  Location: kind(
    'Location',
    (db) => db.location,
    undefined,
    (bodyId) => ({
      OR: [
        { bodies: { some: { id: bodyId } } },
        { meetings: { some: { bodyId } } },
        { organizations: { some: { bodyId } } },
      ],
    }),
    locationJson,
  ),
};
