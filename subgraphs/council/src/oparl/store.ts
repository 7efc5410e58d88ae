/**
 * Storing imported OParl objects: one upsert per object and per embedded object, keyed
 * by the local id derived from the object's URL, so importing again changes nothing
 * unless the source changed. References to objects not (yet) imported are left empty.
 * A broken embedded object (an agenda item, a file...) is reported and skipped; its
 * parent and siblings are stored. A deleted object takes what it embeds with it.
 */
import type { Prisma } from '../generated/prisma/client.ts';
import {
  BrokenObject,
  common,
  embedded,
  flag,
  instant,
  integer,
  localId,
  type Notes,
  type OparlObject,
  reasonOf,
  text,
  texts,
  urls,
} from './read.ts';

type Tx = Prisma.TransactionClient;

interface Upsertable {
  upsert(args: object): Promise<unknown>;
  findMany(args: object): Promise<Array<{ id: string }>>;
  updateMany(args: object): Promise<unknown>;
}

/** Upserts one object; `links` are many-to-many relations, replaced on update. */
async function put(
  model: unknown,
  object: OparlObject,
  data: Record<string, unknown>,
  links: Record<string, Array<{ id: string }>> = {},
): Promise<string> {
  const id = localId(object.id);
  const relate = (how: 'connect' | 'set') =>
    Object.fromEntries(Object.entries(links).map(([key, ids]) => [key, { [how]: ids }]));
  await (model as Upsertable).upsert({
    where: { id },
    create: { id, ...data, ...relate('connect') },
    update: { ...data, ...relate('set') },
  });
  return id;
}

/** The local ids of those referenced objects that exist. */
async function existing(model: unknown, references: string[]): Promise<Array<{ id: string }>> {
  if (references.length === 0) return [];
  return (model as Upsertable).findMany({
    where: { id: { in: references.map(localId) } },
    select: { id: true },
  });
}

async function existingOne(model: unknown, reference: string | null): Promise<string | null> {
  return reference ? ((await existing(model, [reference]))[0]?.id ?? null) : null;
}

/**
 * A deleted object is only marked (OParl sends deleted objects with few attributes), and
 * so is what it embeds (`dependents`): a withdrawn paper's consultations and files are
 * gone with it.
 */
async function markDeleted(
  model: unknown,
  object: OparlObject,
  dependents: (id: string, gone: { deleted: true; modified: Date }) => Promise<unknown> = async () => {},
): Promise<boolean> {
  if (object.deleted !== true) return false;
  const gone = { deleted: true as const, modified: instant(object, 'modified') ?? new Date() };
  await (model as Upsertable).updateMany({ where: { externalId: object.id }, data: gone });
  await dependents(localId(object.id), gone);
  return true;
}

/**
 * Stores each embedded object with `save`. A broken one (BrokenObject, raised while it
 * is read, before anything of it is written) is reported and skipped. A database error
 * still fails the parent: its transaction is lost then.
 */
async function eachEmbedded(
  objects: OparlObject[],
  notes: Notes,
  save: (o: OparlObject, index: number) => Promise<unknown>,
): Promise<void> {
  for (const [index, object] of objects.entries()) {
    try {
      await save(object, index);
    } catch (error) {
      if (!(error instanceof BrokenObject)) throw error;
      notes.failed(object.id, reasonOf(error));
    }
  }
}

const date = (o: OparlObject, key: string) => instant(o, key, true);

/**
 * Embedded objects imported before but no longer sent with their parent (an agenda item
 * taken off, a file withdrawn) are marked deleted; the hub's own objects are left alone.
 */
async function retire(model: unknown, parent: Record<string, string>, kept: OparlObject[]): Promise<void> {
  await (model as Upsertable).updateMany({
    where: { ...parent, deleted: false, externalId: { not: null, notIn: kept.map((o) => o.id) } },
    data: { deleted: true, modified: new Date() },
  });
}

async function storeLocation(tx: Tx, o: OparlObject | undefined): Promise<string | null> {
  if (!o) return null;
  return put(tx.location, o, {
    ...common(o),
    description: text(o, 'description'),
    streetAddress: text(o, 'streetAddress'),
    room: text(o, 'room'),
    postalCode: text(o, 'postalCode'),
    subLocality: text(o, 'subLocality'),
    locality: text(o, 'locality'),
    ...(o.geojson && typeof o.geojson === 'object' ? { geojson: o.geojson } : {}),
  });
}

const location = (tx: Tx, o: OparlObject) => storeLocation(tx, embedded(o, 'location', 'Location')[0]);

type Store = (tx: Tx, o: OparlObject, bodyId: string, notes: Notes) => Promise<void>;

export async function storeSystem(tx: Tx, o: OparlObject): Promise<string> {
  const { keyword: _none, ...attributes } = common(o); // the System table keeps no keywords
  return put(tx.system, o, {
    ...attributes,
    name: text(o, 'name'),
    contactEmail: text(o, 'contactEmail'),
    contactName: text(o, 'contactName'),
    website: text(o, 'website'),
    vendor: text(o, 'vendor'),
    product: text(o, 'product'),
  });
}

export async function storeBody(tx: Tx, o: OparlObject, systemId: string, notes: Notes): Promise<string> {
  const name = text(o, 'name');
  if (!name) throw new BrokenObject(`${o.id}: a Body needs a name`);
  const bodyId = await put(tx.body, o, {
    ...common(o),
    systemId,
    name,
    shortName: text(o, 'shortName'),
    website: text(o, 'website'),
    ags: text(o, 'ags'),
    rgs: text(o, 'rgs'),
    classification: text(o, 'classification'),
    contactEmail: text(o, 'contactEmail'),
    contactName: text(o, 'contactName'),
    locationId: await location(tx, o),
  });
  await eachEmbedded(embedded(o, 'legislativeTerm', 'LegislativeTerm', notes), notes, (term) =>
    storeLegislativeTerm(tx, term, bodyId, notes),
  );
  return bodyId;
}

export const storeLegislativeTerm: Store = async (tx, o, bodyId) => {
  if (await markDeleted(tx.legislativeTerm, o)) return;
  await put(tx.legislativeTerm, o, {
    ...common(o),
    bodyId,
    name: text(o, 'name'),
    startDate: date(o, 'startDate'),
    endDate: date(o, 'endDate'),
  });
};

export const storeOrganization: Store = async (tx, o, bodyId) => {
  if (await markDeleted(tx.organization, o)) return;
  await put(tx.organization, o, {
    ...common(o),
    bodyId,
    name: text(o, 'name'),
    shortName: text(o, 'shortName'),
    post: texts(o, 'post'),
    organizationType: text(o, 'organizationType'),
    classification: text(o, 'classification'),
    startDate: date(o, 'startDate'),
    endDate: date(o, 'endDate'),
    website: text(o, 'website'),
    locationId: await location(tx, o),
  });
};

export const storePerson: Store = async (tx, o, bodyId, notes) => {
  const withMemberships = (personId: string, gone: object) =>
    tx.membership.updateMany({ where: { personId, deleted: false }, data: gone });
  if (await markDeleted(tx.person, o, withMemberships)) return;
  const personId = await put(tx.person, o, {
    ...common(o),
    bodyId,
    name: text(o, 'name'),
    familyName: text(o, 'familyName'),
    givenName: text(o, 'givenName'),
    formOfAddress: text(o, 'formOfAddress'),
    affix: text(o, 'affix'),
    title: texts(o, 'title'),
    gender: text(o, 'gender'),
    status: texts(o, 'status'),
    life: text(o, 'life'),
  });
  const memberships = embedded(o, 'membership', 'Membership', notes);
  await retire(tx.membership, { personId }, memberships);
  await eachEmbedded(memberships, notes, async (m) => {
    await put(tx.membership, m, {
      ...common(m),
      personId,
      organizationId: await existingOne(tx.organization, urls(m, 'organization')[0] ?? null),
      role: text(m, 'role'),
      votingRight: flag(m, 'votingRight'),
      startDate: date(m, 'startDate'),
      endDate: date(m, 'endDate'),
    });
  });
};

type FileOwner = { paperId: string } | { meetingId: string } | { agendaItemId: string };

async function storeFiles(
  tx: Tx,
  o: OparlObject,
  owner: FileOwner,
  roles: string[],
  notes: Notes,
): Promise<void> {
  const byRole = roles.map((role) => [role, embedded(o, role, 'File', notes)] as const);
  await retire(
    tx.file,
    owner,
    byRole.flatMap(([, files]) => files),
  );
  for (const [role, files] of byRole) {
    await eachEmbedded(files, notes, async (f) => {
      const accessUrl = text(f, 'accessUrl');
      if (!accessUrl) throw new BrokenObject(`${f.id}: a File needs an accessUrl`);
      await put(tx.file, f, {
        ...common(f),
        ...owner,
        role,
        name: text(f, 'name'),
        fileName: text(f, 'fileName'),
        mimeType: text(f, 'mimeType'),
        date: date(f, 'date'),
        size: integer(f, 'size'),
        sha1Checksum: text(f, 'sha1Checksum'),
        text: text(f, 'text'),
        accessUrl,
        downloadUrl: text(f, 'downloadUrl'),
        fileLicense: text(f, 'fileLicense'),
      });
    });
  }
}

export const storeMeeting: Store = async (tx, o, bodyId, notes) => {
  const withAgenda = async (meetingId: string, gone: object) => {
    await tx.file.updateMany({
      where: { deleted: false, OR: [{ meetingId }, { agendaItem: { meetingId } }] },
      data: gone,
    });
    await tx.agendaItem.updateMany({ where: { meetingId, deleted: false }, data: gone });
  };
  if (await markDeleted(tx.meeting, o, withAgenda)) return;
  const organizations = await existing(tx.organization, urls(o, 'organization'));
  const data = {
    ...common(o),
    bodyId,
    name: text(o, 'name'),
    meetingState: text(o, 'meetingState'),
    cancelled: flag(o, 'cancelled') ?? false,
    start: instant(o, 'start'),
    end: instant(o, 'end'),
    locationId: await location(tx, o),
  };
  const meetingId = await put(tx.meeting, o, data, { organizations });
  await storeFiles(
    tx,
    o,
    { meetingId },
    ['invitation', 'resultsProtocol', 'verbatimProtocol', 'auxiliaryFile'],
    notes,
  );
  const items = embedded(o, 'agendaItem', 'AgendaItem', notes);
  await retire(tx.agendaItem, { meetingId }, items);
  await eachEmbedded(items, notes, async (item, position) => {
    // OParl 1.1 defines order as the item's position in Meeting.agendaItem, counted from 0;
    // 1.0 had no order at all (nor has the spec's own Meeting example): take the position.
    let order = integer(item, 'order');
    if (order === null) {
      order = position;
      notes.warned(item.id, `no order; its position ${position} in the meeting's agendaItem is used`);
    }
    const agendaItemId = await put(tx.agendaItem, item, {
      ...common(item),
      meetingId,
      number: text(item, 'number'),
      order,
      name: text(item, 'name'),
      public: flag(item, 'public') ?? true,
      result: text(item, 'result'),
      resolutionText: text(item, 'resolutionText'),
      start: instant(item, 'start'),
      end: instant(item, 'end'),
    });
    await storeFiles(tx, item, { agendaItemId }, ['resolutionFile', 'auxiliaryFile'], notes);
  });
};

export const storePaper: Store = async (tx, o, bodyId, notes) => {
  const withConsultationsAndFiles = async (paperId: string, gone: object) => {
    await tx.consultation.updateMany({ where: { paperId, deleted: false }, data: gone });
    await tx.file.updateMany({ where: { paperId, deleted: false }, data: gone });
  };
  if (await markDeleted(tx.paper, o, withConsultationsAndFiles)) return;
  const paperId = await put(tx.paper, o, {
    ...common(o),
    bodyId,
    name: text(o, 'name'),
    reference: text(o, 'reference'),
    date: date(o, 'date'),
    paperType: text(o, 'paperType'),
  });
  await storeFiles(tx, o, { paperId }, ['mainFile', 'auxiliaryFile'], notes);
  const consultations = embedded(o, 'consultation', 'Consultation', notes);
  await retire(tx.consultation, { paperId }, consultations);
  await eachEmbedded(consultations, notes, async (c) => {
    const organizations = await existing(tx.organization, urls(c, 'organization'));
    const data = {
      ...common(c),
      paperId,
      meetingId: await existingOne(tx.meeting, text(c, 'meeting')),
      agendaItemId: await existingOne(tx.agendaItem, text(c, 'agendaItem')),
      authoritative: flag(c, 'authoritative'),
      role: text(c, 'role'),
    };
    await put(tx.consultation, c, data, { organizations });
  });
};
