import {
  type DurableEventLog,
  type DurableLogConsumer,
  type DurableLogOptions,
  openDurableEventLog,
} from './durable-log.ts';

/**
 * Events about accounts that every subgraph must act on (GDPR erasure), on a durable
 * log (durable-log.ts): a subgraph that was down when an account was deleted erases
 * its records when it comes back.
 */
export interface AccountEvent {
  id: string;
  type: 'account.deleted';
  accountId: string;
  /** ISO 8601 instant of the deletion. */
  at: string;
}

/** Stream ACCOUNT_EVENTS_STREAM (default kaarst:account-events), folder ACCOUNT_EVENTS_DIR (default <data dir>/events/accounts). */
export type AccountEventsOptions = DurableLogOptions;
export type AccountEventConsumer = DurableLogConsumer;
export type AccountEventLog = DurableEventLog<AccountEvent>;

export const openAccountEventLog = (options: AccountEventsOptions = {}): AccountEventLog =>
  openDurableEventLog<AccountEvent>(
    {
      stream: 'kaarst:account-events',
      folder: 'accounts',
      streamEnv: 'ACCOUNT_EVENTS_STREAM',
      dirEnv: 'ACCOUNT_EVENTS_DIR',
    },
    options,
  );
