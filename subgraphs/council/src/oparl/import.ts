/**
 * Import from an OParl 1.1 endpoint: System -> its bodies -> each body's lists
 * (organizations, persons with memberships, meetings with agenda items and files,
 * papers with consultations and files), following `links.next`. After a complete run
 * without errors the start time is kept, and the next run asks only for what changed
 * since (`modified_since`). Each object is stored in its own transaction: a broken one
 * is reported and skipped, the rest goes on; so is a broken embedded object (its parent
 * is stored without it).
 */
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';
import { asObject, BrokenObject, type Notes, type OparlObject } from './read.ts';
import {
  storeBody,
  storeLegislativeTerm,
  storeMeeting,
  storeOrganization,
  storePaper,
  storePerson,
  storeSystem,
} from './store.ts';

export interface ImportReporter {
  /** One line per page read, e.g. "meeting: page 2, 40/95". */
  progress(line: string): void;
  /** An object (or page) that could not be imported, and why. */
  failed(url: string, reason: string): void;
  /** An object imported with something filled in (e.g. an agenda item's missing order). */
  warned(url: string, reason: string): void;
}

export interface ImportResult {
  stored: number;
  failed: number;
  warnings: number;
  pages: number;
  /** The modified_since the lists were asked with (null: a full import). */
  since: Date | null;
}

type Tx = Prisma.TransactionClient;
type Store = (tx: Tx, o: OparlObject, bodyId: string, notes: Notes) => Promise<unknown>;

/** The body's lists in dependency order: memberships and consultations refer to what came before. */
const LISTS: Array<{ key: string; type: string; store: Store }> = [
  { key: 'legislativeTermList', type: 'LegislativeTerm', store: storeLegislativeTerm },
  { key: 'organization', type: 'Organization', store: storeOrganization },
  { key: 'person', type: 'Person', store: storePerson },
  { key: 'meeting', type: 'Meeting', store: storeMeeting },
  { key: 'paper', type: 'Paper', store: storePaper },
];
const MAX_PAGES = 10_000;
const TIMEOUT_MS = 30_000;

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url, {
    headers: { accept: 'application/json' },
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

const withSince = (url: string, since: Date | null) => {
  if (!since) return url;
  const u = new URL(url);
  u.searchParams.set('modified_since', since.toISOString());
  return u.toString();
};

export async function importOparl(
  db: PrismaClient,
  systemUrl: string,
  reporter: ImportReporter,
  options: { full?: boolean } = {},
): Promise<ImportResult> {
  const startedAt = new Date();
  const source = options.full ? null : await db.importSource.findUnique({ where: { url: systemUrl } });
  const result: ImportResult = {
    stored: 0,
    failed: 0,
    warnings: 0,
    pages: 0,
    since: source?.lastStarted ?? null,
  };
  /** The reason without the object's URL in front, which the report names already. */
  const reason = (url: string, error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    return message.startsWith(`${url}: `) ? message.slice(url.length + 2) : message;
  };
  const fail = (url: string, error: unknown) => {
    result.failed++;
    reporter.failed(url, reason(url, error));
  };
  const notes: Notes = {
    failed: fail,
    warned: (url, message) => {
      result.warnings++;
      reporter.warned(url, message);
    },
  };

  /** Every page of a list; each item goes to `each`, errors per item are reported. */
  async function walk(label: string, first: string, each: (item: unknown) => Promise<void>) {
    const seen = new Set<string>();
    let next: string | undefined = first;
    let done = 0;
    for (let page = 1; next && !seen.has(next) && page <= MAX_PAGES; page++) {
      seen.add(next);
      let body: { data?: unknown; links?: { next?: unknown }; pagination?: { totalElements?: unknown } };
      try {
        body = (await getJson(next)) as typeof body;
        if (!Array.isArray(body?.data)) throw new BrokenObject('not an OParl list (no data array)');
      } catch (error) {
        return fail(next, error);
      }
      result.pages++;
      for (const item of body.data as unknown[]) await each(item);
      done += (body.data as unknown[]).length;
      const total =
        typeof body.pagination?.totalElements === 'number' ? `/${body.pagination.totalElements}` : '';
      reporter.progress(`${label}: page ${page}, ${done}${total}`);
      next = typeof body.links?.next === 'string' ? body.links.next : undefined;
    }
  }

  /** One object in its own transaction: all of it (with what it embeds) or nothing. */
  async function store(
    item: unknown,
    type: string,
    save: (tx: Tx, o: OparlObject, notes: Notes) => Promise<unknown>,
  ) {
    let object: OparlObject | undefined;
    try {
      object = asObject(item, type);
      const checked = object;
      // What the object's embedded parts report counts only once it is stored.
      const pending: Array<() => void> = [];
      const held: Notes = {
        failed: (url, message) => pending.push(() => notes.failed(url, message)),
        warned: (url, message) => pending.push(() => notes.warned(url, message)),
      };
      await db.$transaction((tx) => save(tx, checked, held), { timeout: TIMEOUT_MS });
      result.stored++;
      for (const report of pending) report();
    } catch (error) {
      const id = (item as { id?: unknown })?.id;
      fail(object?.id ?? (typeof id === 'string' ? id : `${type} without id`), error);
    }
  }

  let system: OparlObject;
  try {
    system = asObject(await getJson(systemUrl), 'System');
    if (typeof system.body !== 'string') throw new BrokenObject('the System has no body list');
  } catch (error) {
    fail(systemUrl, error);
    return result;
  }
  const systemId = await db.$transaction((tx) => storeSystem(tx, system));
  reporter.progress(
    `system: ${system.name ?? system.id}${result.since ? `, changes since ${result.since.toISOString()}` : ''}`,
  );

  const bodies: OparlObject[] = [];
  await walk('body', system.body as string, (item) =>
    store(item, 'Body', async (tx, o, held) => {
      await storeBody(tx, o, systemId, held);
      bodies.push(o);
    }),
  );
  for (const body of bodies) {
    const bodyId = (await db.body.findUniqueOrThrow({ where: { externalId: body.id }, select: { id: true } }))
      .id;
    for (const list of LISTS) {
      if (typeof body[list.key] !== 'string') continue;
      await walk(
        `${list.type} of ${body.shortName ?? body.name}`,
        withSince(body[list.key] as string, result.since),
        (item) => store(item, list.type, (tx, o, held) => list.store(tx, o, bodyId, held)),
      );
    }
  }
  if (result.failed === 0)
    await db.importSource.upsert({
      where: { url: systemUrl },
      create: { url: systemUrl, lastStarted: startedAt },
      update: { lastStarted: startedAt },
    });
  return result;
}
