/**
 * The roles the image runs (`hub.mjs <role>`): a long-running service (the gateway, or a
 * subgraph of the registry, subgraphs/<name>/package.json "hub"), or a one-off task.
 */
import { listSubgraphs } from '@kaarst/kit/registry';

/** Subgraphs own a database; `migrate` applies their migrations without starting them. */
export const subgraphRoles = () => listSubgraphs().map((subgraph) => subgraph.name);

/** Long-running services: the gateway and every subgraph. */
export const serviceRoles = () => ['gateway', ...subgraphRoles()];

/**
 * One-off tasks: `migrate [name...]`; `keys`, which prints a fresh key set for the Secret;
 * `import-gtfs [--if-changed] [zip | URL]`, the GTFS import (GTFS_STATIC_URL when no location is given).
 */
export const TASK_ROLES = ['migrate', 'keys', 'import-gtfs'] as const;

export const roles = () => [...serviceRoles(), ...TASK_ROLES];

export const isServiceRole = (role: string) => serviceRoles().includes(role);
