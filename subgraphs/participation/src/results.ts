/**
 * Winners of a participatory budget from its approval ballots (a knapsack ballot is an
 * approval ballot whose projects cost at most the budget), and the Pabulib export.
 *
 * - Greedy by votes: projects by votes (ties: cheaper first, then the order given), each taken
 *   when it still fits in what is left of the budget; one that does not fit is skipped and the
 *   next ones are still tried.
 * - The Method of Equal Shares (Peters and Skowron, "Proportionality and the limits of
 *   welfarism", EC 2020; Peters, Pierczyński and Skowron, "Proportional participatory
 *   budgeting with additive utilities", NeurIPS 2021), with approval utilities (a supporter
 *   gains 1 from a project): every voter starts with an equal share budget/n. In each round,
 *   a project p of cost c whose supporters still hold at least c together is
 *   "ρ-affordable" for the smallest ρ with Σ_{i supports p} min(b_i, ρ) = c: each supporter
 *   pays ρ, or all they have left if that is less. The project with the smallest ρ is chosen
 *   (ties: more votes, then cheaper, then the order given) and its supporters pay; it ends when
 *   no project is affordable. Completion: what MES leaves unspent is filled greedily by votes
 *   (the projects not chosen yet, in the greedy order, each taken when it fits in the total
 *   budget left). This completion is the one named "MES + greedy" in the literature. The other
 *   usual one (raising the voters' budgets, "add1") is `equalSharesAdd1`, with approval or
 *   cost utilities: with cost utilities it reproduces the official outcome of a public
 *   Pabulib instance (test/pabulib.test.ts); it is a check, not the published rule.
 *
 * Money is counted in whole euros; shares are fractions, computed in floating point with a
 * tolerance of 1e-9 € (costs up to millions, n up to 10^5: far from double precision limits).
 */

export interface Project {
  id: string;
  cost: number;
}

export interface Outcome {
  /** Chosen project ids, in the order they were chosen. */
  selected: string[];
  cost: number;
}

const EPS = 1e-9;

function voteCounts(projects: Project[], ballots: string[][]): Map<string, number> {
  const votes = new Map(projects.map((p) => [p.id, 0]));
  for (const ballot of ballots)
    for (const id of ballot) if (votes.has(id)) votes.set(id, (votes.get(id) ?? 0) + 1);
  return votes;
}

/** Projects by votes (desc), then cost (asc), then the order given. */
function greedyOrder(projects: Project[], votes: Map<string, number>): Project[] {
  return projects
    .map((p, index) => ({ p, index }))
    .sort(
      (a, b) =>
        (votes.get(b.p.id) ?? 0) - (votes.get(a.p.id) ?? 0) || a.p.cost - b.p.cost || a.index - b.index,
    )
    .map((x) => x.p);
}

/** Greedy by votes from an already chosen set (empty for the plain greedy rule). */
function fillGreedily(
  projects: Project[],
  votes: Map<string, number>,
  budget: number,
  chosen: string[],
): Outcome {
  const selected = [...chosen];
  const taken = new Set(chosen);
  let cost = projects.filter((p) => taken.has(p.id)).reduce((sum, p) => sum + p.cost, 0);
  for (const p of greedyOrder(projects, votes)) {
    if (taken.has(p.id) || (votes.get(p.id) ?? 0) === 0) continue;
    if (cost + p.cost <= budget) {
      selected.push(p.id);
      taken.add(p.id);
      cost += p.cost;
    }
  }
  return { selected, cost };
}

export function greedyByVotes(projects: Project[], ballots: string[][], budget: number): Outcome {
  return fillGreedily(projects, voteCounts(projects, ballots), budget, []);
}

/**
 * The smallest ρ with Σ min(b_i, ρ) ≥ cost over the supporters' budgets, or null when
 * they do not hold the cost together.
 */
export function affordability(budgets: number[], cost: number): number | null {
  const total = budgets.reduce((sum, b) => sum + b, 0);
  if (total + EPS < cost) return null;
  // Supporters by what they have, poorest first: those who cannot pay ρ pay all they have.
  const sorted = [...budgets].sort((a, b) => a - b);
  let paid = 0;
  for (let k = 0; k < sorted.length; k++) {
    const rest = sorted.length - k;
    const rho = (cost - paid) / rest;
    if (rho <= (sorted[k] ?? 0) + EPS) return rho;
    paid += sorted[k] ?? 0;
  }
  return sorted[sorted.length - 1] ?? null; // only reached through rounding: all pay all
}

/**
 * MES only (without completion): the chosen projects in order. `utility` 'approval' (the hub's
 * published rule): a supporter gains 1 from a project, the smallest ρ wins. 'cost' (cost
 * utilities, used by the Equal Shares compute tool and in Wieliczka 2023): a supporter gains
 * the project's cost, so the smallest payment per unit of cost (ρ / cost) wins.
 */
export function equalSharesRounds(
  projects: Project[],
  ballots: string[][],
  budget: number,
  utility: 'approval' | 'cost' = 'approval',
): string[] {
  const n = ballots.length;
  if (n === 0) return [];
  const money = new Array<number>(n).fill(budget / n);
  const supporters = new Map<string, number[]>(projects.map((p) => [p.id, []]));
  ballots.forEach((ballot, voter) => {
    for (const id of new Set(ballot)) supporters.get(id)?.push(voter);
  });
  const remaining = new Map(projects.map((p, index) => [p.id, { p, index }]));
  const chosen: string[] = [];
  for (;;) {
    let best: { id: string; rho: number; votes: number; cost: number; index: number } | null = null;
    for (const [id, { p, index }] of remaining) {
      const who = supporters.get(id) ?? [];
      if (who.length === 0) continue;
      const rho = affordability(
        who.map((v) => money[v] ?? 0),
        p.cost,
      );
      if (rho === null) continue;
      const candidate = { id, rho, votes: who.length, cost: p.cost, index };
      const key = utility === 'cost' ? rho / p.cost : rho;
      const bestKey = best ? (utility === 'cost' ? best.rho / best.cost : best.rho) : 0;
      if (
        !best ||
        key < bestKey - EPS ||
        (Math.abs(key - bestKey) <= EPS &&
          (candidate.votes > best.votes ||
            (candidate.votes === best.votes &&
              (candidate.cost < best.cost || (candidate.cost === best.cost && index < best.index)))))
      )
        best = candidate;
    }
    if (!best) return chosen;
    for (const v of supporters.get(best.id) ?? []) money[v] = Math.max(0, (money[v] ?? 0) - best.rho);
    chosen.push(best.id);
    remaining.delete(best.id);
  }
}

/** The Method of Equal Shares, completed greedily by votes. */
export function equalShares(projects: Project[], ballots: string[][], budget: number): Outcome {
  return fillGreedily(
    projects,
    voteCounts(projects, ballots),
    budget,
    equalSharesRounds(projects, ballots, budget),
  );
}

/**
 * MES with the "add1" completion (Peters, Pierczyński, Skowron 2021), as the rule
 * "equalshares/add1" of Wieliczka's Green Budget 2023, the first real election by MES: MES
 * starts from the budget rounded down to whole units per voter, and the voters' equal budget
 * is raised by 1 unit each (n in all) and MES run again as long as its outcome still fits the
 * real budget; the last outcome that fits is taken. When every project fits, MES on the real
 * budget. One MES run per step: a check against published outcomes, not the rule the hub
 * publishes (that one is `equalShares`: approval utilities, completed greedily by votes).
 */
export function equalSharesAdd1(
  projects: Project[],
  ballots: string[][],
  budget: number,
  utility: 'approval' | 'cost' = 'approval',
): Outcome {
  const costs = new Map(projects.map((p) => [p.id, p.cost]));
  const costOf = (ids: string[]) => ids.reduce((sum, id) => sum + (costs.get(id) ?? 0), 0);
  const n = ballots.length;
  if (n === 0 || costOf(projects.map((p) => p.id)) <= budget) {
    const all = equalSharesRounds(projects, ballots, budget, utility);
    return { selected: all, cost: costOf(all) };
  }
  let virtual = Math.floor(budget / n) * n;
  let best = equalSharesRounds(projects, ballots, virtual, utility);
  for (;;) {
    virtual += n;
    const next = equalSharesRounds(projects, ballots, virtual, utility);
    if (costOf(next) > budget) break;
    best = next;
  }
  return { selected: best, cost: costOf(best) };
}

export { voteCounts };

/** A Pabulib field: quoted when it holds the separator, a quote or a line break. */
function field(value: string | number): string {
  const text = String(value);
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export interface PabulibInstance {
  description: string;
  instance: string;
  budget: number;
  style: 'KNAPSACK' | 'APPROVAL';
  maxApprovals: number | null;
  rule: 'GREEDY' | 'EQUAL_SHARES';
  projects: Array<Project & { name: string; district: string; selected: boolean }>;
  /** In an order that says nothing about the voters (the ballots' random ids). */
  ballots: string[][];
}

/**
 * The Pabulib format (pabulib.org, "Participatory Budgeting Library" file format): sections
 * META, PROJECTS and VOTES, each a header line and rows of `;`-separated fields. Project and
 * voter ids are numbers given here (1, 2, ...): the voter ids are ballot numbers, not persons.
 */
export function toPabulib(instance: PabulibInstance): string {
  const number = new Map(instance.projects.map((p, index) => [p.id, index + 1]));
  const votes = voteCounts(instance.projects, instance.ballots);
  const meta: Array<[string, string | number]> = [
    ['description', instance.description],
    ['country', 'Germany'],
    ['unit', 'Kaarst'],
    ['instance', instance.instance],
    ['num_projects', instance.projects.length],
    ['num_votes', instance.ballots.length],
    ['budget', instance.budget],
    ['vote_type', 'approval'],
    ['rule', instance.rule === 'GREEDY' ? 'greedy' : 'equalshares'],
    ['currency', 'EUR'],
    ['min_length', 1],
    instance.style === 'APPROVAL'
      ? ['max_length', instance.maxApprovals ?? instance.projects.length]
      : ['max_sum_cost', instance.budget],
  ];
  const lines = ['META', 'key;value', ...meta.map(([k, v]) => `${k};${field(v)}`)];
  lines.push('PROJECTS', 'project_id;cost;votes;name;district;selected');
  for (const p of instance.projects)
    lines.push(
      [number.get(p.id) ?? 0, p.cost, votes.get(p.id) ?? 0, p.name, p.district, p.selected ? 1 : 0]
        .map(field)
        .join(';'),
    );
  lines.push('VOTES', 'voter_id;vote');
  instance.ballots.forEach((ballot, index) => {
    const ids = ballot
      .map((id) => number.get(id))
      .filter((n): n is number => n !== undefined)
      .sort((a, b) => a - b);
    lines.push(`${index + 1};${ids.join(',')}`);
  });
  return `${lines.join('\n')}\n`;
}
