/**
 * Who took part is stored apart from what they chose (budget_voter beside ballot and
 * ballot_item; survey_respondent beside survey_response and survey_answer), with no column
 * joining them. One channel is left: rows sit in a table's heap in writing order, and a
 * participant's row is written together with their choice, so read in physical order (ctid)
 * the n-th participant row would name the n-th choice's author. When a vote or survey ends,
 * its participant rows are therefore written again in a random order (before that, and for
 * dead row versions until VACUUM and the write-ahead log, only someone with direct database
 * access could use it: see the README).
 */
import { randomInt } from 'node:crypto';
import type { PrismaClient } from './generated/prisma/client.ts';

/** The participant tables: the table, the column naming the vote or survey, the person's key. */
const PARTICIPANTS = {
  voters: { table: 'budget_voter', group: 'budgetId', key: 'voterKey' },
  respondents: { table: 'survey_respondent', group: 'surveyId', key: 'respondentKey' },
} as const;

/** Rewrites the participant rows of one budget or survey in a random order (inside the closing transaction). */
export async function rewriteParticipantsInRandomOrder(
  tx: Pick<PrismaClient, '$queryRawUnsafe' | '$executeRawUnsafe'>,
  which: keyof typeof PARTICIPANTS,
  groupId: string,
): Promise<void> {
  const { table, group, key } = PARTICIPANTS[which];
  const rows = await tx.$queryRawUnsafe<Array<{ key: string }>>(
    `DELETE FROM "${table}" WHERE "${group}" = $1::uuid RETURNING "${key}" AS "key"`,
    groupId,
  );
  const keys = rows.map((r) => r.key);
  for (let i = keys.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [keys[i], keys[j]] = [keys[j] as string, keys[i] as string];
  }
  await tx.$executeRawUnsafe(
    `INSERT INTO "${table}" ("${group}", "${key}") SELECT $1::uuid, k FROM unnest($2::text[]) WITH ORDINALITY AS u(k, n) ORDER BY n`,
    groupId,
    keys,
  );
}
