/** Which emergency a screen shows at an instant: pure, no database, no clock. */

export interface EmergencyLike {
  id: string;
  severity: string;
  screenIds: readonly string[];
  publishedAt: Date;
  expiresAt: Date | null;
  withdrawnAt: Date | null;
}

export const SEVERITY_RANK: Record<string, number> = { WARNING: 1, DANGER: 2 };

export function inForce(emergency: EmergencyLike, at: Date): boolean {
  return (
    emergency.publishedAt <= at &&
    (emergency.withdrawnAt === null || at < emergency.withdrawnAt) &&
    (emergency.expiresAt === null || at < emergency.expiresAt)
  );
}

export const concerns = (emergency: EmergencyLike, screenId: string) =>
  emergency.screenIds.length === 0 || emergency.screenIds.includes(screenId);

/** The emergency a screen shows: of those in force for it, DANGER before WARNING, then the newest. */
export function emergencyFor<E extends EmergencyLike>(
  screenId: string,
  emergencies: readonly E[],
  at: Date,
): E | null {
  let best: E | null = null;
  for (const e of emergencies) {
    if (!inForce(e, at) || !concerns(e, screenId)) continue;
    if (
      !best ||
      (SEVERITY_RANK[e.severity] ?? 0) > (SEVERITY_RANK[best.severity] ?? 0) ||
      ((SEVERITY_RANK[e.severity] ?? 0) === (SEVERITY_RANK[best.severity] ?? 0) &&
        e.publishedAt > best.publishedAt)
    )
      best = e;
  }
  return best;
}
