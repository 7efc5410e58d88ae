/** No sample data: the inbox fills from the other subgraphs' notifications. */
export async function seedNotifications() {}
