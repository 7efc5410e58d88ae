/**
 * A subgraph fetch passes through small steps in a fixed order, each wrapping
 * the ones after it (upstream/data-source.ts lists them): a step may refuse,
 * time, retry or translate what the inner steps do, and knows nothing of the
 * others.
 */
import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GatewayContext } from '../context.ts';

export type FetchOptions = Parameters<RemoteGraphQLDataSource<GatewayContext>['process']>[0];
export type FetchResponse = Awaited<ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']>>;
export type Fetch = (options: FetchOptions) => Promise<FetchResponse>;

/** One step: does its part around `next`, the steps after it. */
export type FetchStep = (options: FetchOptions, next: Fetch) => Promise<FetchResponse>;

/** The steps in order, the first outermost, around `send`. */
export function composeFetchSteps(steps: ReadonlyArray<FetchStep>, send: Fetch): Fetch {
  return steps.reduceRight<Fetch>((next, step) => (options) => step(options, next), send);
}
