import { badInput, type Viewer } from '@kaarst/kit';
import type { PrismaClient } from './generated/prisma/client.ts';
import { type SearchHitModel, seesNonPublic } from './models.ts';

/**
 * German full-text search (PostgreSQL's "german" configuration, on PGlite too):
 * stemming makes "Haushalt" find "Haushalts". The tsvector expressions are those of
 * the GIN indexes in the first migration; change both together.
 */
export async function searchCouncil(
  db: PrismaClient,
  viewer: Viewer | null,
  text: string,
  limit: number,
): Promise<SearchHitModel[]> {
  const query = text.trim();
  if (query.length < 2 || query.length > 200)
    throw badInput('The search text must have 2 to 200 characters.', 'text');
  const onlyPublic = !seesNonPublic(viewer);
  const rows = await db.$queryRaw<Array<{ kind: 'paper' | 'agendaItem'; id: string; rank: number }>>`
    WITH q AS (SELECT websearch_to_tsquery('german', ${query}) AS query)
    SELECT 'paper' AS kind, p.id,
      ts_rank(to_tsvector('german', coalesce(p."name", '') || ' ' || coalesce(p."reference", '')), q.query)::float8 AS rank
    FROM "paper" p, q
    WHERE NOT p.deleted
      AND to_tsvector('german', coalesce(p."name", '') || ' ' || coalesce(p."reference", '')) @@ q.query
    UNION ALL
    SELECT 'agendaItem' AS kind, a.id,
      ts_rank(to_tsvector('german', coalesce(a."name", '') || ' ' || coalesce(a."resolutionText", '')), q.query)::float8 AS rank
    FROM "agenda_item" a JOIN "meeting" m ON m.id = a."meetingId", q
    WHERE NOT a.deleted AND NOT m.deleted AND (a.public OR NOT ${onlyPublic})
      AND to_tsvector('german', coalesce(a."name", '') || ' ' || coalesce(a."resolutionText", '')) @@ q.query
    ORDER BY rank DESC, id
    LIMIT ${limit}`;
  return rows.map((row) => ({
    rank: Number(row.rank),
    paperId: row.kind === 'paper' ? row.id : null,
    agendaItemId: row.kind === 'agendaItem' ? row.id : null,
  }));
}
