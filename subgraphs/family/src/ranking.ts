/**
 * A Kita's order of its applicants, from its published criteria: each criterion has points;
 * the provider marks which criteria an applicant meets; the applicant's points are the sum.
 * Order: more points first, then the earlier application, then the wish id (so the order is
 * total and the same for the same data). The allocation uses this order, and a refusal
 * names the applicant's place in it.
 */
import { badInput } from '@kaarst/kit';

export interface Criterion {
  code: string;
  label: string;
  points: number;
}

const CODE = /^[a-z0-9][a-z0-9-]{0,39}$/;

export function criteriaOf(json: unknown): Criterion[] {
  return Array.isArray(json) ? (json as Criterion[]) : [];
}

export function checkCriteria(criteria: Criterion[]): Criterion[] {
  if (criteria.length > 20) throw badInput('At most 20 criteria.', 'criteria');
  const seen = new Set<string>();
  return criteria.map((c) => {
    const code = c.code.trim();
    const label = c.label.trim();
    if (!CODE.test(code))
      throw badInput(`Criterion code "${c.code}" must be lower-case letters, digits, "-".`, 'criteria');
    if (seen.has(code)) throw badInput(`Criterion code "${code}" appears twice.`, 'criteria');
    seen.add(code);
    if (label.length < 1 || label.length > 200)
      throw badInput('A criterion label is 1 to 200 characters.', 'criteria');
    if (!Number.isInteger(c.points) || c.points < 0 || c.points > 100)
      throw badInput('Points are whole numbers from 0 to 100.', 'criteria');
    return { code, label, points: c.points };
  });
}

/** The points of the criteria met; an unknown code is refused. */
export function pointsFor(criteria: Criterion[], met: string[]): { met: string[]; points: number } {
  const byCode = new Map(criteria.map((c) => [c.code, c]));
  const unique = [...new Set(met)];
  for (const code of unique)
    if (!byCode.has(code)) throw badInput(`The Kita has no criterion "${code}".`, 'criteria');
  return {
    met: unique.sort(),
    points: unique.reduce((sum, code) => sum + (byCode.get(code)?.points ?? 0), 0),
  };
}

export interface Rankable {
  id: string;
  points: number;
  createdAt: Date;
}

export function byPriority(a: Rankable, b: Rankable): number {
  if (a.points !== b.points) return b.points - a.points;
  const t = a.createdAt.getTime() - b.createdAt.getTime();
  if (t !== 0) return t;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The ORDER BY matching byPriority, for SQL. */
export const PRIORITY_ORDER = [
  { points: 'desc' as const },
  { createdAt: 'asc' as const },
  { id: 'asc' as const },
];
