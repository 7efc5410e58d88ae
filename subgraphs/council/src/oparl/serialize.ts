/**
 * Database rows as OParl 1.1 JSON objects (oparl.org, "Schema"). Attributes without a value
 * are left out, as the specification asks (required lists stay, empty); ids are URLs under
 * the export's base URL; date-times are Kaarst's local time with its offset (chapter 2.4).
 * An object embedded in its parent leaves out its back-reference to that parent, and
 * omit_internal=true leaves out the embedded lists chapter 2.5 names.
 */
import { townDateTime } from '@kaarst/kit';
import { isoDate } from '../models.ts';

export const OPARL_TYPE = 'https://schema.oparl.org/1.1/';

/** Export paths of the object types, e.g. /oparl/v1.1/agenda-item/<id>. */
export const PATHS = {
  System: 'system',
  Body: 'body',
  LegislativeTerm: 'legislative-term',
  Organization: 'organization',
  Person: 'person',
  Membership: 'membership',
  Meeting: 'meeting',
  AgendaItem: 'agenda-item',
  Paper: 'paper',
  Consultation: 'consultation',
  File: 'file',
  Location: 'location',
} as const;
export type OparlType = keyof typeof PATHS;

export interface Urls {
  base: string;
  /** The System's id, which is the export's entry URL: there is one System. */
  system: string;
  object(type: OparlType, id: string): string;
  list(bodyId: string, type: OparlType): string;
}

export function urlsFor(base: string): Urls {
  const system = `${base}/${PATHS.System}`;
  return {
    base,
    system,
    object: (type, id) => (type === 'System' ? system : `${base}/${PATHS[type]}/${encodeURIComponent(id)}`),
    list: (bodyId, type) => `${base}/body/${encodeURIComponent(bodyId)}/${PATHS[type]}`,
  };
}

/** How an object is written out. */
export interface Shape {
  /** Inside its parent: the back-reference to the parent is left out (chapter "Schema"). */
  embedded?: boolean;
  /** omit_internal=true: leave out the embedded lists the specification names (chapter 2.5). */
  omitInternal?: boolean;
}
const inside = (shape: Shape): Shape => ({ ...shape, embedded: true });
/** A back-reference to the parent, written only when the object stands alone. */
const back = (shape: Shape, value: string | string[] | undefined) => (shape.embedded ? undefined : value);
/** An embedded list omit_internal=true leaves out. */
const internal = <T>(shape: Shape, value: T) => (shape.omitInternal ? undefined : value);
const dateTime = (date: Date | null | undefined) => (date ? townDateTime(date) : undefined);

type Json = Record<string, unknown>;
type Common = {
  id: string;
  license?: string | null;
  keyword?: string[];
  web?: string | null;
  created: Date;
  modified: Date;
  deleted: boolean;
};

/**
 * Drops null, undefined and empty arrays (OParl: no attribute without a value), except
 * the `required` ones: a required list is written even when empty (chapter 2.4).
 */
function compact(object: Json, required: string[]): Json {
  return Object.fromEntries(
    Object.entries(object).filter(
      ([key, value]) =>
        value !== null &&
        value !== undefined &&
        !(Array.isArray(value) && value.length === 0 && !required.includes(key)),
    ),
  );
}

function object(type: OparlType, row: Common, u: Urls, fields: Json, required: string[] = []): Json {
  return compact(
    {
      id: u.object(type, row.id),
      type: `${OPARL_TYPE}${type}`,
      ...fields,
      license: row.license,
      keyword: row.keyword,
      web: row.web,
      created: townDateTime(row.created),
      modified: townDateTime(row.modified),
      deleted: row.deleted || undefined,
    },
    required,
  );
}

const refs = (u: Urls, type: OparlType, rows: Array<{ id: string }> | undefined) =>
  rows?.map((row) => u.object(type, row.id));
const ref = (u: Urls, type: OparlType, id: string | null | undefined) =>
  id ? u.object(type, id) : undefined;

type SystemRow = Common & { name: string | null; oparlVersion: string } & Record<string, unknown>;
export const systemJson = (row: SystemRow, u: Urls, _shape: Shape = {}) =>
  object('System', row, u, {
    oparlVersion: row.oparlVersion,
    body: `${u.base}/body`,
    name: row.name,
    contactEmail: row.contactEmail,
    contactName: row.contactName,
    website: row.website,
    vendor: row.vendor,
    product: row.product,
  });

type LocationRow = Common &
  Record<
    'description' | 'streetAddress' | 'room' | 'postalCode' | 'subLocality' | 'locality',
    string | null
  > & { geojson: unknown };
export const locationJson = (row: LocationRow, u: Urls, _shape: Shape = {}) =>
  object('Location', row, u, {
    description: row.description,
    geojson: row.geojson,
    streetAddress: row.streetAddress,
    room: row.room,
    postalCode: row.postalCode,
    subLocality: row.subLocality,
    locality: row.locality,
  });

type TermRow = Common & { bodyId: string; name: string | null; startDate: Date | null; endDate: Date | null };
export const legislativeTermJson = (row: TermRow, u: Urls, shape: Shape = {}) =>
  object('LegislativeTerm', row, u, {
    body: back(shape, ref(u, 'Body', row.bodyId)),
    name: row.name,
    startDate: isoDate(row.startDate),
    endDate: isoDate(row.endDate),
  });

type BodyRow = Common &
  Record<'name', string> &
  Record<
    'shortName' | 'website' | 'ags' | 'rgs' | 'classification' | 'contactEmail' | 'contactName',
    string | null
  > & {
    systemId: string;
    legislativeTerms: TermRow[];
    location: LocationRow | null;
  };
export const bodyJson = (row: BodyRow, u: Urls, shape: Shape = {}) => {
  const list = (type: OparlType) => u.list(row.id, type);
  const fields = {
    // Imported bodies too are part of this export's one System (their source's System is not served).
    system: u.system,
    shortName: row.shortName,
    name: row.name,
    website: row.website,
    ags: row.ags,
    rgs: row.rgs,
    contactEmail: row.contactEmail,
    contactName: row.contactName,
    organization: list('Organization'),
    person: list('Person'),
    meeting: list('Meeting'),
    paper: list('Paper'),
    // OParl 1.1 asks for the terms embedded; the list comes beside them.
    legislativeTerm: internal(
      shape,
      row.legislativeTerms.map((term) => legislativeTermJson(term, u, inside(shape))),
    ),
    legislativeTermList: list('LegislativeTerm'),
    agendaItem: list('AgendaItem'),
    consultation: list('Consultation'),
    file: list('File'),
    locationList: list('Location'),
    membership: list('Membership'),
    classification: row.classification,
    location: row.location ? locationJson(row.location, u, inside(shape)) : undefined,
  };
  return object('Body', row, u, fields, ['legislativeTerm']);
};

type OrganizationRow = Common & {
  bodyId: string;
  post: string[];
  startDate: Date | null;
  endDate: Date | null;
  memberships: Array<{ id: string }>;
  location: LocationRow | null;
} & Record<'name' | 'shortName' | 'organizationType' | 'classification' | 'website', string | null>;
export const organizationJson = (row: OrganizationRow, u: Urls, shape: Shape = {}) =>
  object('Organization', row, u, {
    body: ref(u, 'Body', row.bodyId),
    name: row.name,
    membership: refs(u, 'Membership', row.memberships),
    shortName: row.shortName,
    post: row.post,
    organizationType: row.organizationType,
    classification: row.classification,
    startDate: isoDate(row.startDate),
    endDate: isoDate(row.endDate),
    website: row.website,
    location: row.location ? locationJson(row.location, u, inside(shape)) : undefined,
  });

type MembershipRow = Common & {
  personId: string;
  organizationId: string | null;
  role: string | null;
  votingRight: boolean | null;
  startDate: Date | null;
  endDate: Date | null;
};
export const membershipJson = (row: MembershipRow, u: Urls, shape: Shape = {}) =>
  object('Membership', row, u, {
    person: back(shape, ref(u, 'Person', row.personId)),
    organization: ref(u, 'Organization', row.organizationId),
    role: row.role,
    votingRight: row.votingRight,
    startDate: isoDate(row.startDate),
    endDate: isoDate(row.endDate),
  });

type PersonRow = Common & {
  bodyId: string;
  title: string[];
  status: string[];
  memberships: MembershipRow[];
} & Record<
    'name' | 'familyName' | 'givenName' | 'formOfAddress' | 'affix' | 'gender' | 'life',
    string | null
  >;
export const personJson = (row: PersonRow, u: Urls, shape: Shape = {}) =>
  object('Person', row, u, {
    body: ref(u, 'Body', row.bodyId),
    name: row.name,
    familyName: row.familyName,
    givenName: row.givenName,
    formOfAddress: row.formOfAddress,
    affix: row.affix,
    title: row.title,
    gender: row.gender,
    status: row.status,
    membership: internal(
      shape,
      row.memberships.map((m) => membershipJson(m, u, inside(shape))),
    ),
    life: row.life,
  });

type FileRow = Common & {
  role: string;
  paperId: string | null;
  meetingId: string | null;
  agendaItemId: string | null;
  date: Date | null;
  size: number | null;
  accessUrl: string;
} & Record<
    'name' | 'fileName' | 'mimeType' | 'sha1Checksum' | 'text' | 'downloadUrl' | 'fileLicense',
    string | null
  >;
export const fileJson = (row: FileRow, u: Urls, shape: Shape = {}) =>
  object('File', row, u, {
    name: row.name,
    fileName: row.fileName,
    mimeType: row.mimeType,
    date: isoDate(row.date),
    size: row.size,
    sha1Checksum: row.sha1Checksum,
    text: row.text,
    accessUrl: row.accessUrl,
    downloadUrl: row.downloadUrl,
    fileLicense: row.fileLicense,
    meeting: back(shape, row.meetingId ? [u.object('Meeting', row.meetingId)] : undefined),
    agendaItem: back(shape, row.agendaItemId ? [u.object('AgendaItem', row.agendaItemId)] : undefined),
    paper: back(shape, row.paperId ? [u.object('Paper', row.paperId)] : undefined),
  });

/** Files in one role, embedded: the first of a single-file role, or all of a list role. */
const filesIn = (files: FileRow[], role: string, u: Urls, shape: Shape) =>
  files.filter((f) => f.role === role).map((f) => fileJson(f, u, inside(shape)));
const fileIn = (files: FileRow[], role: string, u: Urls, shape: Shape) => filesIn(files, role, u, shape)[0];

type AgendaItemRow = Common & {
  meetingId: string;
  order: number;
  public: boolean;
  start: Date | null;
  end: Date | null;
  files: FileRow[];
  consultations: Array<{ id: string }>;
} & Record<'number' | 'name' | 'result' | 'resolutionText', string | null>;
export const agendaItemJson = (row: AgendaItemRow, u: Urls, shape: Shape = {}) =>
  object('AgendaItem', row, u, {
    meeting: back(shape, ref(u, 'Meeting', row.meetingId)),
    number: row.number,
    order: row.order,
    name: row.name,
    public: row.public,
    consultation: ref(u, 'Consultation', row.consultations[0]?.id),
    result: row.result,
    resolutionText: row.resolutionText,
    resolutionFile: fileIn(row.files, 'resolutionFile', u, shape),
    auxiliaryFile: internal(shape, filesIn(row.files, 'auxiliaryFile', u, shape)),
    start: dateTime(row.start),
    end: dateTime(row.end),
  });

type MeetingRow = Common & {
  name: string | null;
  meetingState: string | null;
  cancelled: boolean;
  start: Date | null;
  end: Date | null;
  location: LocationRow | null;
  organizations: Array<{ id: string }>;
  agendaItems: AgendaItemRow[];
  files: FileRow[];
};
export const meetingJson = (row: MeetingRow, u: Urls, shape: Shape = {}) =>
  object('Meeting', row, u, {
    name: row.name,
    meetingState: row.meetingState,
    cancelled: row.cancelled || undefined,
    start: dateTime(row.start),
    end: dateTime(row.end),
    location: row.location ? locationJson(row.location, u, inside(shape)) : undefined,
    organization: refs(u, 'Organization', row.organizations),
    invitation: fileIn(row.files, 'invitation', u, shape),
    resultsProtocol: fileIn(row.files, 'resultsProtocol', u, shape),
    verbatimProtocol: fileIn(row.files, 'verbatimProtocol', u, shape),
    auxiliaryFile: internal(shape, filesIn(row.files, 'auxiliaryFile', u, shape)),
    agendaItem: internal(
      shape,
      row.agendaItems.map((item) => agendaItemJson(item, u, inside(shape))),
    ),
  });

type ConsultationRow = Common & {
  paperId: string;
  meetingId: string | null;
  agendaItemId: string | null;
  authoritative: boolean | null;
  role: string | null;
  organizations: Array<{ id: string }>;
  agendaItem: { public: boolean } | null;
};
export const consultationJson = (row: ConsultationRow, u: Urls, shape: Shape = {}) =>
  object('Consultation', row, u, {
    paper: back(shape, ref(u, 'Paper', row.paperId)),
    // A non-public agenda item is not exported, so it is not named either.
    agendaItem: row.agendaItem?.public ? ref(u, 'AgendaItem', row.agendaItemId) : undefined,
    meeting: ref(u, 'Meeting', row.meetingId),
    organization: refs(u, 'Organization', row.organizations),
    authoritative: row.authoritative,
    role: row.role,
  });

type PaperRow = Common & {
  bodyId: string;
  date: Date | null;
  consultations: ConsultationRow[];
  files: FileRow[];
} & Record<'name' | 'reference' | 'paperType', string | null>;
export const paperJson = (row: PaperRow, u: Urls, shape: Shape = {}) =>
  object('Paper', row, u, {
    body: ref(u, 'Body', row.bodyId),
    name: row.name,
    reference: row.reference,
    date: isoDate(row.date),
    paperType: row.paperType,
    mainFile: fileIn(row.files, 'mainFile', u, shape),
    auxiliaryFile: internal(shape, filesIn(row.files, 'auxiliaryFile', u, shape)),
    // Not in chapter 2.5's omit_internal list: consultations stay.
    consultation: row.consultations.map((c) => consultationJson(c, u, inside(shape))),
  });
