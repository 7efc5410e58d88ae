/** urql over trusted documents and graphql-ws, for this client's session (@kaarst/ui). */
import { createHubClient } from '@kaarst/ui/graphql-client';
import { session } from './session.ts';

export { documentId, errorCode } from '@kaarst/ui/graphql-client';
export const client = createHubClient(session);
