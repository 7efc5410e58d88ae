/**
 * The roles the image runs (`hub.mjs <role>`): a long-running service, whose
 * package's src/main.ts is started, or the one-off `migrate`.
 */
export const SERVICE_ROLES = {
  gateway: '@kaarst/gateway',
  citizens: '@kaarst/citizens',
  appointments: '@kaarst/appointments',
} as const;

export type ServiceRole = keyof typeof SERVICE_ROLES;

/** Subgraphs own a database; `migrate` applies their migrations without starting them. */
export const SUBGRAPH_ROLES = ['citizens', 'appointments'] as const satisfies readonly ServiceRole[];

export const ROLES = [...(Object.keys(SERVICE_ROLES) as ServiceRole[]), 'migrate'] as const;

export const isServiceRole = (role: string): role is ServiceRole => Object.hasOwn(SERVICE_ROLES, role);
