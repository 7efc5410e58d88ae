/**
 * OParl 1.1 external object lists (chapter 2.5): pages with `data`, `pagination` and
 * `links`, the created/modified filters, `limit` (a wish the server may trim, so it is
 * clamped, never refused) and `omit_internal`. Links carry the filters in one canonical
 * spelling: known parameters only, in alphabetical order.
 */
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { Kind } from './kinds.ts';
import type { Shape, Urls } from './serialize.ts';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

/** A refusal the export answers with an OParl Error object. */
export class OparlError extends Error {
  constructor(
    readonly status: number,
    /** For the user, in the language of the content (German). */
    readonly userMessage: string,
    /** For the developer: a stable code, then details. */
    readonly debug: string,
  ) {
    super(debug);
  }
}

export type Query = Record<string, string | string[] | undefined>;

const DATE_FILTERS = ['created_since', 'created_until', 'modified_since', 'modified_until'] as const;
/** The parameters a list understands, in the order links spell them. */
const LIST_PARAMETERS = [...DATE_FILTERS, 'limit', 'omit_internal', 'page'].sort();

/** One value of a parameter (the first when repeated). */
export function single(query: Query, name: string): string | undefined {
  const value = query[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * A date-time filter. An unencoded "+01:00" arrives as " 01:00" (a + in a query is a
 * space): read it as the offset it was meant to be rather than refusing the request.
 */
function instant(query: Query, name: string): { text: string; date: Date } | undefined {
  const raw = single(query, name);
  if (raw === undefined) return undefined;
  const text = raw.replace(/ (\d{2}:?\d{2})$/, '+$1');
  const date = new Date(text);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text) || Number.isNaN(date.getTime()))
    throw new OparlError(
      400,
      `${name} muss ein Zeitpunkt sein, z. B. 2026-01-01T00:00:00+01:00.`,
      `BAD_USER_INPUT: ${name} must be a date-time (yyyy-mm-ddThh:mm:ss±hh:mm), got ${JSON.stringify(raw)}`,
    );
  return { text, date };
}

/** `limit` clamped to 1..MAX_LIMIT; anything not a number is the default. */
function limitOf(query: Query): number | undefined {
  const raw = single(query, 'limit');
  const n = raw === undefined ? Number.NaN : Number.parseInt(raw, 10);
  return Number.isNaN(n) ? undefined : Math.min(MAX_LIMIT, Math.max(1, n));
}

function pageOf(query: Query): number {
  const raw = single(query, 'page');
  if (raw === undefined) return 1;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new OparlError(
      400,
      'page muss eine Seitenzahl ab 1 sein.',
      `BAD_USER_INPUT: page must be an integer from 1, got ${JSON.stringify(raw)}`,
    );
  return n;
}

/** What a list page was asked for, read and checked. */
export interface ListRequest {
  filters: Record<(typeof DATE_FILTERS)[number], { text: string; date: Date } | undefined>;
  limit: number | undefined;
  page: number;
  shape: Shape;
}

export function listRequest(query: Query): ListRequest {
  const filters = Object.fromEntries(
    DATE_FILTERS.map((name) => [name, instant(query, name)]),
  ) as ListRequest['filters'];
  return { filters, limit: limitOf(query), page: pageOf(query), shape: shapeOf(query) };
}

/** omit_internal=true, on lists and single objects alike. */
export const shapeOf = (query: Query): Shape => ({ omitInternal: single(query, 'omit_internal') === 'true' });

/** The Prisma filter: deleted objects are listed only to incremental (modified_since) readers. */
function where(request: ListRequest) {
  const { created_since, created_until, modified_since, modified_until } = request.filters;
  return {
    created: { gte: created_since?.date, lte: created_until?.date },
    modified: { gte: modified_since?.date, lte: modified_until?.date },
    ...(modified_since ? {} : { deleted: false }),
  };
}

/** The link to page `page` of this list, with the same filters, canonically spelled. */
function linkTo(self: string, request: ListRequest, page: number): string {
  const values: Record<string, string | undefined> = {
    ...Object.fromEntries(DATE_FILTERS.map((name) => [name, request.filters[name]?.text])),
    limit: request.limit === undefined ? undefined : String(request.limit),
    omit_internal: request.shape.omitInternal ? 'true' : undefined,
    page: String(page),
  };
  const url = new URL(self);
  for (const name of LIST_PARAMETERS) {
    const value = values[name];
    if (value !== undefined) url.searchParams.set(name, value);
  }
  return url.toString();
}

export async function listPage(
  db: PrismaClient,
  kind: Kind,
  bodyId: string,
  request: ListRequest,
  u: Urls,
  self: string,
) {
  const limit = request.limit ?? DEFAULT_LIMIT;
  const { page } = request;
  const filter = { AND: [kind.scope(bodyId), where(request)] };
  const [total, rows] = await Promise.all([
    kind.count(db, filter),
    kind.find(db, filter, { skip: (page - 1) * limit, take: limit }),
  ]);
  const totalPages = Math.max(1, Math.ceil(total / limit));
  const link = (p: number) => linkTo(self, request, p);
  return {
    data: rows.map((row) => kind.json(row, u, request.shape)),
    pagination: { totalElements: total, elementsPerPage: limit, currentPage: page, totalPages },
    links: {
      first: link(1),
      ...(page > 1 ? { prev: link(Math.min(page - 1, totalPages)) } : {}),
      ...(page < totalPages ? { next: link(page + 1) } : {}),
      last: link(totalPages),
      self: link(page),
    },
  };
}
