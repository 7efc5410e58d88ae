import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { CONTEXT_HEADER } from '@kaarst/kit';
import type { GatewayContext } from './context.ts';

/** Sends each subgraph fetch with the gateway-signed context of the request. */
export class HubDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override async willSendRequest({
    request,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    // Health checks and the gateway's own calls have no request context.
    if (typeof context?.contextToken !== 'function') return;
    request.http?.headers.set(CONTEXT_HEADER, await context.contextToken());
  }
}
