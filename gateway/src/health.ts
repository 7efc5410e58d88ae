export type SubgraphHealth = Record<string, 'ok' | 'down'>;

/** Asks each subgraph's /health (next to its /graphql), each with a time limit. */
export async function checkSubgraphs(
  urls: Record<string, string>,
  timeoutMs = 2000,
): Promise<SubgraphHealth> {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      try {
        const response = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(timeoutMs) });
        return [name, response.ok ? 'ok' : 'down'] as const;
      } catch {
        return [name, 'down'] as const;
      }
    }),
  );
  return Object.fromEntries(entries);
}
