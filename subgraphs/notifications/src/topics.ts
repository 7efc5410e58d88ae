import type { NotificationTopicName } from '@kaarst/kit';
import type { Topic } from './generated/prisma/client.ts';

/** The log's topic names (request-status) as the schema's and the table's enum (REQUEST_STATUS). */
export const topicOf = (name: NotificationTopicName) => name.toUpperCase().replaceAll('-', '_') as Topic;
