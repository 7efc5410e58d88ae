/** urql over trusted documents and graphql-ws, for the app's session (@kaarst/ui). */
import { createHubClient } from '@kaarst/ui/graphql-client';
import { session } from './session.ts';

export { errorCode } from '@kaarst/ui/graphql-client';
export const client = createHubClient(session);
