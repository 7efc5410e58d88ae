/**
 * The roles the image runs (`hub.mjs <role>`): a long-running service (the gateway, or a
 * subgraph of the registry, subgraphs/<name>/package.json "hub"), or a one-off task.
 */
import { listSubgraphs, subgraphTasks } from '@kaarst/kit/registry';

/** Subgraphs own a database; `migrate` applies their migrations without starting them. */
export const subgraphRoles = () => listSubgraphs().map((subgraph) => subgraph.name);

/** Long-running services: the gateway and every subgraph. */
export const serviceRoles = () => ['gateway', ...subgraphRoles()];

/** The image's own one-off tasks: `migrate [name...]`; `keys`, which prints a fresh key set for the Secret. */
export const HUB_TASKS = ['migrate', 'keys'] as const;

/** Every one-off task: the image's own and those the subgraphs declare ("hub": { "tasks" }). */
export const taskRoles = () => [...HUB_TASKS, ...subgraphTasks().map((task) => task.name)];

export const roles = () => [...serviceRoles(), ...taskRoles()];

export const isServiceRole = (role: string) => serviceRoles().includes(role);
