/**
 * The data source's send, without what Apollo's RemoteGraphQLDataSource
 * builds for it and never uses on the way that succeeds: a node-fetch Request
 * object per subgraph fetch (URL parsing, a body stream, a second headers
 * object), made only to be handed to `didEncounterError` (profiled in
 * bench/RESULTS.md, issue 28: ~2 % of the gateway's CPU with sharing off).
 * Everything else is as Apollo's own `sendRequest` (@apollo/gateway 2.14):
 * the body is the request without `http` as JSON, a non-2xx answer becomes
 * `errorFromResponse`, the answer goes through `parseBody` and must be an
 * object, and errors pass through `didEncounterError` (which we do not
 * override: it rethrows) before they are thrown.
 */
import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GatewayContext } from '../context.ts';
import { replaceSendRequest } from './apollo-internals.ts';

type Source = RemoteGraphQLDataSource<GatewayContext>;
type GatewayGraphQLRequest = Parameters<Source['process']>[0]['request'];
type FetcherResponse = Awaited<ReturnType<Source['fetcher']>>;

export async function leanSendRequest(
  this: Source,
  request: GatewayGraphQLRequest,
  context: GatewayContext,
): Promise<Record<string, unknown>> {
  const { http, ...withoutHttp } = request;
  if (!http) throw new Error("Internal error: Only 'http' requests are supported.");
  const init = {
    method: http.method,
    headers: Object.fromEntries(http.headers),
    body: JSON.stringify(withoutHttp),
  };
  let response: FetcherResponse | undefined;
  try {
    response = await this.fetcher(http.url, init);
    if (!response.ok) throw await this.errorFromResponse(response);
    const body = await this.parseBody(response, undefined, context);
    if (typeof body !== 'object' || body === null)
      throw new Error(`Expected JSON response body, but received: ${body}`);
    return { ...body, http: response };
  } catch (error) {
    this.didEncounterError(error as Error, undefined as never, response, context, request);
    throw error;
  }
}

/** Puts the lean send in place of Apollo's (upstream/apollo-internals.ts). */
export function useLeanSend(source: Source): void {
  replaceSendRequest(source as never, leanSendRequest as never);
}
