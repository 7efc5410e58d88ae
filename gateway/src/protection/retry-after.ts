/**
 * A subgraph that throttles guessing (a sign-in, a code look-up) answers
 * RATE_LIMITED with `extensions.retryAfterSeconds`; the caller also gets it as
 * the HTTP `Retry-After` header, and HTTP 429 when nothing else was answered,
 * as the gateway's own rate limits do.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context.ts';

export const retryAfterPlugin: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const { errors, data } = response.body.singleResult;
        const waits = (errors ?? [])
          .filter((error) => error.extensions?.code === 'RATE_LIMITED')
          .map((error) => Number(error.extensions?.retryAfterSeconds))
          .filter((seconds) => Number.isFinite(seconds) && seconds > 0);
        if (waits.length === 0) return;
        response.http.headers.set('retry-after', String(Math.ceil(Math.max(...waits))));
        if (data === null || data === undefined) response.http.status = 429;
      },
    };
  },
};
