/** The workbench's signed-in session, apart from the portal's (the store: @kaarst/ui). */
import { createSessionStore } from '@kaarst/ui/session';

export type { Session } from '@kaarst/ui/session';
export const { session, signedIn, signOut } = createSessionStore('kaarst-staff-session');
