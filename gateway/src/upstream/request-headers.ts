import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { CONTEXT_HEADER } from '@kaarst/kit/common';
import { context as otelContext, propagation } from '@opentelemetry/api';
import type { GatewayContext } from '../context.ts';
import { isRetryable } from './retry.ts';
import { SHARE_KEY, shareKey } from './subgraph-fetch.ts';

type WillSendRequest = NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>;

/**
 * What every subgraph fetch carries: the trace context, the gateway-signed context token of the
 * request, and for a shareable query whom it is for (subgraph-fetch.ts).
 */
export async function setRequestHeaders(
  { request, context }: Parameters<WillSendRequest>[0],
  share: boolean,
): Promise<void> {
  // The active span is this fetch's: the subgraph continues the trace from it.
  const headers = request.http?.headers;
  if (headers)
    propagation.inject(otelContext.active(), headers, {
      set: (carrier, key, value) => carrier.set(key, value),
    });
  // Health checks and the gateway's own calls have no request context.
  if (typeof context?.contextToken !== 'function') return;
  headers?.set(CONTEXT_HEADER, await context.contextToken());
  if (share && isRetryable(request.query)) headers?.set(SHARE_KEY, shareKey(context as GatewayContext));
}
