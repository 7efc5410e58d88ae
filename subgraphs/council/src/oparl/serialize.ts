/**
 * Database rows as OParl 1.1 JSON objects (oparl.org, "Schema"). Attributes without a value
 * are left out, as the specification asks; ids are URLs under the export's base URL.
 */
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
  object(type: OparlType, id: string): string;
  list(bodyId: string, type: OparlType): string;
}

export function urlsFor(base: string): Urls {
  return {
    base,
    object: (type, id) => `${base}/${PATHS[type]}/${encodeURIComponent(id)}`,
    list: (bodyId, type) => `${base}/body/${encodeURIComponent(bodyId)}/${PATHS[type]}`,
  };
}

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

/** Drops null, undefined and empty arrays (OParl: no attribute without a value). */
function compact(object: Json): Json {
  return Object.fromEntries(
    Object.entries(object).filter(
      ([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0),
    ),
  );
}

function object(type: OparlType, row: Common, u: Urls, fields: Json): Json {
  return compact({
    id: u.object(type, row.id),
    type: `${OPARL_TYPE}${type}`,
    ...fields,
    license: row.license,
    keyword: row.keyword,
    web: row.web,
    created: row.created.toISOString(),
    modified: row.modified.toISOString(),
    deleted: row.deleted || undefined,
  });
}

const refs = (u: Urls, type: OparlType, rows: Array<{ id: string }> | undefined) =>
  rows?.map((row) => u.object(type, row.id));
const ref = (u: Urls, type: OparlType, id: string | null | undefined) =>
  id ? u.object(type, id) : undefined;

type SystemRow = Common & { name: string | null; oparlVersion: string } & Record<string, unknown>;
export const systemJson = (row: SystemRow, u: Urls) =>
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
export const locationJson = (row: LocationRow, u: Urls) =>
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
export const legislativeTermJson = (row: TermRow, u: Urls) =>
  object('LegislativeTerm', row, u, {
    body: ref(u, 'Body', row.bodyId),
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
export const bodyJson = (row: BodyRow, u: Urls) => {
  const list = (type: OparlType) => u.list(row.id, type);
  return object('Body', row, u, {
    system: ref(u, 'System', row.systemId),
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
    legislativeTerm: row.legislativeTerms.map((term) => legislativeTermJson(term, u)),
    legislativeTermList: list('LegislativeTerm'),
    agendaItem: list('AgendaItem'),
    consultation: list('Consultation'),
    file: list('File'),
    locationList: list('Location'),
    membership: list('Membership'),
    classification: row.classification,
    location: row.location ? locationJson(row.location, u) : undefined,
  });
};

type OrganizationRow = Common & {
  bodyId: string;
  post: string[];
  startDate: Date | null;
  endDate: Date | null;
  memberships: Array<{ id: string }>;
  location: LocationRow | null;
} & Record<'name' | 'shortName' | 'organizationType' | 'classification' | 'website', string | null>;
export const organizationJson = (row: OrganizationRow, u: Urls) =>
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
    location: row.location ? locationJson(row.location, u) : undefined,
  });

type MembershipRow = Common & {
  personId: string;
  organizationId: string | null;
  role: string | null;
  votingRight: boolean | null;
  startDate: Date | null;
  endDate: Date | null;
};
export const membershipJson = (row: MembershipRow, u: Urls) =>
  object('Membership', row, u, {
    person: ref(u, 'Person', row.personId),
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
export const personJson = (row: PersonRow, u: Urls) =>
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
    membership: row.memberships.map((m) => membershipJson(m, u)),
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
export const fileJson = (row: FileRow, u: Urls) =>
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
    meeting: row.meetingId ? [u.object('Meeting', row.meetingId)] : undefined,
    agendaItem: row.agendaItemId ? [u.object('AgendaItem', row.agendaItemId)] : undefined,
    paper: row.paperId ? [u.object('Paper', row.paperId)] : undefined,
  });

/** Files in one role, embedded: the first of a single-file role, or all of a list role. */
const filesIn = (files: FileRow[], role: string, u: Urls) =>
  files.filter((f) => f.role === role).map((f) => fileJson(f, u));
const fileIn = (files: FileRow[], role: string, u: Urls) => filesIn(files, role, u)[0];

type AgendaItemRow = Common & {
  meetingId: string;
  order: number;
  public: boolean;
  start: Date | null;
  end: Date | null;
  files: FileRow[];
  consultations: Array<{ id: string }>;
} & Record<'number' | 'name' | 'result' | 'resolutionText', string | null>;
export const agendaItemJson = (row: AgendaItemRow, u: Urls) =>
  object('AgendaItem', row, u, {
    meeting: ref(u, 'Meeting', row.meetingId),
    number: row.number,
    order: row.order,
    name: row.name,
    public: row.public,
    consultation: ref(u, 'Consultation', row.consultations[0]?.id),
    result: row.result,
    resolutionText: row.resolutionText,
    resolutionFile: fileIn(row.files, 'resolutionFile', u),
    auxiliaryFile: filesIn(row.files, 'auxiliaryFile', u),
    start: row.start?.toISOString(),
    end: row.end?.toISOString(),
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
export const meetingJson = (row: MeetingRow, u: Urls) =>
  object('Meeting', row, u, {
    name: row.name,
    meetingState: row.meetingState,
    cancelled: row.cancelled || undefined,
    start: row.start?.toISOString(),
    end: row.end?.toISOString(),
    location: row.location ? locationJson(row.location, u) : undefined,
    organization: refs(u, 'Organization', row.organizations),
    invitation: fileIn(row.files, 'invitation', u),
    resultsProtocol: fileIn(row.files, 'resultsProtocol', u),
    verbatimProtocol: fileIn(row.files, 'verbatimProtocol', u),
    auxiliaryFile: filesIn(row.files, 'auxiliaryFile', u),
    agendaItem: row.agendaItems.map((item) => agendaItemJson(item, u)),
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
export const consultationJson = (row: ConsultationRow, u: Urls) =>
  object('Consultation', row, u, {
    paper: ref(u, 'Paper', row.paperId),
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
export const paperJson = (row: PaperRow, u: Urls) =>
  object('Paper', row, u, {
    body: ref(u, 'Body', row.bodyId),
    name: row.name,
    reference: row.reference,
    date: isoDate(row.date),
    paperType: row.paperType,
    mainFile: fileIn(row.files, 'mainFile', u),
    auxiliaryFile: filesIn(row.files, 'auxiliaryFile', u),
    consultation: row.consultations.map((c) => consultationJson(c, u)),
  });
