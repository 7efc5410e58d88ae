/**
 * The load side of the display bench (a child process): `--screens` city screens, each on its own
 * WebSocket with the display's subscriptions (its screenEvents, councilLive), and `--apps` app
 * subscribers on the same public topic (councilLive), one connection each, as phones have.
 * Prints JSON lines: ready, then the result after `--seconds`.
 */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? (process.argv[at + 1] ?? fallback) : fallback;
};
const url = arg('url', '');
const apps = Number(arg('apps', '5000'));
const seconds = Number(arg('seconds', '30'));
const screens = JSON.parse(arg('screens', '[]')) as Array<{ id: string; credential: string }>;
// Resolves once the line is handed to the pipe: the result is megabytes, and process.exit right
// after an unfinished write cut it off (the parent then waited for it for ever).
const say = (message: Record<string, unknown>) =>
  new Promise<void>((resolve) => process.stdout.write(`${JSON.stringify(message)}\n`, () => resolve()));

const COUNCIL = 'subscription { councilLive { status currentAgendaItem { id } } }';
const EVENTS = `subscription ($s: ID!, $c: String!) { screenEvents(screenId: $s, credential: $c) {
  version kind emergency { id } } }`;

/** Per screen: emergency id -> when it arrived (ms since epoch). */
const emergencyArrivals: Record<string, Record<string, number>> = {};
/** Per app subscriber: arrival times of its councilLive events, in order. */
const councilArrivals: number[][] = [];
let errors = 0;
const failed = () => {
  errors += 1;
};
const clients: Array<ReturnType<typeof createClient>> = [];
/** App connections opened before waiting for most of them to be up. */
const WAVE = 250;

function open(onOpen: () => void) {
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    on: { connected: onOpen },
  });
  clients.push(client);
  return client;
}

async function main() {
  let subscribed = 0;
  const total = screens.length * 2 + apps;
  const started = new Promise<void>((resolve) => {
    const check = () => {
      subscribed += 1;
      if (subscribed === total) resolve();
    };
    for (const screen of screens) {
      const arrivals: Record<string, number> = {};
      emergencyArrivals[screen.id] = arrivals;
      const client = open(() => {});
      client.subscribe(
        { query: EVENTS, variables: { s: screen.id, c: screen.credential } },
        {
          next: ({ data }) => {
            const event = (data as { screenEvents?: { kind: string; emergency: { id: string } | null } })
              .screenEvents;
            if (event?.kind === 'EMERGENCY_PUBLISHED' && event.emergency)
              arrivals[event.emergency.id] ??= Date.now();
          },
          error: failed,
          complete: () => {},
        },
      );
      client.subscribe({ query: COUNCIL }, { next: () => {}, error: failed, complete: () => {} });
      // the subscriptions count as open once the socket is up (graphql-ws sends them right after)
      client.on('connected', () => {
        check();
        check();
      });
    }
    // Phones arrive over time, not in one millisecond: 5,000 connects at once overflow the
    // gateway's listen backlog (511) and some are reset (ECONNRESET), so they come in waves.
    void (async () => {
      for (let i = 0; i < apps; i++) {
        const arrivals: number[] = [];
        councilArrivals.push(arrivals);
        const client = open(check);
        client.subscribe(
          { query: COUNCIL },
          { next: () => void arrivals.push(Date.now()), error: failed, complete: () => {} },
        );
        if ((i + 1) % WAVE === 0) {
          while (subscribed < screens.length * 2 + i + 1 - WAVE / 10)
            await new Promise((resolve) => setTimeout(resolve, 20));
          process.stderr.write(`… ${subscribed} of ${total} connected\n`);
        }
      }
    })();
  });
  await Promise.race([
    started,
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`only ${subscribed} of ${total} subscribed after 120 s`)), 120_000),
    ),
  ]);
  await say({ type: 'ready', connections: clients.length });
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  await say({
    type: 'result',
    errors,
    emergencyArrivals,
    // every app subscriber's arrivals (5,000 × events): summarised by the parent
    councilArrivals,
    rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
  });
  await Promise.all(clients.map((client) => client.dispose()));
  process.exit(0);
}

main().catch(async (error) => {
  await say({ type: 'error', message: String(error) });
  process.exit(1);
});
