/**
 * What the gateway and the subgraphs share: keys and tokens, errors, configuration, logging,
 * HTTP server, health, metrics, tracing, input safety, rate counting. Nothing here opens a
 * database, a pubsub or a GraphQL server, so the gateway (which imports only this and
 * `@kaarst/kit/registry`) loads neither PGlite, pg, Prisma, mercurius nor the Redis emitter.
 * Subgraphs import `@kaarst/kit`, which adds their own capabilities to this.
 */
export * from './api-keys.ts';
export * from './auth.ts';
export * from './config.ts';
export * from './errors.ts';
export * from './gateway-only.ts';
export * from './health.ts';
export * from './http.ts';
export * from './input-safety.ts';
export * from './keys.ts';
export * from './lifecycle.ts';
export * from './live.ts';
export * from './logger.ts';
export * from './metrics.ts';
export * from './public-url.ts';
export * from './random.ts';
export * from './rate-counter.ts';
export * from './tracing.ts';
