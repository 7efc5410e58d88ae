/**
 * Calls to the gateway on the page's own origin. The page's own operations are the
 * hub's registered documents (@kaarst/contract) and go by their document id, so they
 * run also where the gateway accepts registered documents only (production).
 */
import type { DocumentNode } from 'graphql';

/** A typed document from @kaarst/contract: its id in `__meta__.hash`, its types in `__apiType`. */
export type Operation<Result, Variables> = DocumentNode & { __apiType?: (variables: Variables) => Result };

export class HubError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export const GRAPHQL_URL = new URL('/graphql', window.location.href).toString();
const ACCEPT = 'application/graphql-response+json, application/json';

export async function run<Result, Variables>(
  document: Operation<Result, Variables>,
  variables: Variables,
  token?: string,
): Promise<Result> {
  const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash?.replace(/^sha256:/, '');
  const response = await fetch(GRAPHQL_URL, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: ACCEPT,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
  });
  const answer = (await response.json()) as {
    data?: Result;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  const error = answer.errors?.[0];
  if (error || !answer.data)
    throw new HubError(error?.message ?? `HTTP ${response.status}`, error?.extensions?.code ?? 'ERROR');
  return answer.data;
}

/** Any document, sent as text with the given API key: what a third-party application does. */
export async function runWithKey(
  params: { query: string; variables?: unknown; operationName?: string | null },
  apiKey: string | undefined,
): Promise<unknown> {
  const response = await fetch(GRAPHQL_URL, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: ACCEPT,
      ...(apiKey ? { 'x-api-key': apiKey } : {}),
    },
    body: JSON.stringify(params),
  });
  return response.json();
}
