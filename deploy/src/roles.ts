/**
 * The roles the image runs (`hub.mjs <role>`): a long-running service, whose
 * package's src/main.ts is started, or a one-off task.
 */
export const SERVICE_ROLES = {
  gateway: '@kaarst/gateway',
  citizens: '@kaarst/citizens',
  appointments: '@kaarst/appointments',
  council: '@kaarst/council',
  requests: '@kaarst/requests',
  transit: '@kaarst/transit',
  pass: '@kaarst/pass',
} as const;

export type ServiceRole = keyof typeof SERVICE_ROLES;

/** Subgraphs own a database; `migrate` applies their migrations without starting them. */
export const SUBGRAPH_ROLES = [
  'citizens',
  'appointments',
  'council',
  'requests',
  'transit',
  'pass',
] as const satisfies readonly ServiceRole[];

/**
 * One-off tasks: `migrate [name...]`; `keys`, which prints a fresh key set for the Secret;
 * `import-gtfs [--if-changed] [zip | URL]`, the GTFS import (GTFS_STATIC_URL when no location is given).
 */
export const TASK_ROLES = ['migrate', 'keys', 'import-gtfs'] as const;

export const ROLES = [...(Object.keys(SERVICE_ROLES) as ServiceRole[]), ...TASK_ROLES] as const;

export const isServiceRole = (role: string): role is ServiceRole => Object.hasOwn(SERVICE_ROLES, role);
