/** SUBGRAPH_<NAME>_URL variables (e.g. SUBGRAPH_CITIZENS_URL) override the supergraph's subgraph URLs. */
export function subgraphUrlsFromEnv(environment: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const [key, value] of Object.entries(environment)) {
    const match = /^SUBGRAPH_([A-Z0-9_]+)_URL$/.exec(key);
    if (match?.[1] && value) urls[match[1].toLowerCase().replaceAll('_', '-')] = value;
  }
  return urls;
}
