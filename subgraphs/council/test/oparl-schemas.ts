/**
 * JSON Schemas of the OParl 1.1 objects and lists, written here from the release
 * github:OParl/spec tag v1.1.1 (its schema/*.json and chapter 2.5 for lists): no npm
 * package ships them. Types, formats and required attributes as that release states
 * them; further attributes are allowed (the specification permits extensions). What a
 * schema cannot express is checked in oparl-rules.ts.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

const T = 'https://schema.oparl.org/1.1/';
const url = { type: 'string', format: 'uri' };
const urls = { type: 'array', items: url };
const text = { type: 'string' };
const texts = { type: 'array', items: text };
const date = { type: 'string', format: 'date' };
const dateTime = { type: 'string', format: 'date-time' };
const bool = { type: 'boolean' };
const int = { type: 'integer', minimum: 0 };
const ref = (name: string) => ({ $ref: name });
const refs = (name: string) => ({ type: 'array', items: ref(name) });

type Properties = Record<string, object>;

function objectSchema(name: string, required: string[], properties: Properties) {
  return {
    $id: name,
    type: 'object',
    required: ['id', 'type', ...required],
    properties: {
      id: url,
      type: { const: `${T}${name}` },
      ...properties,
      license: text,
      keyword: texts,
      web: url,
      created: dateTime,
      modified: dateTime,
      deleted: bool,
    },
  };
}

const SCHEMAS = [
  objectSchema('System', ['oparlVersion', 'body'], {
    oparlVersion: { const: T },
    otherOparlVersions: urls,
    body: url,
    name: text,
    contactEmail: text,
    contactName: text,
    website: url,
    vendor: url,
    product: url,
  }),
  objectSchema('Body', ['name', 'organization', 'person', 'meeting', 'paper', 'legislativeTerm'], {
    system: url,
    shortName: text,
    name: text,
    website: url,
    licenseValidSince: dateTime,
    oparlSince: dateTime,
    ags: text,
    rgs: text,
    equivalent: urls,
    contactEmail: text,
    contactName: text,
    organization: url,
    person: url,
    meeting: url,
    paper: url,
    legislativeTerm: refs('LegislativeTerm'),
    agendaItem: url,
    consultation: url,
    file: url,
    locationList: url,
    legislativeTermList: url,
    membership: url,
    classification: text,
    location: ref('Location'),
  }),
  objectSchema('LegislativeTerm', [], { body: url, name: text, startDate: date, endDate: date }),
  objectSchema('Organization', [], {
    body: url,
    name: text,
    membership: urls,
    meeting: url,
    consultation: url,
    shortName: text,
    post: texts,
    subOrganizationOf: url,
    organizationType: text,
    classification: text,
    startDate: date,
    endDate: date,
    website: url,
    location: ref('Location'),
    externalBody: url,
  }),
  objectSchema('Person', [], {
    body: url,
    name: text,
    familyName: text,
    givenName: text,
    formOfAddress: text,
    affix: text,
    title: texts,
    gender: text,
    phone: texts,
    email: texts,
    location: url,
    locationObject: ref('Location'),
    status: texts,
    membership: refs('Membership'),
    life: text,
    lifeSource: text,
  }),
  objectSchema('Membership', [], {
    person: url,
    organization: url,
    role: text,
    votingRight: bool,
    startDate: date,
    endDate: date,
    onBehalfOf: url,
  }),
  objectSchema('Meeting', [], {
    name: text,
    meetingState: text,
    cancelled: bool,
    start: dateTime,
    end: dateTime,
    location: ref('Location'),
    organization: urls,
    participant: urls,
    invitation: ref('File'),
    resultsProtocol: ref('File'),
    verbatimProtocol: ref('File'),
    auxiliaryFile: refs('File'),
    agendaItem: refs('AgendaItem'),
  }),
  objectSchema('AgendaItem', ['order'], {
    meeting: url,
    number: text,
    order: { type: 'integer' },
    name: text,
    public: bool,
    consultation: url,
    result: text,
    resolutionText: text,
    resolutionFile: ref('File'),
    auxiliaryFile: refs('File'),
    start: dateTime,
    end: dateTime,
  }),
  objectSchema('Paper', [], {
    body: url,
    name: text,
    reference: text,
    date,
    paperType: text,
    relatedPaper: urls,
    superordinatedPaper: urls,
    subordinatedPaper: urls,
    mainFile: ref('File'),
    auxiliaryFile: refs('File'),
    location: refs('Location'),
    originatorPerson: urls,
    underDirectionOf: urls,
    originatorOrganization: urls,
    consultation: refs('Consultation'),
  }),
  objectSchema('Consultation', [], {
    paper: url,
    agendaItem: url,
    meeting: url,
    organization: urls,
    authoritative: bool,
    role: text,
  }),
  objectSchema('File', ['accessUrl'], {
    name: text,
    fileName: text,
    mimeType: text,
    date,
    size: int,
    sha1Checksum: text,
    sha512Checksum: text,
    text,
    accessUrl: url,
    downloadUrl: url,
    externalServiceUrl: url,
    masterFile: url,
    derivativeFile: urls,
    fileLicense: url,
    meeting: urls,
    agendaItem: urls,
    person: url,
    paper: urls,
  }),
  objectSchema('Location', [], {
    description: text,
    geojson: { type: 'object' },
    streetAddress: text,
    room: text,
    postalCode: text,
    subLocality: text,
    locality: text,
    bodies: urls,
    organizations: urls,
    persons: urls,
    meetings: urls,
    papers: urls,
  }),
];

/** A paginated external object list (chapter "Objektlisten und Paginierung"). */
const listSchema = (name: string) => ({
  type: 'object',
  required: ['data', 'pagination', 'links'],
  properties: {
    data: refs(name),
    pagination: {
      type: 'object',
      properties: { totalElements: int, elementsPerPage: int, currentPage: int, totalPages: int },
    },
    links: {
      type: 'object',
      properties: { first: url, prev: url, next: url, last: url, self: url },
      additionalProperties: false,
    },
  },
});

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
for (const schema of SCHEMAS) ajv.addSchema(schema);

export const OPARL_TYPES = SCHEMAS.map((s) => s.$id);

/** The validator of one object type ("Meeting") or of its list ("Meeting[]"). */
export function validator(name: string): ValidateFunction {
  const list = name.endsWith('[]');
  const type = list ? name.slice(0, -2) : name;
  if (list && !ajv.getSchema(name)) ajv.addSchema({ $id: name, ...listSchema(type) });
  return ajv.getSchema(name) as ValidateFunction;
}
