/**
 * Suggestions and complaints under § 24 GO NRW: every inhabitant may address the council.
 * Submitted online and acknowledged at once (the answer carries the reference); staff hand
 * it to the responsible committee and name the agenda item of the meeting that deals with
 * it; the committee's decision is recorded. The committee and the agenda item are entities
 * of the council subgraph: only their ids are kept here, the gateway joins them (no import).
 * The status follows what happened: a CHECK in the database (see the migration).
 * Only the author and staff see a suggestion.
 */
import {
  auditEntryData,
  badInput,
  conflict,
  type HubError,
  notFound,
  requireRole,
  requireViewer,
  type Viewer,
} from '@kaarst/kit';
import type {
  PrismaClient,
  Suggestion,
  SuggestionKind,
  SuggestionStatus,
} from './generated/prisma/client.ts';
import { isStaff, isUniqueViolationAnywhere } from './proposals.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Council ids are OParl ids or slugs: printable, no spaces, at most 300 characters. */
const COUNCIL_ID = /^[\x21-\x7e]{1,300}$/;

function text(value: string, field: string, min: number, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length < min || trimmed.length > max)
    throw badInput(`${field} must be ${min} to ${max} characters.`, field);
  return trimmed;
}

/** The acknowledgement's reference: A24-<year of receipt in Kaarst>-<number>. */
export function suggestionReference(s: Suggestion): string {
  const year = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', year: 'numeric' }).format(
    s.receivedAt,
  );
  return `A24-${year}-${String(s.number).padStart(4, '0')}`;
}

export async function submitSuggestion(
  db: PrismaClient,
  viewer: Viewer | null,
  input: { kind: SuggestionKind; subject: string; body: string; idempotencyKey?: string | null },
): Promise<Suggestion> {
  const me = requireViewer(viewer);
  if (me.roles.every((role) => role === 'display' || role === 'kiosk'))
    throw badInput('A device account cannot address the council.', 'kind');
  const key = input.idempotencyKey?.trim() || null;
  if (key !== null && (key.length > 100 || !COUNCIL_ID.test(key)))
    throw badInput('idempotencyKey must be 1 to 100 printable characters.', 'idempotencyKey');
  const data = {
    kind: input.kind,
    authorId: me.id,
    idempotencyKey: key,
    subject: text(input.subject, 'subject', 3, 200),
    body: text(input.body, 'body', 10, 10_000),
  };
  try {
    return await db.suggestion.create({ data });
  } catch (error) {
    if (key === null || !isUniqueViolationAnywhere(error)) throw error;
    // The same submission sent again: the first one answers.
    const first = await db.suggestion.findFirst({ where: { authorId: me.id, idempotencyKey: key } });
    if (!first) throw error;
    if (first.subject !== data.subject || first.body !== data.body || first.kind !== data.kind)
      throw conflict('This idempotencyKey was used for another suggestion.');
    return first;
  }
}

/** A suggestion as the viewer may see it: the author's own, or any for staff; null otherwise. */
export async function findSuggestion(db: PrismaClient, viewer: Viewer | null, id: string) {
  if (!viewer || !UUID.test(id)) return null;
  const found = await db.suggestion.findUnique({ where: { id: id.toLowerCase() } });
  if (!found || (found.authorId !== viewer.id && !isStaff(viewer))) return null;
  return found;
}

export function mySuggestions(db: PrismaClient, viewer: Viewer | null) {
  const me = requireViewer(viewer);
  return db.suggestion.findMany({
    where: { authorId: me.id },
    orderBy: [{ receivedAt: 'desc' }, { number: 'desc' }],
  });
}

export function suggestionQueue(db: PrismaClient, viewer: Viewer | null, status?: SuggestionStatus | null) {
  requireRole(viewer, 'staff');
  return db.suggestion.findMany({
    where: status ? { status } : {},
    orderBy: [{ receivedAt: 'asc' }, { number: 'asc' }],
    take: 500,
  });
}

function councilId(value: string, field: string): string {
  const id = value.trim();
  if (!COUNCIL_ID.test(id)) throw badInput(`${field} must be a council id (printable, no spaces).`, field);
  return id;
}

/**
 * Hand over to the committee (HANDED_OVER), and with an agenda item SCHEDULED. Sent again with
 * the same values it changes nothing (idempotent); a decided suggestion is not handed over again.
 */
export async function handOverSuggestion(
  db: PrismaClient,
  viewer: Viewer | null,
  input: { suggestionId: string; committeeId: string; agendaItemId?: string | null },
): Promise<Suggestion> {
  const staff = requireRole(viewer, 'staff');
  if (!UUID.test(input.suggestionId)) throw notFound('The suggestion');
  const id = input.suggestionId.toLowerCase();
  const committeeId = councilId(input.committeeId, 'committeeId');
  const agendaItemId = input.agendaItemId ? councilId(input.agendaItemId, 'agendaItemId') : null;
  return db.$transaction(async (tx) => {
    const [found] = await tx.$queryRawUnsafe<Suggestion[]>(
      'SELECT * FROM "suggestion" WHERE "id" = $1::uuid FOR UPDATE',
      id,
    );
    if (!found) throw notFound('The suggestion');
    if (found.status === 'DECIDED') throw decided();
    if (found.committeeId === committeeId && found.agendaItemId === agendaItemId)
      return tx.suggestion.findUniqueOrThrow({ where: { id } });
    const updated = await tx.suggestion.update({
      where: { id },
      data: {
        committeeId,
        agendaItemId,
        status: agendaItemId ? 'SCHEDULED' : 'HANDED_OVER',
        handedOverAt: found.handedOverAt ?? new Date(),
      },
    });
    await tx.auditEntry.create({
      data: auditEntryData(
        staff,
        'participation.handOverSuggestion',
        { type: 'Suggestion', id },
        agendaItemId ? `${committeeId} ${agendaItemId}` : committeeId,
      ),
    });
    return updated;
  });
}

function decided(): HubError {
  return conflict('The suggestion is decided already.');
}

export async function recordDecision(
  db: PrismaClient,
  viewer: Viewer | null,
  suggestionId: string,
  decision: string,
): Promise<Suggestion> {
  const staff = requireRole(viewer, 'staff');
  if (!UUID.test(suggestionId)) throw notFound('The suggestion');
  const id = suggestionId.toLowerCase();
  const textOf = text(decision, 'decision', 1, 10_000);
  return db.$transaction(async (tx) => {
    const [found] = await tx.$queryRawUnsafe<Suggestion[]>(
      'SELECT * FROM "suggestion" WHERE "id" = $1::uuid FOR UPDATE',
      id,
    );
    if (!found) throw notFound('The suggestion');
    if (found.status === 'DECIDED') {
      if (found.decision === textOf) return tx.suggestion.findUniqueOrThrow({ where: { id } });
      throw decided();
    }
    if (found.status === 'RECEIVED')
      throw badInput('Hand the suggestion to a committee before recording its decision.', 'id');
    const updated = await tx.suggestion.update({
      where: { id },
      data: { status: 'DECIDED', decision: textOf, decidedAt: new Date() },
    });
    await tx.auditEntry.create({
      data: auditEntryData(staff, 'participation.recordSuggestionDecision', { type: 'Suggestion', id }),
    });
    return updated;
  });
}
