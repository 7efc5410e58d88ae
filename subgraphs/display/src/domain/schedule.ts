/**
 * What plays on a screen at an instant: a pure function of the approved items,
 * the screen's schedule rules and the time. No database, no clock.
 *
 * - An item is eligible on a screen when it is APPROVED, targets the screen and
 *   its validity window [validFrom, validUntil) holds the instant.
 * - An eligible item without any rule on this screen plays always, at priority 0, share 1.
 *   An item with rules on this screen plays only while one of them is in force
 *   (recurring: local weekday and time-of-day in Europe/Berlin; one-off: [from, until)).
 * - Of everything in force, only the highest priority plays; within it the items
 *   share the airtime by their shares (an item in force through several rules
 *   takes the largest share of them).
 * - The airtime is cut into slots of SLOT_SECONDS; a smooth weighted round robin
 *   over the shares orders one cycle, and the slot number since the epoch picks
 *   the slot's item, so every screen and every reconnect agree on the current item.
 */

export const SLOT_SECONDS = 10;
const ZONE = 'Europe/Berlin';

export interface ScheduleItem {
  id: string;
  status: string;
  validFrom: Date;
  validUntil: Date;
  screenIds: readonly string[];
}

export interface Rule {
  screenId: string;
  itemId: string;
  /** 1 Monday .. 7 Sunday; empty: every day. */
  weekdays: readonly number[];
  /** Local minutes after midnight, end exclusive. */
  startMinute: number;
  endMinute: number;
  from: Date | null;
  until: Date | null;
  priority: number;
  share: number;
}

export interface Planned<I> {
  item: I;
  priority: number;
  share: number;
  sharePercent: number;
}

export interface Plan<I> {
  playlist: Planned<I>[];
  current: I | null;
}

const weekdayFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The local (Europe/Berlin) weekday 1..7 and minute of the day of an instant. */
export function localTime(at: Date): { weekday: number; minute: number } {
  const parts = Object.fromEntries(weekdayFormat.formatToParts(at).map((p) => [p.type, p.value]));
  return {
    weekday: WEEKDAYS[parts.weekday ?? ''] ?? 0,
    minute: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

export function ruleInForce(rule: Rule, at: Date): boolean {
  if (rule.from || rule.until) {
    return (!rule.from || rule.from <= at) && (!rule.until || at < rule.until);
  }
  const { weekday, minute } = localTime(at);
  if (rule.weekdays.length > 0 && !rule.weekdays.includes(weekday)) return false;
  return rule.startMinute <= minute && minute < rule.endMinute;
}

export function eligible(item: ScheduleItem, screenId: string, at: Date): boolean {
  return (
    item.status === 'APPROVED' &&
    item.screenIds.includes(screenId) &&
    item.validFrom <= at &&
    at < item.validUntil
  );
}

/** One cycle of item indexes, each appearing `share` times, spread evenly (smooth weighted round robin). */
export function cycle(shares: readonly number[]): number[] {
  const total = shares.reduce((a, b) => a + b, 0);
  const current = shares.map(() => 0);
  const order: number[] = [];
  for (let n = 0; n < total; n++) {
    let best = 0;
    for (let i = 0; i < shares.length; i++) {
      current[i] = (current[i] ?? 0) + (shares[i] ?? 0);
      if ((current[i] ?? 0) > (current[best] ?? 0)) best = i;
    }
    current[best] = (current[best] ?? 0) - total;
    order.push(best);
  }
  return order;
}

export function planScreen<I extends ScheduleItem>(
  screenId: string,
  items: readonly I[],
  rules: readonly Rule[],
  at: Date,
): Plan<I> {
  const inForce = new Map<string, { item: I; priority: number; share: number }>();
  for (const item of items) {
    if (!eligible(item, screenId, at)) continue;
    const own = rules.filter((r) => r.screenId === screenId && r.itemId === item.id);
    const candidates =
      own.length === 0
        ? [{ priority: 0, share: 1 }]
        : own.filter((r) => ruleInForce(r, at)).map((r) => ({ priority: r.priority, share: r.share }));
    for (const c of candidates) {
      const known = inForce.get(item.id);
      if (!known || c.priority > known.priority || (c.priority === known.priority && c.share > known.share))
        inForce.set(item.id, { item, ...c });
    }
  }
  const all = [...inForce.values()];
  if (all.length === 0) return { playlist: [], current: null };
  const top = Math.max(...all.map((p) => p.priority));
  const playing = all
    .filter((p) => p.priority === top)
    .sort((a, b) => b.share - a.share || cmp(a.item.id, b.item.id));
  const total = playing.reduce((sum, p) => sum + p.share, 0);
  const playlist = playing.map((p) => ({ ...p, sharePercent: Math.round((p.share * 100) / total) }));
  const order = cycle(playing.map((p) => p.share));
  const slot = Math.floor(at.getTime() / 1000 / SLOT_SECONDS);
  const current = playing[order[slot % order.length] ?? 0]?.item ?? null;
  return { playlist, current };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
