/**
 * Kita places by deferred acceptance (child-proposing Gale–Shapley with capacities), pure:
 * no database, no clock. Every child proposes to their wishes in order; every Kita keeps,
 * per age group, the best applicants by its own priority up to its free places and refuses
 * the rest, who then propose to their next wish. The result is stable (no child and Kita
 * would both rather have each other than what they got) and the best stable result for
 * every child; it depends only on the input (ties are broken by the Kita's order, which the
 * caller makes total).
 *
 * Each wish a child did not get is explained: the Kita, the age group, the child's rank in
 * that Kita's order among the applicants of that group, the number of places and the rank
 * of the last child the Kita admitted (the cut-off).
 */

export type AgeGroup = 'U3' | 'UE3';

export interface AllocationChild {
  id: string;
  ageGroup: AgeGroup;
  /** Kita ids, most wanted first (no duplicates). */
  wishes: string[];
}

export interface AllocationKita {
  id: string;
  /** Free places per age group (missing: none). */
  capacity: Partial<Record<AgeGroup, number>>;
  /**
   * The Kita's order of all children who may apply, best first (from its published
   * criteria, see ranking.ts). A child missing from it ranks after every listed child.
   */
  priority: string[];
}

export type WishOutcome =
  | { kind: 'ADMITTED' }
  /** The child got a wish ranked higher; this one was never needed. */
  | { kind: 'HIGHER_WISH_ADMITTED'; admittedKitaId: string }
  | {
      kind: 'REFUSED';
      /** 1-based place of the child in this Kita's order among the applicants of the group. */
      rank: number;
      applicants: number;
      places: number;
      /** The rank of the last child the Kita admitted in this group (null: no place at all). */
      cutoffRank: number | null;
    };

export interface WishResult {
  childId: string;
  kitaId: string;
  /** 1-based position in the child's wish list. */
  wishRank: number;
  outcome: WishOutcome;
}

export interface AllocationResult {
  /** childId → kitaId, or null for a child without a place. */
  assignment: Map<string, string | null>;
  wishes: WishResult[];
}

const key = (kitaId: string, group: AgeGroup) => `${kitaId}\u0000${group}`;

export function allocate(children: AllocationChild[], kitas: AllocationKita[]): AllocationResult {
  const kitaById = new Map(kitas.map((k) => [k.id, k]));
  const childById = new Map(children.map((c) => [c.id, c]));
  // Position of each child in each Kita's order; unlisted children after all listed, by id.
  const position = new Map<string, Map<string, number>>();
  for (const kita of kitas) position.set(kita.id, new Map(kita.priority.map((id, i) => [id, i])));
  const better = (kitaId: string, a: string, b: string): boolean => {
    const order = position.get(kitaId) as Map<string, number>;
    const pa = order.get(a) ?? Number.MAX_SAFE_INTEGER;
    const pb = order.get(b) ?? Number.MAX_SAFE_INTEGER;
    return pa !== pb ? pa < pb : a < b;
  };
  const capacityOf = (kitaId: string, group: AgeGroup) => kitaById.get(kitaId)?.capacity[group] ?? 0;

  for (const child of children) {
    if (new Set(child.wishes).size !== child.wishes.length)
      throw new Error(`Child ${child.id} names a Kita twice.`);
  }

  const held = new Map<string, string[]>(); // per Kita and group: children held, best first
  const next = new Map(children.map((c) => [c.id, 0])); // next wish to propose to
  const free = children.map((c) => c.id).sort();
  while (free.length > 0) {
    const childId = free.pop() as string;
    const child = childById.get(childId) as AllocationChild;
    const index = next.get(childId) as number;
    if (index >= child.wishes.length) continue; // no wish left: without a place
    next.set(childId, index + 1);
    const kitaId = child.wishes[index] as string;
    if (!kitaById.has(kitaId)) {
      free.push(childId);
      continue;
    }
    const slot = key(kitaId, child.ageGroup);
    const list = held.get(slot) ?? [];
    let at = list.length;
    while (at > 0 && better(kitaId, childId, list[at - 1] as string)) at--;
    list.splice(at, 0, childId);
    held.set(slot, list);
    const capacity = capacityOf(kitaId, child.ageGroup);
    if (list.length > capacity) free.push(list.pop() as string);
  }

  const assignment = new Map<string, string | null>(children.map((c) => [c.id, null]));
  for (const [slot, list] of held) {
    const kitaId = slot.split('\u0000')[0] as string;
    for (const childId of list) assignment.set(childId, kitaId);
  }

  // Explanations: applicants per Kita and group are the children who listed it.
  const applicants = new Map<string, string[]>();
  for (const child of children)
    for (const kitaId of child.wishes) {
      if (!kitaById.has(kitaId)) continue;
      const slot = key(kitaId, child.ageGroup);
      applicants.set(slot, [...(applicants.get(slot) ?? []), child.id]);
    }
  for (const [slot, list] of applicants) {
    const kitaId = slot.split('\u0000')[0] as string;
    list.sort((a, b) => (better(kitaId, a, b) ? -1 : 1));
  }

  const wishes: WishResult[] = [];
  for (const child of children) {
    const got = assignment.get(child.id) ?? null;
    const gotIndex = got === null ? child.wishes.length : child.wishes.indexOf(got);
    child.wishes.forEach((kitaId, i) => {
      const base = { childId: child.id, kitaId, wishRank: i + 1 };
      if (i === gotIndex) wishes.push({ ...base, outcome: { kind: 'ADMITTED' } });
      else if (i > gotIndex)
        wishes.push({ ...base, outcome: { kind: 'HIGHER_WISH_ADMITTED', admittedKitaId: got as string } });
      else {
        const slot = key(kitaId, child.ageGroup);
        const ordered = applicants.get(slot) ?? [child.id];
        const admitted = held.get(slot) ?? [];
        const last = admitted.length > 0 ? (admitted[admitted.length - 1] as string) : null;
        wishes.push({
          ...base,
          outcome: {
            kind: 'REFUSED',
            rank: ordered.indexOf(child.id) + 1,
            applicants: ordered.length,
            places: capacityOf(kitaId, child.ageGroup),
            cutoffRank: last === null ? null : ordered.indexOf(last) + 1,
          },
        });
      }
    });
  }
  return { assignment, wishes };
}

/**
 * The blocking pairs of an assignment, by brute force (for tests and checks): a child and a
 * Kita they wished for more than what they got, where the Kita has a free place in the
 * child's group or holds someone there it ranks below the child.
 */
export function blockingPairs(
  children: AllocationChild[],
  kitas: AllocationKita[],
  assignment: Map<string, string | null>,
): Array<{ childId: string; kitaId: string }> {
  const kitaById = new Map(kitas.map((k) => [k.id, k]));
  const rankIn = (kitaId: string, childId: string) => {
    const i = (kitaById.get(kitaId) as AllocationKita).priority.indexOf(childId);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const prefers = (kitaId: string, a: string, b: string) => {
    const ra = rankIn(kitaId, a);
    const rb = rankIn(kitaId, b);
    return ra !== rb ? ra < rb : a < b;
  };
  const blocking: Array<{ childId: string; kitaId: string }> = [];
  for (const child of children) {
    const got = assignment.get(child.id) ?? null;
    const limit = got === null ? child.wishes.length : child.wishes.indexOf(got);
    for (const kitaId of child.wishes.slice(0, limit)) {
      const kita = kitaById.get(kitaId);
      if (!kita) continue;
      const holders = children.filter(
        (c) => c.ageGroup === child.ageGroup && assignment.get(c.id) === kitaId,
      );
      const capacity = kita.capacity[child.ageGroup] ?? 0;
      if (holders.length < capacity || holders.some((h) => prefers(kitaId, child.id, h.id)))
        blocking.push({ childId: child.id, kitaId });
    }
  }
  return blocking;
}
