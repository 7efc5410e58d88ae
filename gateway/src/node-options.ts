/**
 * The Node options the gateway process runs with, wherever it is started: `pnpm start` in
 * gateway/ (package.json), the whole hub (scripts/hub.ts), the container (NODE_OPTIONS in
 * deploy/kubernetes/gateway.yaml; tests/deploy/manifests.test.ts checks both against this list)
 * and `pnpm bench:gateway`.
 *
 * A young generation of 64 MiB per semi-space instead of V8's default (derived from the heap
 * limit, at most 16 MiB; less in a container with a small memory limit): each request without sharing
 * leaves about a megabyte of short-lived objects (subgraph answers parsed, the answer shaped and
 * serialised), and a larger nursery scavenges less often with the same survivors. Measured in
 * bench/RESULTS.md (issue 28, helper exec28): about a fifth less CPU per request on the nested
 * query, for about 100 MiB more resident memory under load.
 */
export const GATEWAY_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=64'];
