/** The app's signed-in session (the store is shared with the portal and the workbench: @kaarst/ui). */
import { createSessionStore } from '@kaarst/ui/session';

export const { session, signedIn, signOut } = createSessionStore('kaarst-app-session');
