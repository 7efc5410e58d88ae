/**
 * Sessions of citizens that exist only for one test: a session token signed
 * with the test hub's keys for a new id (no account is made). Races between
 * people need them, since one person's own bookings never overlap.
 */
import { randomUUID } from 'node:crypto';
import { type HubKeys, signSessionToken } from '@kaarst/kit';

export async function newCitizenSession(hub: { keys: HubKeys }): Promise<string> {
  return (await signSessionToken(hub.keys, { id: randomUUID(), roles: ['citizen'] })).token;
}

export const newCitizenSessions = (hub: { keys: HubKeys }, count: number): Promise<string[]> =>
  Promise.all(Array.from({ length: count }, () => newCitizenSession(hub)));
