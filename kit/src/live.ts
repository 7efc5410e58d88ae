/**
 * Resumable subscriptions. The gateway holds one upstream subscription per
 * distinct client subscription; when the subgraph behind it restarts, the
 * gateway reconnects, but events committed while it was away (published to
 * nobody) would be lost. So every outbox event a subscriber receives carries
 * its row id (`extensions.hubEventId` in the graphql-ws `next` message); the
 * gateway reconnects with the last id it saw (`resumeAfter` in
 * connection_init), and the subscription first replays the outbox rows after
 * it, then goes on live, each event at most once.
 */

/** Where a delivered payload keeps its outbox row id (invisible to GraphQL and to JSON). */
const EVENT_ID = Symbol.for('kaarst.outboxEventId');
/** The connection_init parameter with the last event id the gateway received. */
export const RESUME_AFTER_PARAM = 'resumeAfter';
/** The `extensions` key of a subscription result that carries its event id. */
export const EVENT_ID_EXTENSION = 'hubEventId';
/** How many event ids a subscription remembers to drop a repeat (a replayed event arriving live). */
const REMEMBERED_IDS = 1000;

export interface ReplayedEvent {
  eventId: number;
  payload: unknown;
}

/** The events of `topic` after `afterId`, in order (an outbox publisher answers this). */
export type ReplaySource = (afterId: number, topic: string) => Promise<ReplayedEvent[]>;

/** The outbox replay of a subgraph, by its database client (the one in the resolvers' context). */
const replaySources = new WeakMap<object, ReplaySource>();

export function registerReplaySource(db: object, source: ReplaySource): () => void {
  replaySources.set(db, source);
  return () => {
    if (replaySources.get(db) === source) replaySources.delete(db);
  };
}

/** A shallow copy of a payload object, marked with its event id; other values as they are. */
export function withEventId(payload: unknown, eventId: unknown): unknown {
  const id = typeof eventId === 'string' ? Number(eventId) : eventId;
  if (typeof id !== 'number' || !Number.isSafeInteger(id)) return payload;
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return payload;
  return Object.defineProperty({ ...payload }, EVENT_ID, { value: id, enumerable: false });
}

export function eventIdOf(payload: unknown): number | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const id = (payload as { [EVENT_ID]?: unknown })[EVENT_ID];
  return typeof id === 'number' ? id : undefined;
}

/** The connection's resume point from connection_init: a non-negative safe integer, else none. */
export function resumeAfterOf(params: Record<string, unknown> | undefined | null): number | undefined {
  const value = params?.[RESUME_AFTER_PARAM];
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

/** What a subscription resolver's context holds for this (mercurius' per-subscription context). */
export interface LiveContext {
  pubsub: { subscribe(topic: string): Promise<unknown> | unknown };
  db?: unknown;
  /** The subscription's id on its connection (mercurius sets it). */
  id?: string | number;
  /** From connection_init: replay the events after this id first. */
  resumeAfter?: number;
  /** The event id of the result being resolved, per subscription id (read by the server's hook). */
  liveEventIds?: Map<string | number, number>;
}

/**
 * The events of `topic` for a subscription resolver: the outbox events after the
 * connection's resume point first (when it has one and the subgraph registered
 * a replay source), then live ones, none twice. Use it where a resolver would
 * return `pubsub.subscribe(topic)` for events that come from the outbox.
 */
export async function liveEvents<Payload = unknown>(
  context: LiveContext,
  topic: string,
): Promise<AsyncIterableIterator<Payload>> {
  const live = (await context.pubsub.subscribe(topic)) as AsyncIterable<unknown>;
  const source = live[Symbol.asyncIterator]();
  const replay =
    context.resumeAfter !== undefined && typeof context.db === 'object' && context.db !== null
      ? replaySources.get(context.db)
      : undefined;
  let replayed: ReplayedEvent[] = [];
  try {
    replayed = replay ? await replay(context.resumeAfter as number, topic) : [];
  } catch (error) {
    await source.return?.();
    throw error;
  }
  const seen = new Set<number>(replayed.map((event) => event.eventId));
  let next = 0;
  const mark = (eventId: number | undefined) => {
    if (context.id === undefined || !context.liveEventIds) return;
    if (eventId === undefined) context.liveEventIds.delete(context.id);
    else context.liveEventIds.set(context.id, eventId);
  };
  const iterator: AsyncIterableIterator<Payload> = {
    async next() {
      const event = replayed[next];
      if (event) {
        next++;
        mark(event.eventId);
        return { value: event.payload as Payload, done: false };
      }
      for (;;) {
        const step = await source.next();
        if (step.done) return step;
        const eventId = eventIdOf(step.value);
        if (eventId !== undefined) {
          if (seen.has(eventId)) continue;
          seen.add(eventId);
          if (seen.size > REMEMBERED_IDS) seen.delete(seen.values().next().value as number);
        }
        mark(eventId);
        return { value: step.value as Payload, done: false };
      }
    },
    async return(value?: unknown) {
      if (context.id !== undefined) context.liveEventIds?.delete(context.id);
      await source.return?.(value);
      return { value, done: true };
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
