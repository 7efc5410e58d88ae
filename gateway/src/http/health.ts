import { type HealthState, type Logger, runHealthChecks } from '@kaarst/kit/common';

/** Asks each subgraph's /health (next to its /graphql); no answer within the time limit is down. */
export function checkSubgraphs(
  urls: Record<string, string>,
  log: Logger,
  timeoutMs = 2000,
): Promise<Record<string, HealthState>> {
  const checks = Object.entries(urls).map(([name, url]) => [
    name,
    async () => {
      const response = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(timeoutMs) });
      if (!response.ok) throw new Error(`${name} answered ${response.status}`);
    },
  ]);
  return runHealthChecks(Object.fromEntries(checks), log, timeoutMs);
}
