/** The readiness ping of waitForGraphQL (bench/subscriptions/processes.ts), registered for ours with checks on. */
export const PING = '{ __typename }';
