/** The portal's signed-in session (the store is shared with the workbench: @kaarst/ui). */
import { createSessionStore } from '@kaarst/ui/session';

export type { Session } from '@kaarst/ui/session';
export const { session, signedIn, signOut } = createSessionStore('kaarst-portal-session');
