// Everything a subgraph may use: the shared part (./common.ts, which the gateway imports
// alone) and what only subgraphs run: database, pubsub and outbox, the subgraph server and
// its start-up, audit, personal data and erasure, throttles, scalars.
export * from './account-events.ts';
export * from './audit.ts';
export * from './common.ts';
export * from './database.ts';
export * from './durable-log.ts';
export * from './notification-events.ts';
export * from './outbox.ts';
export * from './outbox-background.ts';
export {
  installOutboxTrigger,
  OUTBOX_CHANNEL,
  OUTBOX_WAKE_SETTING,
  OUTBOX_WAKES_LOCALLY_SQL,
} from './outbox-notify.ts';
export * from './personal-data.ts';
export * from './pubsub.ts';
export * from './scalars.ts';
export * from './server.ts';
export * from './subgraph.ts';
export * from './throttle.ts';
