import { describe, expect, it } from 'vitest';
import { type EmergencyLike, emergencyFor } from '../src/domain/emergency.ts';
import {
  cycle,
  localTime,
  planScreen,
  type Rule,
  type ScheduleItem,
  SLOT_SECONDS,
} from '../src/domain/schedule.ts';

const A = 'kaarst-rathausplatz';
const B = 'buettgen-rathausplatz';
// Wednesday 2026-12-09, 09:30 in Kaarst (CET, UTC+1).
const WED_0930 = new Date('2026-12-09T08:30:00Z');

const item = (id: string, over: Partial<ScheduleItem> = {}): ScheduleItem => ({
  id,
  status: 'APPROVED',
  validFrom: new Date('2026-12-01T00:00:00Z'),
  validUntil: new Date('2026-12-31T00:00:00Z'),
  screenIds: [A],
  ...over,
});
const rule = (itemId: string, over: Partial<Rule> = {}): Rule => ({
  screenId: A,
  itemId,
  weekdays: [],
  startMinute: 0,
  endMinute: 1440,
  from: null,
  until: null,
  priority: 0,
  share: 1,
  ...over,
});
const ids = <I extends { id: string }>(plan: { playlist: { item: I }[] }) =>
  plan.playlist.map((p) => p.item.id);

describe('what plays on screen X at time T', () => {
  it('reads local time in Europe/Berlin, summer and winter', () => {
    expect(localTime(WED_0930)).toEqual({ weekday: 3, minute: 9 * 60 + 30 });
    expect(localTime(new Date('2026-07-05T21:59:00Z'))).toEqual({ weekday: 7, minute: 23 * 60 + 59 });
  });

  it('plays only approved items within their validity on their target screens', () => {
    const items = [
      item('approved'),
      item('submitted', { status: 'SUBMITTED' }),
      item('rejected', { status: 'REJECTED' }),
      item('expired', { validUntil: WED_0930 }),
      item('future', { validFrom: new Date(WED_0930.getTime() + 1) }),
      item('other-screen', { screenIds: [B] }),
    ];
    expect(ids(planScreen(A, items, [], WED_0930))).toEqual(['approved']);
    expect(ids(planScreen(B, items, [], WED_0930))).toEqual(['other-screen']);
  });

  it('applies weekday and time-of-day rules (end exclusive)', () => {
    const items = [item('morning'), item('weekend')];
    const rules = [
      rule('morning', { weekdays: [1, 2, 3, 4, 5], startMinute: 6 * 60, endMinute: 9 * 60 + 30 }),
      rule('weekend', { weekdays: [6, 7] }),
    ];
    expect(ids(planScreen(A, items, rules, new Date(WED_0930.getTime() - 60_000)))).toEqual(['morning']);
    expect(ids(planScreen(A, items, rules, WED_0930))).toEqual([]);
    expect(ids(planScreen(A, items, rules, new Date('2026-12-12T10:00:00Z')))).toEqual(['weekend']);
  });

  it('lets the highest priority win and a one-off event take over its window only', () => {
    const items = [item('regular'), item('fest')];
    const rules = [
      rule('fest', {
        from: new Date('2026-12-09T08:00:00Z'),
        until: new Date('2026-12-09T09:00:00Z'),
        priority: 10,
      }),
    ];
    const during = planScreen(A, items, rules, WED_0930);
    expect(ids(during)).toEqual(['fest']);
    expect(during.current?.id).toBe('fest');
    expect(ids(planScreen(A, items, rules, new Date('2026-12-09T09:00:00Z')))).toEqual(['regular']);
  });

  it('shares airtime by share: 3:1 gives 3 of 4 slots, spread evenly', () => {
    const items = [item('big'), item('small')];
    const rules = [rule('big', { share: 3 }), rule('small', { share: 1 })];
    const plan = planScreen(A, items, rules, WED_0930);
    expect(plan.playlist.map((p) => [p.item.id, p.sharePercent])).toEqual([
      ['big', 75],
      ['small', 25],
    ]);
    const base = Math.floor(WED_0930.getTime() / 1000 / SLOT_SECONDS) * SLOT_SECONDS * 1000;
    const played = Array.from(
      { length: 40 },
      (_, n) => planScreen(A, items, rules, new Date(base + n * SLOT_SECONDS * 1000)).current?.id,
    );
    expect(played.filter((id) => id === 'big')).toHaveLength(30);
    expect(played.filter((id) => id === 'small')).toHaveLength(10);
    // never the small one twice in a row
    expect(played.some((id, n) => id === 'small' && played[n + 1] === 'small')).toBe(false);
    expect(cycle([2, 1, 1]).sort()).toEqual([0, 0, 1, 2]);
  });

  it('plays nothing when nothing is in force', () => {
    expect(planScreen(A, [], [], WED_0930)).toEqual({ playlist: [], current: null });
  });
});

describe('which emergency a screen shows', () => {
  const e = (id: string, over: Partial<EmergencyLike> = {}): EmergencyLike => ({
    id,
    severity: 'WARNING',
    screenIds: [],
    publishedAt: new Date('2026-12-09T08:00:00Z'),
    expiresAt: null,
    withdrawnAt: null,
    ...over,
  });

  it('shows DANGER before WARNING, then the newest; only where and while it is in force', () => {
    const list = [
      e('old-warning'),
      e('new-warning', { publishedAt: new Date('2026-12-09T08:10:00Z') }),
      e('danger-b', { severity: 'DANGER', screenIds: [B] }),
      e('withdrawn', { severity: 'DANGER', withdrawnAt: new Date('2026-12-09T08:20:00Z') }),
      e('expired', { severity: 'DANGER', expiresAt: WED_0930 }),
    ];
    expect(emergencyFor(A, list, WED_0930)?.id).toBe('new-warning');
    expect(emergencyFor(B, list, WED_0930)?.id).toBe('danger-b');
    expect(emergencyFor(A, list, new Date('2026-12-09T08:25:00Z'))?.id).toBe('expired');
    expect(
      emergencyFor(A, [e('later', { publishedAt: new Date(WED_0930.getTime() + 1) })], WED_0930),
    ).toBeNull();
  });
});
